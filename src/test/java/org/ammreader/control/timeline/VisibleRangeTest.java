package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class VisibleRangeTest {

    @RepeatedTest(20)
    void findsExactlyWhatABruteForceScanFinds(RepetitionInfo repetition) {
        Random random = new Random(100 + repetition.getCurrentRepetition());
        int n = random.nextInt(5000);
        long[] start = new long[n];
        long[] end = new long[n];
        for (int i = 0; i < n; i++) {
            start[i] = random.nextInt(1_000_000) - 500_000L;
            long duration = switch (random.nextInt(5)) {
                case 0 -> 1;
                case 1 -> 1 + random.nextInt(100);
                case 2 -> 1 + random.nextInt(10_000);
                case 3 -> 1 + random.nextInt(400_000);
                default -> 1 + random.nextInt(1000);
            };
            end[i] = start[i] + duration;
        }
        // Members: a random subset (as after a filter), sorted by start.
        int[] members = IntStream.range(0, n).filter(i -> random.nextInt(4) > 0).boxed()
                .sorted(Comparator.comparingLong(i -> start[i])).mapToInt(Integer::intValue).toArray();
        VisibleRange range = new VisibleRange(members, members.length, start, end);

        for (int q = 0; q < 200; q++) {
            long from = random.nextInt(1_200_000) - 600_000L;
            long to = from + 1 + random.nextInt(q % 2 == 0 ? 1000 : 300_000);
            List<Integer> found = new ArrayList<>();
            range.forEach(from, to, found::add);
            found.sort(null);
            List<Integer> expected = new ArrayList<>();
            for (int i : members) {
                if (start[i] < to && end[i] > from) {
                    expected.add(i);
                }
            }
            expected.sort(null);
            assertEquals(expected, found, "window " + from + ".." + to);
            assertEquals(expected.size(), range.count(from, to));
        }
    }

    @Test
    void aVeryLongItemIsFoundFarFromItsStartAmongManyShortOnes() {
        int n = 100_001;
        long[] start = new long[n];
        long[] end = new long[n];
        start[0] = 0;
        end[0] = 1_000_000_000L;
        for (int i = 1; i < n; i++) {
            start[i] = i * 1000L;
            end[i] = start[i] + 500;
        }
        int[] members = IntStream.range(0, n).toArray();
        VisibleRange range = new VisibleRange(members, n, start, end);
        List<Integer> found = new ArrayList<>();
        range.forEach(50_000_000L, 50_010_000L, found::add);
        found.sort(null);

        assertEquals(List.of(0, 50_000, 50_001, 50_002, 50_003, 50_004, 50_005, 50_006, 50_007, 50_008, 50_009),
                found);
    }
}
