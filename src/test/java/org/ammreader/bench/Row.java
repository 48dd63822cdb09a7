package org.ammreader.bench;

/**
 * One line of the results table.
 *
 * @param what     the measurement, e.g. "frame, panning (all zoom levels)"
 * @param meetings the model: a number of meetings, "bundled" or "—"
 * @param stats    the measured values, or null when not measured
 * @param unit     "ms", "MB" or "×"
 * @param goal     the goal, or {@link Goal#NONE}
 * @param note     why it was not measured, or anything a reader needs beside the numbers; may be empty
 */
record Row(String what, String meetings, Stats stats, String unit, Goal goal, String note) {

    static Row of(String what, String meetings, Stats stats, String unit, Goal goal) {
        return new Row(what, meetings, stats, unit, goal, "");
    }

    static Row notMeasured(String what, String meetings, String unit, Goal goal, String reason) {
        return new Row(what, meetings, null, unit, goal, reason);
    }

    String verdict() {
        return goal.verdict(stats);
    }
}
