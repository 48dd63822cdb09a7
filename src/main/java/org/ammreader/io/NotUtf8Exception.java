package org.ammreader.io;

import java.io.IOException;
import java.util.Locale;

/** A model file holds a byte that is not UTF-8, at this line and column of its text. */
final class NotUtf8Exception extends IOException {

    private final transient Problem problem;

    NotUtf8Exception(int line, int column, int badByte) {
        super(String.format(Locale.ROOT, "byte 0x%02X at %d:%d is not UTF-8", badByte, line, column));
        this.problem = Problem.located("", line, column, "problem.encoding.notUtf8",
                String.format(Locale.ROOT, "%02X", badByte));
    }

    Problem problem() {
        return problem;
    }
}
