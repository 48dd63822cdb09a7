package org.ammreader.control.timeline;

/**
 * The display order of items: by start, then lane (unknown lanes last), then end, ties kept in input
 * order. A merge sort on primitive indexes: sorting 100,000 boxed indexes through a comparator chain took
 * hundreds of milliseconds; this takes a few, and nearly nothing for input that is already in order.
 */
final class StartOrder {

    private static final int INSERTION_LIMIT = 24;

    private final long[] start;
    private final int[] lane;
    private final long[] end;

    private StartOrder(long[] start, int[] lane, long[] end) {
        this.start = start;
        this.lane = lane;
        this.end = end;
    }

    /** The indexes 0..n-1 in display order; {@code lane} -1 means unknown. */
    static int[] of(long[] start, int[] lane, long[] end) {
        int n = start.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        new StartOrder(start, lane, end).sort(order, new int[n], 0, n);
        return order;
    }

    private int compare(int a, int b) {
        int c = Long.compare(start[a], start[b]);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(laneRank(lane[a]), laneRank(lane[b]));
        return c != 0 ? c : Long.compare(end[a], end[b]);
    }

    private static int laneRank(int lane) {
        return lane < 0 ? Integer.MAX_VALUE : lane;
    }

    private void sort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= INSERTION_LIMIT) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sort(a, tmp, lo, mid);
        sort(a, tmp, mid, hi);
        if (compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
