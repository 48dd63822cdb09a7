package org.ammreader.control.timeline;

import static org.ammreader.control.timeline.DemoItems.BANGKOK;
import static org.ammreader.control.timeline.TimelineDataTest.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private final List<DemoItem> week = DemoItems.week();
    private TimelineView<DemoItem> view;

    @Start
    void start(Stage stage) {
        view = new TimelineView<>();
        view.setAdapter(DemoItem.ADAPTER);
        view.getLanes().setAll(DemoItems.LANES);
        view.setZone(BANGKOK);
        view.setLocale(Locale.UK);
        view.setExtentStart(DemoItems.FIRST_DAY.atStartOfDay(BANGKOK).toInstant());
        view.setExtentEnd(DemoItems.LAST_DAY.plusDays(1).atStartOfDay(BANGKOK).toInstant());
        view.setItems(week);
        stage.setScene(new Scene(new StackPane(view), 1600, 500));
        stage.show();
    }

    @Test
    void clickingAnItemSelectsItAndClickingEmptySpaceClears(FxRobot robot) {
        DemoItem arf = item("arf");
        robot.clickOn(centreOnScreen(arf));

        assertEquals(arf, view.getSelectedItem());
        assertEquals("Meeting ARF", view.getAccessibleText());

        Bounds lanes = bounds("arf");
        robot.clickOn(view.localToScreen(new Point2D(lanes.getMinX(), view.getHeight() - 40)));
        assertNull(view.getSelectedItem());
    }

    @Test
    void arrowsHomeEndAndEscapeMoveAndClearTheSelection(FxRobot robot) {
        fx(view::requestFocus);

        robot.type(KeyCode.HOME);
        assertEquals("som", selectedId());
        robot.type(KeyCode.RIGHT);
        assertEquals("arf-som", selectedId());
        robot.type(KeyCode.LEFT);
        assertEquals("som", selectedId());
        robot.type(KeyCode.END);
        assertEquals("media", selectedId());

        fx(() -> view.setSelectedItem(item("eu")));
        robot.type(KeyCode.DOWN);
        assertEquals("apt", selectedId());
        robot.type(KeyCode.UP);
        assertEquals("au", selectedId(), "back up: the PMC nearest the APT FMM's start (Fri 09:00) is Thu 16:10");

        robot.type(KeyCode.ESCAPE);
        assertNull(view.getSelectedItem());
        assertNull(view.getAccessibleText());
    }

    /** The focus ring is drawn in the 2-px padding, on all four sides, only while the view has the focus. */
    @Test
    void aFocusRingSurroundsTheViewWhileItHasTheFocus() {
        fx(() -> view.getParent().requestFocus());
        Color accent = call(() -> view.getTimelineStyle().accent());
        WritableImage unfocused = call(() -> view.snapshot(null, null));
        fx(view::requestFocus);
        WritableImage focused = call(() -> view.snapshot(null, null));

        int w = (int) focused.getWidth();
        int h = (int) focused.getHeight();
        for (int[] at : new int[][] {{w / 2, 0}, {w / 2, h - 1}, {0, h / 2}, {w - 1, h / 2}, {w / 2, 1}, {1, h / 2}}) {
            assertEquals(accent, focused.getPixelReader().getColor(at[0], at[1]), "focused, at " + at[0] + "," + at[1]);
            assertNotEquals(accent, unfocused.getPixelReader().getColor(at[0], at[1]),
                    "unfocused, at " + at[0] + "," + at[1]);
        }
        // Inside the padding, the drawing: the header's background, not the ring.
        assertNotEquals(accent, focused.getPixelReader().getColor(w / 2, 2));
    }

    @Test
    void hoveringShowsTheAdaptersTooltip(FxRobot robot) throws TimeoutException {
        robot.moveTo(centreOnScreen(item("arf")));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> call(() -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Tooltip tip && tip.isShowing() && "ARF (arf)".equals(tip.getText()))));
    }

    @Test
    void shownCategoriesHideTheOthersOrFadeThemAndRedrawAtOnce() {
        fx(() -> view.setShownCategories(Set.of("trade")));
        assertFalse(call(() -> view.getData().isShown(item("eu"))));
        assertTrue(call(() -> view.itemBounds(item("china")).isPresent()), "a trade meeting is drawn");
        assertTrue(call(() -> view.itemBounds(item("eu")).isEmpty()), "a cyber meeting is not");

        fx(() -> view.setFadeFiltered(true));
        assertTrue(call(() -> view.getData().isShown(item("eu"))), "faded, in place");
        fx(() -> view.setShownCategories(null));
        assertFalse(call(() -> view.getData().faded[view.getData().indexOf(item("eu"))]));
    }

    @Test
    void ctrlWheelZoomsAroundThePointerAndTheWheelPans() {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        Canvas canvas = canvas();
        double x = call(() -> canvas.getLayoutX() + canvas.getWidth() * 0.3);
        Instant under = timeAt(x);
        double before = fraction(under);

        // One notch of the wheel, away from the user, as JavaFX reports it on desktop platforms.
        fx(() -> Event.fireEvent(canvas, wheel(view.localToScene(x, 200), 40, true)));
        assertEquals(Duration.ofHours(24).toMillis() / 1.25, span().toMillis(), 1);
        assertEquals(before, fraction(under), 0.001, "the time under the pointer stays under it");

        Instant start = view.getVisibleStart();
        fx(() -> Event.fireEvent(canvas, wheel(view.localToScene(x, 200), -40, false)));
        assertTrue(view.getVisibleStart().isAfter(start), "the wheel towards the user moves forward in time");
        assertEquals(Duration.ofHours(24).toMillis() / 1.25, span().toMillis(), 1, "panning keeps the zoom");
    }

    @Test
    void aPinchZoomsAroundTheGesture() {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        Canvas canvas = canvas();
        double x = call(() -> canvas.getLayoutX() + canvas.getWidth() * 0.75);
        Point2D scene = call(() -> view.localToScene(x, 200));
        Instant pivot = timeAt(x);
        double before = fraction(pivot);

        fx(() -> Event.fireEvent(canvas, new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), 0, 0, false,
                false, false, false, false, false, 2, 2, null)));

        assertEquals(Duration.ofHours(12), span());
        assertEquals(before, fraction(pivot), 0.001);
    }

    @Test
    void selectingScrollsTheItemIntoView() {
        fx(() -> view.fitDay(LocalDate.of(2019, 7, 29)));
        assertTrue(view.itemBounds(item("arf")).isEmpty(), "Friday's ARF is off screen on Monday");

        fx(() -> view.setSelectedItem(item("arf")));

        assertTrue(view.itemBounds(item("arf")).isPresent());
        assertEquals(Duration.ofDays(1), span(), "scrolling does not zoom");
    }

    @Test
    void plusAndMinusZoomAroundTheCentre(FxRobot robot) {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        fx(view::requestFocus);
        Instant centre = centre();

        robot.type(KeyCode.ADD);
        assertEquals(Duration.ofHours(16), span());
        assertEquals(centre, centre());

        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.SUBTRACT);
        assertEquals(Duration.ofHours(36), span());
        assertEquals(centre, centre());

        robot.type(KeyCode.EQUALS);
        assertEquals(Duration.ofHours(24), span());
    }

    @Test
    void zoomByKeepsThePivotStillAndStopsAtAnHourAndAtTheExtent() {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        Instant pivot = DemoItems.at(3, 9, 0);
        double before = fraction(pivot);

        fx(() -> view.zoomBy(4, pivot));

        assertEquals(Duration.ofHours(6), span());
        assertEquals(before, fraction(pivot), 1e-6);

        fx(() -> view.zoomBy(1000, pivot));
        assertEquals(TimelineView.MIN_VISIBLE_SPAN, span());

        fx(() -> view.zoomBy(1e-6, pivot));
        assertEquals(view.getExtentStart(), view.getVisibleStart());
        assertEquals(view.getExtentEnd(), view.getVisibleEnd());
    }

    @Test
    void fitAllAndFitDay() {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        assertEquals(LocalDate.of(2019, 8, 1).atStartOfDay(BANGKOK).toInstant(), view.getVisibleStart());
        assertEquals(LocalDate.of(2019, 8, 2).atStartOfDay(BANGKOK).toInstant(), view.getVisibleEnd());

        fx(view::fitAll);
        assertEquals(view.getExtentStart(), view.getVisibleStart());
        assertEquals(view.getExtentEnd(), view.getVisibleEnd());
    }

    @Test
    void withoutAnExtentFitAllShowsTheItemsWithALittleRoom() {
        fx(() -> {
            view.setExtentStart(null);
            view.setExtentEnd(null);
            view.fitAll();
        });

        // The six days of items, and 2% of them (2 h 52.8 min) at each end.
        Duration room = Duration.ofDays(6).multipliedBy(2).dividedBy(100);
        assertEquals(DemoItems.FIRST_DAY.atStartOfDay(BANGKOK).toInstant().minus(room), view.getVisibleStart());
        assertEquals(DemoItems.LAST_DAY.plusDays(1).atStartOfDay(BANGKOK).toInstant().plus(room),
                view.getVisibleEnd());
    }

    @Test
    void shiftArrowsAndDraggingPan(FxRobot robot) {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        fx(view::requestFocus);
        Instant start = view.getVisibleStart();

        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(start.plus(Duration.ofMinutes(24 * 60 / 5)), view.getVisibleStart());
        assertEquals(Duration.ofDays(1), span());

        Instant before = view.getVisibleStart();
        Bounds eu = bounds("eu");
        robot.drag(view.localToScreen(new Point2D(eu.getMaxX() + 30, view.getHeight() - 60)), MouseButton.PRIMARY)
                .moveBy(-300, 0).release(MouseButton.PRIMARY);
        assertTrue(view.getVisibleStart().isAfter(before), "dragging left moves later in time");
        assertNull(view.getSelectedItem(), "a drag is not a click");
    }

    @Test
    void hideFilterRemovesItemsAndFadeKeepsThemDrawnButUnreachable(FxRobot robot) {
        DemoItem china = item("china");
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        assertTrue(view.itemBounds(china).isPresent());

        fx(() -> view.setFilter(i -> i != china));
        assertTrue(view.itemBounds(china).isEmpty());
        Bounds eu = bounds("eu");
        assertEquals(bounds("japan").getMinY(), eu.getMinY(), 1e-9, "rows restack without China");

        fx(() -> view.setFadeFiltered(true));
        assertTrue(view.itemBounds(china).isPresent(), "faded items are still drawn");
        fx(() -> {
            view.requestFocus();
            view.setSelectedItem(item("lmi"));
        });
        robot.type(KeyCode.RIGHT);
        assertEquals("cyber-ws", selectedId(), "after the LMI (08:00) the faded China PMC (09:00) is skipped");
    }

    @Test
    void highlightIsDrawnWithoutChangingTheLayout() {
        fx(() -> view.fitDay(LocalDate.of(2019, 8, 1)));
        Bounds before = bounds("eu");

        fx(() -> view.setHighlight(i -> i.title().contains("EU")));

        assertEquals(before, bounds("eu"));
        assertTrue(view.getData().highlighted[view.getData().indexOf(item("eu"))]);
    }

    @Test
    void coloursComeFromCssTokensThatAThemeCanRedefine() {
        fx(() -> {
            view.getScene().getRoot().setStyle("-app-accent: #00aa00;");
            view.setStyle("-timeline-accent: -app-accent; -timeline-background: #fafafa;");
            view.applyCss();
        });

        TimelineStyle style = call(view::getTimelineStyle);
        assertEquals(Color.web("#00aa00"), style.accent());
        assertEquals(Color.web("#fafafa"), style.background());
        assertEquals(TimelineStyle.DEFAULT_GRID, style.grid(), "untouched tokens keep the stylesheet's value");
    }

    @Test
    void aVerticalScrollBarAppearsOnlyWhenTheLanesAreTallerThanTheView(FxRobot robot) {
        assertFalse(verticalScrollBar(robot).isVisible());
        List<DemoItem> crowd = new ArrayList<>(week);
        for (int k = 0; k < 60; k++) {
            crowd.add(DemoItems.timed("c" + k, "pmc", "Crowd " + k, 3, 9, k, 12, 0, DemoItems.TRADE,
                    TimelineMarker.NONE));
        }

        fx(() -> view.setItems(crowd));
        assertFalse(verticalScrollBar(robot).isVisible(), "eight rows per lane still fit");

        fx(() -> view.setMaxRowsPerLane(40));
        assertTrue(verticalScrollBar(robot).isVisible());
    }

    @Test
    void aHundredThousandItemsLoadAndDraw() {
        List<DemoItem> many = DemoItems.random(100_000, 5, 42);

        fx(() -> {
            view.setExtentStart(null);
            view.setExtentEnd(null);
            view.setItems(many);
            view.fitAll();
        });
        WritableImage image = call(() -> view.snapshot(null, null));

        assertEquals(100_000, view.getData().size());
        // The first lane's density strip rises from the lane's bottom (8 rows: 48 + 204 - 4 px, plus the
        // 2-px focus inset); above the lanes' area the header is white.
        Color strip = image.getPixelReader().getColor(800, 2 + 240);
        assertNotEquals(TimelineStyle.DEFAULT_BACKGROUND, strip);
        assertTrue(view.itemBounds(many.get(0)).isEmpty(), "at fit-all items are density, not bars");

        fx(() -> view.fitDay(LocalDate.of(2021, 3, 3)));
        long barsInView = many.stream().filter(i -> view.itemBounds(i).isPresent()).count();
        assertTrue(barsInView > 10, barsInView + " bars in a day of a 100,000-item model");
    }

    private static ScrollBar verticalScrollBar(FxRobot robot) {
        return robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
    }

    private static ScrollEvent wheel(Point2D scene, double deltaY, boolean control) {
        return new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(), 0, 0, false, control, false, false,
                false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    private Canvas canvas() {
        return call(() -> view.getChildrenUnmodifiable().stream().filter(Canvas.class::isInstance)
                .map(Canvas.class::cast).findFirst().orElseThrow());
    }

    /** The instant drawn at x in the control's coordinates: the time axis starts after the lane column. */
    private Instant timeAt(double x) {
        Canvas canvas = canvas();
        return call(() -> {
            double plotX = canvas.getLayoutX() + view.getTimelineStyle().laneColumnWidth();
            double plotWidth = canvas.getWidth() - view.getTimelineStyle().laneColumnWidth();
            long span = Duration.between(view.getVisibleStart(), view.getVisibleEnd()).toMillis();
            return view.getVisibleStart().plusMillis(Math.round((x - plotX) / plotWidth * span));
        });
    }

    private DemoItem item(String id) {
        return byId(week, id);
    }

    private String selectedId() {
        WaitForAsyncUtils.waitForFxEvents();
        DemoItem selected = view.getSelectedItem();
        return selected == null ? null : selected.id();
    }

    private Bounds bounds(String id) {
        return call(() -> view.itemBounds(item(id)).orElseThrow(() -> new AssertionError(id + " is not drawn")));
    }

    private Point2D centreOnScreen(DemoItem item) {
        Bounds b = call(() -> view.itemBounds(item).orElseThrow());
        return call(() -> view.localToScreen(b.getCenterX(), b.getCenterY()));
    }

    private Duration span() {
        WaitForAsyncUtils.waitForFxEvents();
        return Duration.between(view.getVisibleStart(), view.getVisibleEnd());
    }

    private Instant centre() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.getVisibleStart().plus(span().dividedBy(2));
    }

    private double fraction(Instant t) {
        WaitForAsyncUtils.waitForFxEvents();
        return Duration.between(view.getVisibleStart(), t).toMillis() / (double) span().toMillis();
    }

    private static void fx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <V> V call(Callable<V> action) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }
}
