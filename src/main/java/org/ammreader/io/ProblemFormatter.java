package org.ammreader.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Turns a {@link Problem} into the line a person reads: {@code FILE:LINE:COLUMN: /pointer: message}. */
public final class ProblemFormatter {

    /** Longer than any id, date or address of a model, long enough for a list of a dozen ids. */
    private static final int LONGEST_VALUE = 120;

    private final ResourceBundle bundle;
    private final Locale locale;

    public ProblemFormatter(Locale locale) {
        this.locale = locale;
        // Without falling back to the system's language: English asked on a French system must give English.
        this.bundle = ResourceBundle.getBundle("org.ammreader.i18n.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String format(String file, Problem problem) {
        return file + (problem.isLocated() ? ":" : ": ") + withoutFile(problem);
    }

    /** The line without the file's name, {@code LINE:COLUMN: /pointer: message}, for a view that names it once. */
    public String withoutFile(Problem problem) {
        StringBuilder line = new StringBuilder();
        if (problem.isLocated()) {
            line.append(problem.line()).append(':').append(problem.column()).append(": ");
        }
        if (problem.pointer() != null) {
            line.append(problem.pointer().isEmpty() ? "/" : problem.pointer()).append(": ");
        }
        return line.append(message(problem)).toString();
    }

    /** The message alone, without file or place. */
    public String message(Problem problem) {
        Object[] args = problem.args().stream().map(this::localize).toArray();
        MessageFormat format = new MessageFormat(bundle.getString(problem.key()), locale);
        return format.format(args);
    }

    /**
     * Arguments that are themselves message keys (such as "type.string") are translated too; a value from the file
     * that is very long (a name, an id, a text) is cut short, so that each problem stays one readable line.
     */
    private Object localize(Object arg) {
        if (arg instanceof String s && s.startsWith("type.") && bundle.containsKey(s)) {
            return bundle.getString(s);
        }
        if (arg instanceof String s && s.length() > LONGEST_VALUE) {
            int end = Character.isHighSurrogate(s.charAt(LONGEST_VALUE - 1)) ? LONGEST_VALUE - 1 : LONGEST_VALUE;
            return s.substring(0, end) + "…";
        }
        return arg;
    }
}
