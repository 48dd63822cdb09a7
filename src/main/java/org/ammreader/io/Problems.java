package org.ammreader.io;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading a model, so that all of them are reported, not only the first. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String pointer, String key, Object... args) {
        found.add(Problem.at(pointer, key, args));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
