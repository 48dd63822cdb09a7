package org.ammreader.control.timeline;

import static org.ammreader.control.timeline.DemoItems.BANGKOK;
import static org.ammreader.control.timeline.DemoItems.LANES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen's painter writes its titles, labels and axis text from images ({@link TextImages}) instead of with
 * {@code fillText}: what it draws must look as the painter that writes every string draws it, on the first frame,
 * on the second (the images made: a string is made the second time it is written) and on the third (reused),
 * faded, selected, scrolled, themed, in French, at twice the scale; and the images are let go when the theme, the
 * font size, the scale or the language changes. The same painter draws the all-day bars' dashed outlines from dash
 * images ({@link DashPatterns}): the week's all-day bars check those against a rectangle per dash (a pattern moved
 * by 2 px made 1,577 pixels differ).
 */
@ExtendWith(ApplicationExtension.class)
class TextImagesTest {

    /**
     * A colour channel may differ by this much (3%): the glyphs are blended twice, on the image then on the canvas,
     * and a faded title's edge pixels round differently (most are within 2 of 255).
     */
    private static final int TOLERANCE = 8;
    /**
     * So many pixels may differ by more: a faded title's edge pixel was seen 12 apart, once, after other tests had
     * drawn text (the renderer's glyph cache is shared). A glyph one pixel out of place makes thousands differ.
     */
    private static final int STRAY_PIXELS = 4;
    private static final String ZONE = "ICT, UTC+7";
    private final TimelineData<DemoItem> data = TimelineData.of(DemoItems.week(), DemoItem.ADAPTER, LANES, BANGKOK);
    private final TimelineStyle light = TimelineStyle.defaults();
    private final TimelineStyle dark = DemoItems.darkStyle();
    private final TimelineFrame week = week(420, Locale.UK, ZONE);

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; nothing is shown.
    }

    @Test
    void theWeekLooksAsWhenEveryStringIsWritten() {
        assertLooksTheSame(data, light, week);
    }

    @Test
    void fadedSelectedAndScrolledTextLooksTheSame() {
        TimelineData<DemoItem> faded = data.withFilter(item -> item.lane().equals(LANES.get(0).id()), true);
        DemoItem selected = DemoItems.week().get(3);
        assertLooksTheSame(faded, light, week(160, Locale.UK, ZONE).withSelected(selected).withScrollY(40));
    }

    @Test
    void theDarkThemeInFrenchLooksTheSame() {
        assertLooksTheSame(data, dark, week(420, Locale.FRANCE, "heure d’Indochine, UTC+7"));
    }

    @Test
    void twiceTheScaleLooksTheSame() {
        assertLooksTheSame(data, light, week.withScale(2));
    }

    @Test
    void theImagesAreLetGoWhenTheThemeTheFontSizeTheScaleOrTheLanguageChanges() {
        TimelineStyle larger = new TimelineStyle(light.background(), light.surface(), light.dayBand(), light.grid(),
                light.text(), light.mutedText(), light.accent(), light.highlight(), light.density(),
                Font.font(light.font().getFamily(), light.font().getSize() + 2), light.laneColumnWidth());
        call(() -> {
            TextImages images = new TextImages();
            GraphicsContext gc = new Canvas(200, 40).getGraphicsContext2D();
            assertEquals(1, written(images, gc, light, 1, Locale.UK, "Plenary"));
            assertEquals(2, written(images, gc, light, 1, Locale.UK, "Retreat"), "kept while nothing changes");
            assertEquals(1, written(images, gc, dark, 1, Locale.UK, "Plenary"), "after a theme change");
            assertEquals(1, written(images, gc, larger, 1, Locale.UK, "Plenary"), "after a font size change");
            assertEquals(1, written(images, gc, larger, 2, Locale.UK, "Plenary"), "after a scale change");
            assertEquals(1, written(images, gc, larger, 2, Locale.FRANCE, "Plenary"), "after a language change");
            return null;
        });
    }

    /** Writes one string in two frames, so that it is made: how many images are kept then. */
    private static int written(TextImages images, GraphicsContext gc, TimelineStyle style, double scale,
                               Locale locale, String text) {
        for (int frame = 0; frame < 2; frame++) {
            images.start(style, scale, locale);
            images.write(gc, text, style.font(), style.text(), TextAlignment.LEFT, 4, 20);
            images.finish(gc);
        }
        return images.size();
    }

    /** The screen's painter, on three frames in a row, against a painter that writes every string. */
    private void assertLooksTheSame(TimelineData<DemoItem> frameData, TimelineStyle style, TimelineFrame frame) {
        double width = frame.width() * frame.scale();
        double height = frame.height() * frame.scale();
        Image written = call(() -> paint(new Canvas(width, height), new TimelinePainter(true), frameData, style,
                frame));
        Image[] screen = call(() -> {
            Canvas canvas = new Canvas(width, height);
            TimelinePainter painter = new TimelinePainter(true, true, true);
            Image first = paint(canvas, painter, frameData, style, frame);
            // The column is drawn again on a fresh canvas, so that its text is written from images too.
            Image second = paint(new Canvas(width, height), painter, frameData, style, frame);
            Image third = paint(new Canvas(width, height), painter, frameData, style, frame);
            return new Image[] {first, second, third};
        });
        assertTrue(inked(written) > 1000, "the frame shows something");
        assertLooksTheSame(written, screen[0], "the first frame");
        assertLooksTheSame(written, screen[1], "the second frame");
        assertLooksTheSame(written, screen[2], "the third frame");
    }

    /** The demo week, 1200 pixels wide, as the screen shows it: sticky titles, the lane column, bars. */
    private static TimelineFrame week(double height, Locale locale, String zone) {
        return TimelineFrame.of(DemoItems.at(0, 0, 0), DemoItems.at(6, 0, 0), 1200, height, locale, zone)
                .withDetail(TimelineFrame.Detail.BARS);
    }

    private static Image paint(Canvas canvas, TimelinePainter painter, TimelineData<DemoItem> data,
                               TimelineStyle style, TimelineFrame frame) {
        painter.paint(canvas.getGraphicsContext2D(), data, style, frame);
        return canvas.snapshot(null, null);
    }

    /** At most {@link #STRAY_PIXELS} pixels with a colour channel more than {@link #TOLERANCE} apart. */
    private static void assertLooksTheSame(Image a, Image b, String which) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int count = 0;
        String first = "";
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((pa >>> shift & 0xff) - (pb >>> shift & 0xff)) > TOLERANCE) {
                        first = count == 0 ? String.format(Locale.ROOT, ", the first at (%d, %d): %08x, not %08x",
                                x, y, pb, pa) : first;
                        count++;
                        break;
                    }
                }
            }
        }
        assertTrue(count <= STRAY_PIXELS, which + ": " + count + " pixels differ" + first);
    }

    /** Pixels of the picture unlike its top-left corner's: how much is drawn at all. */
    private static int inked(Image image) {
        PixelReader reader = image.getPixelReader();
        int corner = reader.getArgb(0, 0);
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                count += reader.getArgb(x, y) != corner ? 1 : 0;
            }
        }
        return count;
    }

    private static <V> V call(Callable<V> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
