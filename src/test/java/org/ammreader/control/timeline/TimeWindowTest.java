package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final TimeWindow EXTENT = new TimeWindow(0, 6 * DAY);

    @Test
    void zoomKeepsThePivotAtTheSamePlaceOnScreen() {
        TimeWindow window = new TimeWindow(DAY, 3 * DAY);
        long pivot = DAY + DAY / 2;
        double before = (pivot - window.start()) / (double) window.span();

        TimeWindow zoomed = window.zoom(2, pivot, EXTENT, HOUR);

        assertEquals(DAY, zoomed.span());
        assertEquals(before, (pivot - zoomed.start()) / (double) zoomed.span(), 1e-6);
    }

    @Test
    void zoomStopsAtTheMinimumSpanAndAtTheExtent() {
        TimeWindow window = new TimeWindow(DAY, 2 * DAY);

        assertEquals(HOUR, window.zoom(1000, DAY + 5 * HOUR, EXTENT, HOUR).span());
        TimeWindow out = window.zoom(0.001, DAY, EXTENT, HOUR);
        assertEquals(EXTENT, out);
    }

    @Test
    void zoomOutNearAnEdgeStaysInsideTheExtent() {
        TimeWindow nearEnd = new TimeWindow(5 * DAY, 6 * DAY);

        TimeWindow out = nearEnd.zoom(0.5, 6 * DAY - HOUR, EXTENT, HOUR);

        assertEquals(2 * DAY, out.span());
        assertEquals(6 * DAY, out.end());
    }

    @Test
    void aWindowWiderThanTheExtentMayStillZoomIn() {
        TimeWindow wide = new TimeWindow(-10 * DAY, 20 * DAY);

        assertEquals(15 * DAY, wide.zoom(2, 5 * DAY, EXTENT, HOUR).span());
        assertSame(wide, wide.zoom(0.5, 5 * DAY, EXTENT, HOUR));
    }

    @Test
    void panStopsAtTheEdges() {
        TimeWindow window = new TimeWindow(DAY, 2 * DAY);

        assertEquals(new TimeWindow(0, DAY), window.pan(-10 * DAY, EXTENT));
        assertEquals(new TimeWindow(5 * DAY, 6 * DAY), window.pan(10 * DAY, EXTENT));
        assertEquals(new TimeWindow(DAY + HOUR, 2 * DAY + HOUR), window.pan(HOUR, EXTENT));
    }

    @Test
    void revealMovesTheLeastNeeded() {
        TimeWindow window = new TimeWindow(DAY, 2 * DAY);
        long margin = HOUR;

        assertSame(window, window.reveal(DAY + 5 * HOUR, DAY + 6 * HOUR, margin));
        assertEquals(new TimeWindow(3 * DAY + 2 * HOUR - DAY, 3 * DAY + 2 * HOUR),
                window.reveal(3 * DAY, 3 * DAY + HOUR, margin));
        assertEquals(new TimeWindow(DAY / 2 - HOUR, DAY / 2 - HOUR + DAY), window.reveal(DAY / 2, DAY / 2 + HOUR, margin));
    }

    @Test
    void anItemLongerThanTheWindowIsShownFromItsStartUnlessAlreadyInView() {
        TimeWindow window = new TimeWindow(DAY, 2 * DAY);

        assertSame(window, window.reveal(0, 5 * DAY, HOUR));
        assertEquals(new TimeWindow(3 * DAY - HOUR, 4 * DAY - HOUR), window.reveal(3 * DAY, 6 * DAY, HOUR));
    }

    @Test
    void refusesEmptyWindowsAndSillyFactors() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
        TimeWindow window = new TimeWindow(0, DAY);
        assertThrows(IllegalArgumentException.class, () -> window.zoom(0, 0, EXTENT, HOUR));
        assertThrows(IllegalArgumentException.class, () -> window.zoom(Double.NaN, 0, EXTENT, HOUR));
    }
}
