package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class StartOrderTest {

    @RepeatedTest(20)
    void matchesAStableSortByStartLaneAndEnd(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int n = random.nextInt(3000);
        long[] start = new long[n];
        int[] lane = new int[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            // Few distinct values, so ties on start, lane and end all occur.
            start[i] = random.nextInt(50);
            lane[i] = random.nextInt(5) - 1;
            end[i] = start[i] + random.nextInt(3);
        }
        Comparator<Integer> byDisplayOrder = Comparator.<Integer>comparingLong(i -> start[i])
                .thenComparingInt(i -> lane[i] < 0 ? Integer.MAX_VALUE : lane[i])
                .thenComparingLong(i -> end[i]);
        int[] expected = IntStream.range(0, n).boxed().sorted(byDisplayOrder).mapToInt(Integer::intValue).toArray();

        assertArrayEquals(expected, StartOrder.of(start, lane, end));
    }

    @Test
    void inputAlreadyInOrderStaysAsItIs() {
        long[] start = {1, 2, 2, 3};
        int[] lane = {0, 0, 1, 0};
        long[] end = {5, 5, 5, 5};

        assertArrayEquals(new int[] {0, 1, 2, 3}, StartOrder.of(start, lane, end));
    }
}
