package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ammreader.control.timeline.OverviewStrip;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.synthetic.SyntheticModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The overview strip under the timeline: its box moves and resizes the timeline's range, its histogram the filter. */
class MainWindowOverviewStripTest extends MainWindowFixture {

    private static final LocalDate THURSDAY = LocalDate.of(2019, 8, 1);
    private static final long HOUR = Duration.ofHours(1).toMillis();

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private static OverviewStrip strip(FxRobot robot) {
        return robot.lookup(".overview-strip").queryAs(OverviewStrip.class);
    }

    private static double[] edges(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double[][] edges = new double[1][];
        robot.interact(() -> edges[0] = strip(robot).boxEdges());
        assertEquals(2, edges[0].length, "the strip is laid out");
        return edges[0];
    }

    private static Point2D onStrip(FxRobot robot, double x) {
        OverviewStrip strip = strip(robot);
        return strip.localToScreen(x, strip.getHeight() / 2);
    }

    private static void drag(FxRobot robot, double from, double to) {
        robot.drag(onStrip(robot, from), MouseButton.PRIMARY).dropTo(onStrip(robot, to));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long start(TimelineView<Meeting> view) {
        return view.getVisibleStart().toEpochMilli();
    }

    private static long span(TimelineView<Meeting> view) {
        return view.getVisibleEnd().toEpochMilli() - start(view);
    }

    @Test
    void theBoxSitsUnderTheTimelinesAxisAndShowsTheRangeShown(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        robot.interact(view::fitAll);
        double[] whole = edges(robot);
        double axisLeft = view.xOf(view.getVisibleStart()).orElseThrow();
        double axisRight = view.xOf(view.getVisibleEnd()).orElseThrow();
        assertEquals(axisLeft, whole[0], 0.5, "the strip's axis starts where the timeline's does");
        assertEquals(axisRight, whole[1], 0.5, "and ends where it does");
        double[] day = Before.thursday(robot).box();
        double dayWidth = (axisRight - axisLeft) * span(view) / view.getExtentEnd().minusMillis(
                view.getExtentStart().toEpochMilli()).toEpochMilli();
        assertEquals(dayWidth, day[1] - day[0], 1, "one day of the week wide");
    }

    /** Thursday shown, and the timeline's range and the box before a gesture. */
    private record Before(long start, long span, double[] box) {
        static Before thursday(FxRobot robot) {
            TimelineView<Meeting> view = timeline(robot);
            robot.interact(() -> view.fitDay(THURSDAY));
            return new Before(MainWindowOverviewStripTest.start(view), MainWindowOverviewStripTest.span(view),
                    edges(robot));
        }
    }

    @Test
    void draggingTheBoxPansTheTimeline(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        Before before = Before.thursday(robot);
        double[] box = before.box();
        double middle = (box[0] + box[1]) / 2;
        drag(robot, middle, middle - 120);
        assertTrue(start(view) < before.start() - 12 * HOUR,
                "the timeline shows an earlier time: " + view.getVisibleStart());
        assertEquals(before.span(), span(view), "at the same zoom");
        double[] moved = edges(robot);
        assertEquals(box[0] - 120, moved[0], 2, "the box follows the pointer");
    }

    @Test
    void draggingAnEdgeOfTheBoxZoomsTheTimeline(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        Before before = Before.thursday(robot);
        double[] box = before.box();
        drag(robot, box[1] - 1, box[1] + 100);
        assertEquals(before.start(), start(view), "the other edge stays");
        assertTrue(span(view) > before.span() + 12 * HOUR, "wider range, zoomed out: " + Duration.ofMillis(span(view)));

        box = edges(robot);
        drag(robot, box[0] + 1, box[0] + 150);
        assertTrue(start(view) > before.start() + 12 * HOUR, "the left edge dragged in starts later");
    }

    @Test
    void clickingOutsideTheBoxCentresTheViewThere(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        double[] box = Before.thursday(robot).box();
        long msPerPixel = Math.round(span(view) / (box[1] - box[0]));
        double x = box[0] - 250;
        long expected = start(view) - Math.round(250 * msPerPixel);
        robot.clickOn(onStrip(robot, x));
        WaitForAsyncUtils.waitForFxEvents();
        long centre = start(view) + span(view) / 2;
        assertTrue(Math.abs(centre - expected) <= 3 * msPerPixel,
                "centred on the time clicked: " + view.getVisibleStart() + " – " + view.getVisibleEnd());
    }

    @Test
    void theKeyboardPansAndZoomsFromTheStrip(FxRobot robot) {
        TimelineView<Meeting> view = timeline(robot);
        Before before = Before.thursday(robot);
        robot.interact(() -> strip(robot).requestFocus());
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(start(view) > before.start(), "→ shows later");
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(span(view) > before.span(), "− zooms out");
        robot.type(KeyCode.EQUALS);
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(span(view) < before.span(), "+ zooms in");
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.getExtentStart(), view.getVisibleStart(), "Home shows the whole week");
        assertEquals(view.getExtentEnd(), view.getVisibleEnd());
    }

    @Test
    void theHistogramFollowsTheFilter(FxRobot robot) throws Exception {
        robot.interact(() -> timeline(robot).fitAll());
        int withAll = histogramPixels(robot);
        assertTrue(withAll > 100, "the week's meetings are drawn: " + withAll + " pixels");
        robot.interact(() -> viewModel.areaFilterProperty().set(AreaFilter.of(List.of("cyber"))));
        int cyber = histogramPixels(robot);
        assertTrue(cyber > 0 && cyber < withAll, "fewer under the cyber filter: " + cyber + " of " + withAll);
        robot.interact(() -> viewModel.areaFilterProperty().set(AreaFilter.NONE));
        assertEquals(0, histogramPixels(robot), "no area shown, no density");
    }

    /** The strip's title says what it spans: the bundled week, or a longer model's whole period. */
    @Test
    void theTitleSaysWholeWeekForAWeekAndWholePeriodForLonger(FxRobot robot) throws Exception {
        assertEquals("Whole week", strip(robot).titleProperty().get());
        Model longer = new SyntheticModel(1000).model();
        assertTrue(longer.dayCount() > 7, longer.dayCount() + " days");
        robot.interact(() -> viewModel.show(longer, "longer.json"));
        assertEquals("Whole period", strip(robot).titleProperty().get());
        robot.interact(() -> viewModel.show(bundled, "bundled.json"));
        assertEquals("Whole week", strip(robot).titleProperty().get());
    }

    /**
     * The box is drawn where the view is, and no longer where it was: the box has a layer of its own over the
     * histogram, redrawn on its own when the view moves.
     */
    @Test
    void theBoxIsDrawnWhereTheViewIsAndNoLongerWhereItWas(FxRobot robot) throws Exception {
        robot.interact(() -> timeline(robot).fitAll());
        WaitForAsyncUtils.waitForFxEvents();
        double[] whole = edges(robot);
        robot.interact(() -> timeline(robot).fitDay(THURSDAY));
        WaitForAsyncUtils.waitForFxEvents();
        double[] day = edges(robot);
        Color accent = timeline(robot).getTimelineStyle().accent();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> strip(robot).snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
        int mid = (int) (shot.getHeight() / 2);
        assertTrue(near(shot.getPixelReader().getColor((int) day[0] + 1, mid), accent),
                "the box's left grip at " + day[0]);
        assertTrue(near(shot.getPixelReader().getColor((int) day[1] - 1, mid), accent),
                "the box's right grip at " + day[1]);
        assertTrue(!near(shot.getPixelReader().getColor((int) whole[0] + 1, mid), accent)
                && !near(shot.getPixelReader().getColor((int) whole[1] - 1, mid), accent),
                "no grip left where the box was, at " + whole[0] + " and " + whole[1]);
    }

    private static boolean near(Color seen, Color expected) {
        return Math.abs(seen.getRed() - expected.getRed()) < 0.12 && Math.abs(seen.getGreen() - expected.getGreen())
                < 0.12 && Math.abs(seen.getBlue() - expected.getBlue()) < 0.12;
    }

    /**
     * Pixels of the histogram's bottom row, read from a snapshot of the strip, that differ from the box's empty fill
     * (taken at the row's middle above the histogram's top, where no bar reaches).
     */
    private int histogramPixels(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        OverviewStrip strip = strip(robot);
        double[] box = edges(robot);
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> strip.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        PixelReader pixels = shot.getPixelReader();
        int row = (int) shot.getHeight() - 6;
        int empty = pixels.getArgb((int) ((box[0] + box[1]) / 2), 3);
        int count = 0;
        for (int x = (int) box[0] + 6; x < (int) box[1] - 6; x++) {
            if (pixels.getArgb(x, row) != empty) {
                count++;
            }
        }
        return count;
    }
}
