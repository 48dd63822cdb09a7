package org.ammreader.viewmodel;

import java.util.ArrayList;
import java.util.List;
import org.ammreader.io.ModelException;
import org.ammreader.io.Problem;

/**
 * The problems of a save of the open model's file, with the file's lines as they were read, so that each problem
 * can be shown in its place.
 */
public record FileProblems(ModelException exception, List<String> lines) {

    /** Lines shown before and after a problem's line. */
    public static final int CONTEXT = 2;

    public FileProblems {
        lines = List.copyOf(lines);
    }

    public List<Problem> problems() {
        return exception.problems();
    }

    /**
     * The lines around the problem's place, each with its number, and under its line a caret at its column:
     * <pre>
     *   41 |       "areas": ["cyber-security"],
     *      |                 ^
     * </pre>
     * Empty text when the problem has no place in the file (a missing property, an unreadable file).
     */
    public String excerpt(Problem problem) {
        if (!problem.isLocated() || problem.line() > lines.size()) {
            return "";
        }
        int first = Math.max(1, problem.line() - CONTEXT);
        int last = Math.min(lines.size(), problem.line() + CONTEXT);
        int width = String.valueOf(last).length();
        List<String> shown = new ArrayList<>();
        for (int number = first; number <= last; number++) {
            String line = lines.get(number - 1);
            shown.add(String.format("%" + width + "d | %s", number, line));
            if (number == problem.line()) {
                shown.add(" ".repeat(width) + " | " + caretPadding(line, problem.column()) + "^");
            }
        }
        return String.join("\n", shown);
    }

    /** The blanks before the caret: tabs kept as tabs, so the caret lines up under a tab-indented line too. */
    private static String caretPadding(String line, int column) {
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            padding.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return padding.toString();
    }
}
