package org.ammreader.bench;

/**
 * A goal of the benchmark: a limit on the median or on the 95th percentile of a measurement. Interactive latencies
 * (a frame, a filter change) are judged on their p95, since a user feels the slow ones; one-off operations (a load,
 * an export, the start) on their median, which the shared machine's load disturbs least; both are always shown.
 */
record Goal(String text, boolean onP95, double limit) {

    static final Goal NONE = new Goal("—", false, Double.NaN);

    static Goal p95AtMost(double limit, String text) {
        return new Goal(text, true, limit);
    }

    static Goal medianAtMost(double limit, String text) {
        return new Goal(text, false, limit);
    }

    /** "met", "**missed**", or "—" when there is no goal; null stats mean the row could not be measured. */
    String verdict(Stats stats) {
        if (stats == null) {
            return "not measured";
        }
        if (Double.isNaN(limit)) {
            return "—";
        }
        double value = onP95 ? stats.p95() : stats.median();
        return value <= limit ? "met" : "**missed**";
    }
}
