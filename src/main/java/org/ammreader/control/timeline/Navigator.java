package org.ammreader.control.timeline;

/**
 * Keyboard moves over a snapshot, as item indexes (-1: nowhere to go). Only shown, unfaded items are
 * landed on. Moves start from the current item's place even when that item is itself faded or hidden,
 * so a filter change never strands the selection.
 */
final class Navigator {

    private final TimelineData<?> data;

    Navigator(TimelineData<?> data) {
        this.data = data;
    }

    int first() {
        return forwardFrom(0);
    }

    int last() {
        return backwardFrom(data.size() - 1);
    }

    /**
     * The next item in display order (start, then lane); the first one when {@code from} is -1. Another copy of
     * the item at {@code from} (the same item in another lane) is passed over: it is selected already.
     */
    int next(int from) {
        int k = forwardFrom(from + 1);
        while (k >= 0 && from >= 0 && data.item(k) == data.item(from)) {
            k = forwardFrom(k + 1);
        }
        return k;
    }

    /** The previous item in display order; the last one when {@code from} is -1. Copies are passed over. */
    int previous(int from) {
        int k = backwardFrom(from < 0 ? data.size() - 1 : from - 1);
        while (k >= 0 && from >= 0 && data.item(k) == data.item(from)) {
            k = backwardFrom(k - 1);
        }
        return k;
    }

    /** The first item that ends after {@code time}: where "next" starts with nothing selected. */
    int firstEndingAfter(long time) {
        ItemTable<?> t = data.table;
        for (int i = 0; i < t.size(); i++) {
            if (data.selectable(i) && t.end[i] > time) {
                return i;
            }
        }
        return -1;
    }

    /** The last item that starts before {@code time}: where "previous" starts with nothing selected. */
    int lastStartingBefore(long time) {
        ItemTable<?> t = data.table;
        for (int i = t.size() - 1; i >= 0; i--) {
            if (data.selectable(i) && t.start[i] < time) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The item nearest in start time to item {@code from} in the closest lane {@code direction} (-1 up,
     * +1 down) that has a selectable item; ties go to the earlier item.
     */
    int laneNeighbour(int from, int direction) {
        ItemTable<?> t = data.table;
        if (from < 0 || t.lane[from] < 0) {
            return -1;
        }
        long time = t.start[from];
        for (int l = t.lane[from] + direction; l >= 0 && l < t.lanes.size(); l += direction) {
            int found = nearestInLane(data.stacking.laneMembers[l], time);
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    private int nearestInLane(int[] members, long time) {
        long[] start = data.table.start;
        int lo = 0;
        int hi = members.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[members[mid]] < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int before = lo - 1;
        while (before >= 0 && !data.selectable(members[before])) {
            before--;
        }
        int after = lo;
        while (after < members.length && !data.selectable(members[after])) {
            after++;
        }
        if (before < 0) {
            return after < members.length ? members[after] : -1;
        }
        if (after >= members.length) {
            return members[before];
        }
        long distanceBefore = time - start[members[before]];
        long distanceAfter = start[members[after]] - time;
        return distanceBefore <= distanceAfter ? members[before] : members[after];
    }

    private int forwardFrom(int from) {
        for (int i = Math.max(0, from); i < data.size(); i++) {
            if (data.selectable(i)) {
                return i;
            }
        }
        return -1;
    }

    private int backwardFrom(int from) {
        for (int i = Math.min(from, data.size() - 1); i >= 0; i--) {
            if (data.selectable(i)) {
                return i;
            }
        }
        return -1;
    }
}
