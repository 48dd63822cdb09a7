package org.ammreader.io;

import java.util.List;

/**
 * One thing wrong with a model file: where (a JSON pointer, and a line and column once located) and what
 * (a message key of the {@code problems} bundle with its arguments, so it reads in the user's language).
 */
public record Problem(String pointer, int line, int column, String key, List<Object> args) {

    public static final int UNKNOWN = 0;

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem at(String pointer, String key, Object... args) {
        return new Problem(pointer, UNKNOWN, UNKNOWN, key, List.of(args));
    }

    public static Problem located(String pointer, int line, int column, String key, Object... args) {
        return new Problem(pointer, line, column, key, List.of(args));
    }

    public boolean isLocated() {
        return line != UNKNOWN;
    }

    public Problem withLocation(int newLine, int newColumn) {
        return new Problem(pointer, newLine, newColumn, key, args);
    }
}
