package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final long HOUR = 3_600_000L;

    @Test
    void mapsTheRangeOntoTheWidthFromItsLeftEdge() {
        TimeScale scale = new TimeScale(10 * HOUR, 20 * HOUR, 160, 1000, 1);

        assertEquals(160, scale.x(10 * HOUR), 1e-9);
        assertEquals(1160, scale.x(20 * HOUR), 1e-9);
        assertEquals(660, scale.x(15 * HOUR), 1e-9);
        assertEquals(HOUR / 100.0, scale.msPerPx(), 1e-9);
    }

    @Test
    void timeIsTheInverseOfX() {
        TimeScale scale = new TimeScale(1_564_000_000_000L, 1_564_000_000_000L + 5 * 365 * 24 * HOUR, 0, 1600, 1);

        for (long t = scale.start(); t < scale.end(); t += 37 * 24 * HOUR) {
            // One pixel spans ~27 hours here; the round trip must land within half a millisecond's rounding.
            assertEquals(t, scale.time(scale.x(t)), 1);
        }
    }

    @Test
    void linesSnapToTheMiddleOfDevicePixelsAtEveryScale() {
        TimeScale one = new TimeScale(0, HOUR, 0, 100, 1);
        TimeScale two = new TimeScale(0, HOUR, 0, 100, 2);

        assertEquals(10.5, one.snapLine(10.2), 1e-9);
        assertEquals(10.25, two.snapLine(10.2), 1e-9);
        assertEquals(10.0, one.snap(10.2), 1e-9);
        assertEquals(10.5, two.snap(10.4), 1e-9);
    }

    @Test
    void refusesAnEmptyRangeOrWidth() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(5, 5, 0, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 5, 0, 0, 1));
    }
}
