package org.ammreader.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A model file that could not be read or is not valid: every problem found, with the file's name. */
public final class ModelException extends Exception {

    /** Whether the file could not be read at all (exit status 1) or was read and found invalid (2). */
    public enum Kind { UNREADABLE, INVALID }

    private final String file;
    private final Kind kind;
    private final List<Problem> problems;
    private final boolean cutShort;

    public ModelException(String file, Kind kind, List<Problem> problems) {
        this(file, kind, problems, false);
    }

    /** @param cutShort whether reading stopped after these problems, so that there may be more */
    public ModelException(String file, Kind kind, List<Problem> problems, boolean cutShort) {
        super(file + ": " + problems.size() + (cutShort ? "+" : "") + " problem(s)", null, false, false);
        this.file = file;
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.cutShort = cutShort;
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

    /** Whether the reading stopped after so many problems that the file may have more than {@link #problems()}. */
    public boolean isCutShort() {
        return cutShort;
    }

    /**
     * Each problem on its own line, as {@code FILE:LINE:COLUMN: /pointer: message}, in {@code locale}; then, if the
     * reading was cut short, a line saying so.
     */
    public List<String> describe(Locale locale) {
        ProblemFormatter formatter = new ProblemFormatter(locale);
        return lines(problem -> formatter.format(file, problem));
    }

    /** The lines of {@link #describe(Locale)} without the file's name, for a dialog that names the file once. */
    public List<String> describeWithoutFile(Locale locale) {
        return lines(new ProblemFormatter(locale)::withoutFile);
    }

    private List<String> lines(Function<Problem, String> line) {
        List<String> lines = new ArrayList<>(problems.stream().map(line).toList());
        if (cutShort) {
            lines.add(line.apply(new Problem(null, Problem.UNKNOWN, Problem.UNKNOWN, "problem.more",
                    List.of(problems.size()))));
        }
        return List.copyOf(lines);
    }
}
