package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LaneStackerTest {

    @RepeatedTest(30)
    void overlappingItemsNeverShareARowAndNoRowIsWasted(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int n = 1 + random.nextInt(400);
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = random.nextInt(10_000);
            // Mostly short, some long, some touching exactly: the edge cases of half-open intervals.
            end[i] = start[i] + (random.nextInt(10) == 0 ? 1 + random.nextInt(3000) : 1 + random.nextInt(60));
        }
        int[] members = IntStream.range(0, n).boxed().sorted(Comparator.comparingLong(i -> start[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] rows = new int[n];

        int used = LaneStacker.stack(members, n, start, end, rows);

        for (int a = 0; a < n; a++) {
            assertTrue(rows[a] >= 0 && rows[a] < used);
            for (int b = a + 1; b < n; b++) {
                boolean overlap = start[a] < end[b] && start[b] < end[a];
                assertFalse(overlap && rows[a] == rows[b], "items " + a + " and " + b + " overlap in row " + rows[a]);
            }
        }
        assertEquals(deepestOverlap(start, end), used, "rows used must equal the deepest overlap");
    }

    @Test
    void itemsThatOnlyTouchShareARow() {
        long[] start = {0, 10, 20};
        long[] end = {10, 20, 30};
        int[] rows = new int[3];

        assertEquals(1, LaneStacker.stack(new int[] {0, 1, 2}, 3, start, end, rows));
        assertEquals("[0, 0, 0]", Arrays.toString(rows));
    }

    @Test
    void aFreedRowIsReusedLowestFirst() {
        long[] start = {0, 0, 0, 5};
        long[] end = {10, 4, 3, 6};
        int[] rows = new int[4];

        LaneStacker.stack(new int[] {0, 1, 2, 3}, 4, start, end, rows);

        assertEquals(1, rows[3], "rows 1 and 2 are free at 5; the item takes row 1");
    }

    private static int deepestOverlap(long[] start, long[] end) {
        int deepest = 0;
        for (long t : start) {
            int depth = 0;
            for (int i = 0; i < start.length; i++) {
                if (start[i] <= t && t < end[i]) {
                    depth++;
                }
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }
}
