package org.ammreader.control.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds the items that intersect a time window without scanning them all. Items are grouped by the
 * binary order of magnitude of their duration; inside a group they are sorted by start, so the group's
 * candidates lie between a binary search for {@code from - longest duration in the group} and one for
 * {@code to}. Grouping keeps one multi-year item from widening the search for the short ones: each group
 * scans at most the items that start within one of its own durations before the window.
 */
final class VisibleRange {

    private final long[] end;
    private final List<Group> groups;

    /**
     * @param members indexes into {@code start}/{@code end}, sorted by start
     * @param end     ends, each after its start (a zero-length item should be given a one-millisecond end)
     */
    VisibleRange(int[] members, int count, long[] start, long[] end) {
        this.end = end;
        int[] groupSizes = new int[65];
        for (int k = 0; k < count; k++) {
            groupSizes[magnitude(start, end, members[k])]++;
        }
        Group[] byMagnitude = new Group[65];
        List<Group> nonEmpty = new ArrayList<>();
        for (int m = 0; m < byMagnitude.length; m++) {
            if (groupSizes[m] > 0) {
                byMagnitude[m] = new Group(groupSizes[m]);
                nonEmpty.add(byMagnitude[m]);
            }
        }
        for (int k = 0; k < count; k++) {
            int i = members[k];
            byMagnitude[magnitude(start, end, i)].add(i, start[i], end[i] - start[i]);
        }
        this.groups = List.copyOf(nonEmpty);
    }

    /** Calls {@code action} with every member whose interval [start, end) intersects [from, to). */
    void forEach(long from, long to, IntConsumer action) {
        for (Group group : groups) {
            int lo = lowerBound(group.starts, group.size, saturatedMinus(from, group.longest));
            int hi = lowerBound(group.starts, group.size, to);
            for (int k = lo; k < hi; k++) {
                int i = group.members[k];
                if (end[i] > from) {
                    action.accept(i);
                }
            }
        }
    }

    int count(long from, long to) {
        int[] count = {0};
        forEach(from, to, i -> count[0]++);
        return count[0];
    }

    private static int magnitude(long[] start, long[] end, int i) {
        return 64 - Long.numberOfLeadingZeros(Math.max(0, end[i] - start[i]));
    }

    private static long saturatedMinus(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? Long.MIN_VALUE : r;
    }

    /** The first position whose start is at or after {@code key}. */
    private static int lowerBound(long[] sorted, int size, long key) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final class Group {
        final int[] members;
        final long[] starts;
        int size;
        long longest;

        Group(int capacity) {
            members = new int[capacity];
            starts = new long[capacity];
        }

        void add(int member, long start, long duration) {
            members[size] = member;
            starts[size] = start;
            size++;
            longest = Math.max(longest, duration);
        }
    }
}
