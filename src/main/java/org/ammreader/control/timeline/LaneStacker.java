package org.ammreader.control.timeline;

/**
 * Puts the items of one lane into rows so that items that overlap in time never share a row, using as few
 * rows as the deepest overlap needs (interval partitioning: each item takes the lowest row that is free
 * at its start). O(n log n) on primitive heaps, so a 100,000-item lane restacks in milliseconds.
 */
final class LaneStacker {

    private LaneStacker() {
    }

    /**
     * Assigns {@code rows[i]} for every index {@code i} in {@code members} (sorted by start) and returns
     * the number of rows used. Intervals are half-open: an item may start exactly where another ends.
     */
    static int stack(int[] members, int count, long[] start, long[] end, int[] rows) {
        // Rows in use, by the time they become free; rows free again, lowest first.
        LongIntHeap busy = new LongIntHeap(Math.max(1, count));
        LongIntHeap free = new LongIntHeap(Math.max(1, count));
        int used = 0;
        for (int k = 0; k < count; k++) {
            int i = members[k];
            while (!busy.isEmpty() && busy.peekKey() <= start[i]) {
                int row = busy.peekValue();
                busy.poll();
                free.add(row, row);
            }
            int row;
            if (free.isEmpty()) {
                row = used++;
            } else {
                row = free.peekValue();
                free.poll();
            }
            rows[i] = row;
            busy.add(end[i], row);
        }
        return used;
    }

    /** A binary min-heap of (long key, int value) pairs in two arrays: no boxing, no per-entry objects. */
    private static final class LongIntHeap {
        private final long[] keys;
        private final int[] values;
        private int size;

        LongIntHeap(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        long peekKey() {
            return keys[0];
        }

        int peekValue() {
            return values[0];
        }

        void add(long key, int value) {
            int k = size++;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[k] = keys[parent];
                values[k] = values[parent];
                k = parent;
            }
            keys[k] = key;
            values[k] = value;
        }

        void poll() {
            long key = keys[--size];
            int value = values[size];
            int k = 0;
            int half = size >>> 1;
            while (k < half) {
                int child = 2 * k + 1;
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (key <= keys[child]) {
                    break;
                }
                keys[k] = keys[child];
                values[k] = values[child];
                k = child;
            }
            keys[k] = key;
            values[k] = value;
        }
    }
}
