package org.ammreader.io;

import java.util.List;
import java.util.Locale;

/** A model file that could not be read or is not valid: every problem found, with the file's name. */
public final class ModelException extends Exception {

    /** Whether the file could not be read at all (exit status 1) or was read and found invalid (2). */
    public enum Kind { UNREADABLE, INVALID }

    private final String file;
    private final Kind kind;
    private final List<Problem> problems;

    public ModelException(String file, Kind kind, List<Problem> problems) {
        super(file + ": " + problems.size() + " problem(s)", null, false, false);
        this.file = file;
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Each problem on its own line, as {@code FILE:LINE:COLUMN: /pointer: message}, in {@code locale}. */
    public List<String> describe(Locale locale) {
        ProblemFormatter formatter = new ProblemFormatter(locale);
        return problems.stream().map(p -> formatter.format(file, p)).toList();
    }
}
