package org.ammreader.control.timeline;

import static org.ammreader.control.timeline.DemoItems.BANGKOK;
import static org.ammreader.control.timeline.DemoItems.LANES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The painter on its own, as an exporter uses it: no control, any range, any scale, in tiles. */
@ExtendWith(ApplicationExtension.class)
class TimelinePainterTest {

    private static final Instant START = DemoItems.at(0, 0, 0);
    private static final Instant END = DemoItems.at(6, 0, 0);
    private final List<DemoItem> week = DemoItems.week();
    private final TimelineData<DemoItem> data = TimelineData.of(week, DemoItem.ADAPTER, LANES, BANGKOK);
    private final TimelineStyle style = TimelineStyle.defaults();

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; nothing is shown.
    }

    @Test
    void tilesPaintedSeparatelyMakeTheSamePictureAsTheWhole() {
        double column = style.laneColumnWidth();
        double plot = 1440;
        double height = TimelinePainter.contentHeight(data, style, TimelineFrame.DEFAULT_MAX_ROWS,
                Double.POSITIVE_INFINITY);
        TimelineFrame whole = export(START, END, column + plot, height);
        Instant seam = START.plusMillis(Math.round((END.toEpochMilli() - START.toEpochMilli()) * (600 / plot)));

        Image all = paint(whole);
        Image left = paint(export(START, seam, column + 600, height));
        Image right = paint(export(seam, END, plot - 600, height).withLaneColumn(false));

        int differing = 0;
        PixelReader reader = all.getPixelReader();
        for (int y = 0; y < (int) height; y++) {
            for (int x = 0; x < (int) (column + plot); x++) {
                Color tiled = x < column + 600 ? left.getPixelReader().getColor(x, y)
                        : right.getPixelReader().getColor(x - (int) (column + 600), y);
                if (distance(tiled, reader.getColor(x, y)) > 0.05) {
                    differing++;
                }
            }
        }
        // Anti-aliasing may differ along the seam's single column; nothing else may.
        assertTrue(differing <= height, differing + " pixels differ");
    }

    @Test
    void theFastShapesForSoftwareRenderingDrawTheSamePicture() {
        TimelineFrame frame = export(START, END, 1600, 400);
        Image smooth = paint(frame, data, new TimelinePainter());
        Image fast = paint(frame, data, new TimelinePainter(true));

        int differing = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 1600; x++) {
                if (distance(smooth.getPixelReader().getColor(x, y), fast.getPixelReader().getColor(x, y)) > 0.25) {
                    differing++;
                }
            }
        }
        // Only corners, dash phases and fade steps differ: a fraction of a percent of the picture.
        assertTrue(differing < 1600 * 400 / 200, differing + " pixels differ");
    }

    @Test
    void paintsAtTwiceTheScaleWithTheSameGeometry() {
        TimelineFrame frame = export(START, END, 1600, 400).withScale(2);
        FrameLayout layout = new FrameLayout(data, style, frame);
        int arf = data.indexOf(TimelineDataTest.byId(week, "arf"));
        double x = (layout.barX0(arf) + layout.barX1(arf)) / 2;
        double y = layout.barY(arf) + 2;

        Image image = paint(frame);

        assertEquals(3200, image.getWidth(), 1e-9);
        assertEquals(DemoItems.SECURITY, image.getPixelReader().getColor((int) (2 * x), (int) (2 * y)));
    }

    @Test
    void aSoftStartFadesInFromTheBackgroundAndASharpOneDoesNot() {
        DemoItem arf = TimelineDataTest.byId(week, "arf");
        Duration soft = Duration.between(arf.start(), arf.end()).dividedBy(3);
        TimelineAdapter<DemoItem> softAdapter = new TimelineAdapter<>() {
            @Override
            public String lane(DemoItem item) {
                return DemoItem.ADAPTER.lane(item);
            }

            @Override
            public Instant start(DemoItem item) {
                return DemoItem.ADAPTER.start(item);
            }

            @Override
            public Optional<Instant> end(DemoItem item) {
                return DemoItem.ADAPTER.end(item);
            }

            @Override
            public boolean allDay(DemoItem item) {
                return DemoItem.ADAPTER.allDay(item);
            }

            @Override
            public String label(DemoItem item) {
                return "";
            }

            @Override
            public Color color(DemoItem item) {
                return DemoItem.ADAPTER.color(item);
            }

            @Override
            public Duration softStart(DemoItem item) {
                return item == arf ? soft : Duration.ZERO;
            }

            @Override
            public String tooltip(DemoItem item) {
                return "";
            }
        };
        TimelineData<DemoItem> softData = TimelineData.of(week, softAdapter, LANES, BANGKOK);
        TimelineFrame frame = export(arf.start().minus(Duration.ofHours(1)), arf.end().plus(Duration.ofHours(1)), 1200,
                400);
        FrameLayout layout = new FrameLayout(softData, style, frame);
        int i = softData.indexOf(arf);
        int y = (int) (layout.barY(i) + layout.barHeight() / 2);
        int startX = (int) Math.ceil(layout.barX0(i)) + 2;
        int solidX = (int) ((layout.barX0(i) + layout.softStartWidth(i) + layout.barX1(i)) / 2);

        Image softImage = paint(frame, softData);
        Image sharpImage = paint(frame);

        Color softStart = softImage.getPixelReader().getColor(startX, y);
        assertTrue(distance(softStart, DemoItems.SECURITY) > 0.3, "a soft start is pale: " + softStart);
        assertTrue(distance(softImage.getPixelReader().getColor(solidX, y), DemoItems.SECURITY) < 0.02,
                "past its soft part the bar is solid");
        assertTrue(distance(sharpImage.getPixelReader().getColor(startX, y), DemoItems.SECURITY) < 0.02,
                "a sharp start is solid from its first pixels");
    }

    @Test
    void theSelectionIsOutlinedInTheAccentColour() {
        DemoItem arf = TimelineDataTest.byId(week, "arf");
        TimelineFrame frame = export(START, END, 1600, 400).withSelected(arf);
        FrameLayout layout = new FrameLayout(data, style, frame);
        int i = data.indexOf(arf);
        double midX = (layout.barX0(i) + layout.barX1(i)) / 2;

        Image image = paint(frame);

        Color above = image.getPixelReader().getColor((int) midX, (int) Math.floor(layout.barY(i) - 2));
        assertTrue(distance(above, style.accent()) < 0.15, "outline pixel " + above);
    }

    /** At day zoom too, the selection is a ring three pixels wide outside the bar, clear of its own outline. */
    @Test
    void theSelectionIsARingThreePixelsWideAtDayZoom() {
        DemoItem arf = TimelineDataTest.byId(week, "arf");
        Instant day = arf.start().atZone(BANGKOK).toLocalDate().atStartOfDay(BANGKOK).toInstant();
        TimelineFrame frame = export(day, day.plus(Duration.ofDays(1)), 1600, 400).withSelected(arf);
        FrameLayout layout = new FrameLayout(data, style, frame);
        int i = data.indexOf(arf);
        int midX = (int) ((layout.barX0(i) + layout.barX1(i)) / 2);
        int top = (int) Math.floor(layout.barY(i));

        Image image = paint(frame);

        for (int above = 2; above <= 4; above++) {
            Color ring = image.getPixelReader().getColor(midX, top - above);
            assertTrue(distance(ring, style.accent()) < 0.15, above + " px above the bar: " + ring);
        }
        Color beyond = image.getPixelReader().getColor(midX, top - 6);
        assertTrue(distance(beyond, style.accent()) > 0.3, "and no wider: " + beyond);
    }

    @Test
    void aManyItemFrameIsDrawnAsDensityAndThePictureAsAWholeDecidesForItsTiles() {
        TimelineData<DemoItem> big = TimelineData.of(DemoItems.random(100_000, 5, 1), DemoItem.ADAPTER, LANES, BANGKOK);
        Instant fiveYears = START.plusSeconds(5 * 365 * 86_400L);
        TimelineFrame whole = export(START, fiveYears, 1600, 900);

        assertEquals(TimelineFrame.Detail.DENSITY, TimelinePainter.detailFor(big, style, whole));
        assertEquals(TimelineFrame.Detail.BARS, TimelinePainter.detailFor(data, style, export(START, END, 1600, 400)));
        // The density picture draws the items: against the same frame with no item, many pixels differ.
        Image dense = paint(whole.withDetail(TimelineFrame.Detail.DENSITY), big);
        Image none = paint(whole.withDetail(TimelineFrame.Detail.DENSITY),
                TimelineData.of(List.of(), DemoItem.ADAPTER, LANES, BANGKOK));
        int differing = 0;
        double header = new FrameLayout(big, style, whole).lanesTop();
        for (int y = (int) header; y < (int) dense.getHeight(); y++) {
            for (int x = 0; x < (int) dense.getWidth(); x++) {
                if (dense.getPixelReader().getArgb(x, y) != none.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        double area = (dense.getHeight() - header) * dense.getWidth();
        assertTrue(differing > 0.05 * area, "the density drawn: " + differing + " of " + (int) area + " pixels");
    }

    @Test
    void theContentHeightHoldsTheHeaderAndEveryLane() {
        // ASEAN and PMC+1 stack two rows, the others one or two: see DemoItems.week().
        RowMetrics regular = RowMetrics.REGULAR;
        double lanes = 0;
        for (int rows : data.stacking.laneRows) {
            lanes += Math.max(regular.padTop() + rows * regular.pitch() + regular.padBottom(), 2 * regular.laneLine());
        }
        double height = TimelinePainter.contentHeight(data, style, 8, Double.POSITIVE_INFINITY);
        assertTrue(height >= regular.header() + lanes, height + " holds " + lanes);
        assertFalse(TimelinePainter.compactAt(data, style, 8, height), "regular measures where they fit");
    }

    @Test
    void compactMeasuresTurnOnWhenTheLanesDoNotFitAndTextStaysReadable() {
        double regular = TimelinePainter.contentHeight(data, style, 8, Double.POSITIVE_INFINITY);
        double compact = TimelinePainter.contentHeight(data, style, 8, regular - 1);
        assertTrue(TimelinePainter.compactAt(data, style, 8, regular - 1));
        assertTrue(compact < regular - 1, "compact lanes fit where regular ones did not: " + compact);
        Faces faces = Faces.of(Font.font(style.font().getFamily(), 9), RowMetrics.COMPACT);
        assertTrue(faces.base().getSize() >= 11 && faces.bold().getSize() >= 11 && faces.small().getSize() >= 11,
                "never under 11 px: " + faces);
    }

    private static TimelineFrame export(Instant from, Instant to, double width, double height) {
        return TimelineFrame.of(from, to, width, height, Locale.UK, "ICT, UTC+7").withSticky(false)
                .withDetail(TimelineFrame.Detail.BARS);
    }

    private Image paint(TimelineFrame frame) {
        return paint(frame, data);
    }

    private Image paint(TimelineFrame frame, TimelineData<DemoItem> what) {
        return paint(frame, what, new TimelinePainter());
    }

    private Image paint(TimelineFrame frame, TimelineData<DemoItem> what, TimelinePainter painter) {
        return call(() -> {
            Canvas canvas = new Canvas(frame.width() * frame.scale(), frame.height() * frame.scale());
            painter.paint(canvas.getGraphicsContext2D(), what, style, frame);
            return canvas.snapshot(null, null);
        });
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    private static <V> V call(Callable<V> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
