package org.ammreader.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading a model, so that all of them are reported, not only the first — up to
 * {@link #KEPT}, after which reading stops. A damaged file of a few megabytes (a list of millions of empty objects,
 * each missing eight properties) would otherwise pile up tens of millions of problems, and as many half-read
 * meetings, and exhaust memory.
 */
final class Problems {

    /** More than anyone reads: once this many are found, the rest of the file is not read. */
    static final int KEPT = 1_000;

    private final List<Problem> found = new ArrayList<>();

    void add(String pointer, String key, Object... args) {
        if (!isFull()) {
            found.add(Problem.at(pointer, key, args));
        }
    }

    /** Adds {@code others}' problems, as many as are still kept. */
    void addAll(Problems others) {
        for (Problem problem : others.found) {
            if (!isFull()) {
                found.add(problem);
            }
        }
    }

    /** Whether no more problems are kept: the reading should stop, there may be more. */
    boolean isFull() {
        return found.size() >= KEPT;
    }

    int size() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
