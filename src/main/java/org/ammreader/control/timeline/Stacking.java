package org.ammreader.control.timeline;

import java.util.Arrays;

/**
 * The rows of the shown items in each lane, the start of the next item in each item's row (how much room
 * its title has beside the bar), the items of each lane in start order (for moving between lanes) and
 * the index that finds the shown items of a time window. Computed once per items or hide-filter change,
 * never per frame.
 */
final class Stacking {

    /** {@code hidden[i]}: the item is filtered out (hide mode) or in an unknown lane; it takes no room. */
    final boolean[] hidden;
    final int[] row;
    /** Rows used by each lane (at least one, so an empty lane keeps its place). */
    final int[] laneRows;
    /** Start of the next item in the same lane and row, or {@link Long#MAX_VALUE}. */
    final long[] nextStartInRow;
    /** Per lane, the shown items sorted by start. */
    final int[][] laneMembers;
    final VisibleRange visible;
    /** Earliest start and latest end of the shown items; MAX/MIN_VALUE when none is shown. */
    final long earliest;
    final long latest;

    Stacking(ItemTable<?> table, boolean[] hidden) {
        int n = table.size();
        int laneCount = table.lanes.size();
        this.hidden = hidden;
        this.row = new int[n];
        this.laneRows = new int[laneCount];
        this.nextStartInRow = new long[n];
        Arrays.fill(nextStartInRow, Long.MAX_VALUE);

        int[] laneSizes = new int[laneCount];
        int shown = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (!hidden[i]) {
                laneSizes[table.lane[i]]++;
                shown++;
                first = Math.min(first, table.start[i]);
                last = Math.max(last, table.end[i]);
            }
        }
        earliest = first;
        latest = last;
        laneMembers = new int[laneCount][];
        for (int l = 0; l < laneCount; l++) {
            laneMembers[l] = new int[laneSizes[l]];
        }
        int[] all = new int[shown];
        int[] fill = new int[laneCount];
        int a = 0;
        for (int i = 0; i < n; i++) {
            if (!hidden[i]) {
                int l = table.lane[i];
                laneMembers[l][fill[l]++] = i;
                all[a++] = i;
            }
        }
        for (int l = 0; l < laneCount; l++) {
            int[] members = laneMembers[l];
            laneRows[l] = Math.max(1, LaneStacker.stack(members, members.length, table.start, table.end, row));
            linkRows(members, laneRows[l], table.start);
        }
        visible = new VisibleRange(all, shown, table.start, table.end);
    }

    boolean shown(int i) {
        return !hidden[i];
    }

    private void linkRows(int[] members, int rows, long[] start) {
        int[] lastInRow = new int[rows];
        Arrays.fill(lastInRow, -1);
        for (int i : members) {
            int r = row[i];
            if (lastInRow[r] >= 0) {
                nextStartInRow[lastInRow[r]] = start[i];
            }
            lastInRow[r] = i;
        }
    }
}
