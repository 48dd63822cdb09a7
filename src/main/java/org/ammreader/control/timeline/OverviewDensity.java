package org.ammreader.control.timeline;

/**
 * How many shown items are under way in each of a fixed number of equal slices of the whole extent: the
 * overview strip's histogram. Built once per snapshot and extent in time linear in the items plus the slices
 * (a difference array: +1 where an item starts, -1 after it ends, then a running sum), so a frame only reads it.
 */
final class OverviewDensity {

    /** Slices of the extent: finer than any screen's axis, so a frame takes each pixel column's peak. */
    static final int BUCKETS = 4096;

    private final TimelineData<?> data;
    private final TimeWindow extent;
    private final int[] counts;
    private final int max;

    private OverviewDensity(TimelineData<?> data, TimeWindow extent, int[] counts, int max) {
        this.data = data;
        this.extent = extent;
        this.counts = counts;
        this.max = max;
    }

    /** The items {@code data} shows normally (neither hidden nor faded by the filter) counted over {@code extent}. */
    static OverviewDensity of(TimelineData<?> data, TimeWindow extent) {
        int[] delta = new int[BUCKETS + 1];
        ItemTable<?> table = data.table;
        for (int i = 0; i < table.size(); i++) {
            if (!data.selectable(i) || table.end[i] <= extent.start() || table.start[i] >= extent.end()) {
                continue;
            }
            delta[bucket(table.start[i], extent)]++;
            delta[bucket(table.end[i] - 1, extent) + 1]--;
        }
        int[] counts = new int[BUCKETS];
        int running = 0;
        int max = 0;
        for (int b = 0; b < BUCKETS; b++) {
            running += delta[b];
            counts[b] = running;
            max = Math.max(max, running);
        }
        return new OverviewDensity(data, extent, counts, max);
    }

    /** Whether this was counted from exactly these: the strip rebuilds it only when one of them changed. */
    boolean isFor(TimelineData<?> other, TimeWindow otherExtent) {
        return data == other && extent.equals(otherExtent);
    }

    /** The most items under way in any slice; 0 when nothing is shown. */
    int max() {
        return max;
    }

    /** The most items under way in any slice overlapping [{@code from}, {@code to}) of the extent, as fractions. */
    int peak(double from, double to) {
        int first = (int) Math.max(0, Math.min(BUCKETS - 1, Math.floor(from * BUCKETS)));
        int last = (int) Math.max(first, Math.min(BUCKETS - 1, Math.ceil(to * BUCKETS) - 1));
        int peak = 0;
        for (int b = first; b <= last; b++) {
            peak = Math.max(peak, counts[b]);
        }
        return peak;
    }

    private static int bucket(long time, TimeWindow extent) {
        long clamped = Math.max(extent.start(), Math.min(extent.end() - 1, time));
        return (int) Math.min(BUCKETS - 1, (clamped - extent.start()) * (double) BUCKETS / extent.span());
    }
}
