package org.ammreader.control.timeline;

import java.util.Arrays;

/** A growable list of ints reused from frame to frame, so collecting the visible items allocates nothing. */
final class IntList {

    private int[] values = new int[256];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int k) {
        return values[k];
    }
}
