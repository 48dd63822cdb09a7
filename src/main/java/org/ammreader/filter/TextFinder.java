package org.ammreader.filter;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a query in a text the way a reader expects: ignoring case and accents ("securite" finds « sécurité »),
 * and treating typographic apostrophes and no-break spaces as their plain forms, so that typing l'ASEAN finds
 * l’ASEAN. Ranges refer to the original text: folding keeps one character for one character.
 */
public final class TextFinder {

    /** The characters {@code start} (included) to {@code end} (excluded) of a text. */
    public record Range(int start, int end) {
    }

    private TextFinder() {
    }

    /** Every non-overlapping occurrence of {@code query} in {@code text}, in order; none for a blank query. */
    public static List<Range> find(String text, String query) {
        String needle = fold(query.strip());
        if (needle.isEmpty()) {
            return List.of();
        }
        String haystack = fold(text);
        List<Range> found = new ArrayList<>();
        int from = haystack.indexOf(needle);
        while (from >= 0) {
            found.add(new Range(from, from + needle.length()));
            from = haystack.indexOf(needle, from + needle.length());
        }
        return found;
    }

    /** The text with each character replaced by its folded form; always the same length as the text. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char fold(char c) {
        switch (c) {
            case '\u00A0', '\u202F', '\u2009', '\u2007' -> {
                return ' ';
            }
            case '\u2019', '\u2018', '\u02BC' -> {
                return '\'';
            }
            default -> {
                // A precomposed letter decomposes into its base letter first, then its accents.
                char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
                return Character.toLowerCase(base);
            }
        }
    }
}
