package org.ammreader.control.timeline;

import static org.ammreader.control.timeline.DemoItems.BANGKOK;
import static org.ammreader.control.timeline.DemoItems.LANES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screen's painter leaves the lane column as the last frame drew it when nothing in it changed. After any
 * change, what it draws on its canvas must be, pixel for pixel, what a fresh canvas gets: the column is drawn again
 * when the theme, the filter, the size, the language or the vertical scroll changes, and kept through a pan or a
 * zoom.
 */
@ExtendWith(ApplicationExtension.class)
class KeptLaneColumnTest {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 420;
    private static final Instant START = DemoItems.at(0, 0, 0);
    private static final Instant END = DemoItems.at(6, 0, 0);
    private final TimelineData<DemoItem> data = TimelineData.of(DemoItems.week(), DemoItem.ADAPTER, LANES, BANGKOK);
    private final TimelineStyle light = TimelineStyle.defaults();
    private final TimelineStyle dark = DemoItems.darkStyle();
    private final TimelineFrame week = screen(START, END, WIDTH, HEIGHT, "ICT, UTC+7");

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need; nothing is shown.
    }

    /** Drawn without clearing the canvas first, and without the background under the bands: the same pixels. */
    @Test
    void theScreenPainterDrawsWhatAPainterThatDrawsEverythingDraws() {
        TimelineFrame shortView = screen(START, END, WIDTH, 160, "ICT, UTC+7").withScrollY(40.5);
        for (TimelineFrame frame : List.of(week, shortView)) {
            Image whole = call(() -> paint(new Canvas(frame.width(), frame.height()), new TimelinePainter(true), data,
                    light, frame));
            assertEquals(0, differing(whole, fresh(data, light, frame), WIDTH), "pixels that differ at " + frame);
        }
    }

    @Test
    void aPanAndAZoomKeepTheColumnAndDrawWhatAFreshCanvasDraws() {
        TimelineFrame panned = screen(START.plusSeconds(3 * 3600), END.plusSeconds(3 * 3600), WIDTH, HEIGHT,
                "ICT, UTC+7");
        TimelineFrame zoomed = screen(START.plusSeconds(86_400), END.minusSeconds(86_400), WIDTH, HEIGHT,
                "ICT, UTC+7");
        assertSameAsFresh(data, light, panned, data, light, week, false);
        assertSameAsFresh(data, light, zoomed, data, light, week, false);
    }

    @Test
    void aThemeChangeDrawsTheColumnAgain() {
        assertSameAsFresh(data, dark, week, data, light, week, true);
    }

    @Test
    void aFilterChangeDrawsTheColumnAgain() {
        TimelineData<DemoItem> filtered = data.withFilter(item -> item.lane().equals(LANES.get(0).id()), false);
        assertSameAsFresh(filtered, light, week, data, light, week, true);
    }

    /** A canvas that changes size loses its pixels: a column wrongly kept would be left blank. */
    @Test
    void aResizeDrawsTheColumnAgain() {
        TimelineFrame taller = screen(START, END, WIDTH, HEIGHT + 60, "ICT, UTC+7");
        assertEquals(0, differing(fresh(data, light, taller), kept(data, light, taller, data, light, week),
                WIDTH), "pixels that differ from a fresh canvas");
    }

    @Test
    void aLanguageChangeDrawsTheColumnAgain() {
        TimelineFrame french = TimelineFrame.of(START, END, WIDTH, HEIGHT, Locale.FRANCE, "heure d’Indochine, UTC+7");
        assertSameAsFresh(data, light, french, data, light, week, true);
    }

    @Test
    void aVerticalScrollDrawsTheColumnAgain() {
        TimelineFrame shortView = screen(START, END, WIDTH, 160, "ICT, UTC+7");
        assertSameAsFresh(data, light, shortView.withScrollY(40), data, light, shortView, true);
    }

    /**
     * Paints {@code before} then {@code after} on one canvas with one screen painter, and checks the result against
     * {@code after} painted on a fresh canvas; {@code columnChanges} says whether the change shows in the column,
     * which is checked too, so that a column wrongly kept would be seen.
     */
    private void assertSameAsFresh(TimelineData<DemoItem> afterData, TimelineStyle afterStyle, TimelineFrame after,
                                   TimelineData<DemoItem> beforeData, TimelineStyle beforeStyle, TimelineFrame before,
                                   boolean columnChanges) {
        Image fresh = fresh(afterData, afterStyle, after);
        Image kept = kept(afterData, afterStyle, after, beforeData, beforeStyle, before);
        assertEquals(0, differing(fresh, kept, after.width()), "pixels that differ from a fresh canvas");
        double column = afterStyle.laneColumnWidth();
        int columnChanged = differing(fresh, fresh(beforeData, beforeStyle, before), column, after.height());
        assertEquals(columnChanges, columnChanged > 0, columnChanged + " column pixels changed");
        assertTrue(column < after.width());
    }

    private static Image fresh(TimelineData<DemoItem> data, TimelineStyle style, TimelineFrame frame) {
        return call(() -> paint(new Canvas(frame.width(), frame.height()), new TimelinePainter(true, true), data,
                style, frame));
    }

    /** {@code before} then {@code after} on one canvas (resized between them if they differ) by one painter. */
    private static Image kept(TimelineData<DemoItem> afterData, TimelineStyle afterStyle, TimelineFrame after,
                              TimelineData<DemoItem> beforeData, TimelineStyle beforeStyle, TimelineFrame before) {
        return call(() -> {
            Canvas canvas = new Canvas(before.width(), before.height());
            TimelinePainter painter = new TimelinePainter(true, true);
            paint(canvas, painter, beforeData, beforeStyle, before);
            canvas.setWidth(after.width());
            canvas.setHeight(after.height());
            return paint(canvas, painter, afterData, afterStyle, after);
        });
    }

    private static Image paint(Canvas canvas, TimelinePainter painter, TimelineData<DemoItem> data,
                               TimelineStyle style, TimelineFrame frame) {
        painter.paint(canvas.getGraphicsContext2D(), data, style, frame);
        return canvas.snapshot(null, null);
    }

    private static int differing(Image a, Image b, double width) {
        return differing(a, b, width, a.getHeight());
    }

    private static int differing(Image a, Image b, double width, double height) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) height; y++) {
            for (int x = 0; x < (int) width; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** A frame as the screen's: sticky titles, the lane column, bars. */
    private static TimelineFrame screen(Instant from, Instant to, double width, double height, String zone) {
        return TimelineFrame.of(from, to, width, height, Locale.UK, zone).withDetail(TimelineFrame.Detail.BARS);
    }

    private static <V> V call(Callable<V> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
