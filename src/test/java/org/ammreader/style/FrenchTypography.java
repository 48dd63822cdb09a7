package org.ammreader.style;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Paris desk would strike in a French text: a missing no-break space around « », before ; : ! ? and
 * before the month of a date, in a time (« 10 h 30 ») or after « M. » and « Mme », typewriter apostrophes and quotes, and English
 * ordinals or date forms.
 */
final class FrenchTypography {

    private static final String NO_BREAK = "\u00A0\u202F";
    private static final String MONTHS =
            "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";
    private static final Pattern DATE = Pattern.compile("\\b(1er|\\d{1,2}) (" + MONTHS + ")\\b");
    private static final Pattern HOUR = Pattern.compile("\\b\\d{1,2}(?: h\\b|[\\u00A0\\u202F]h \\d{2}\\b)");
    private static final Pattern TITLE = Pattern.compile("\\b(M\\.|Mme|Mlle|MM\\.) (?=\\p{Lu})");
    private static final Pattern ENGLISH_ORDINAL = Pattern.compile("\\b\\d+(st|nd|rd|th)\\b");
    private static final Pattern ENGLISH_MONTH = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b");

    /** Names that carry their own punctuation, as their owners write them. */
    static final List<String> PROPER_NAMES = List.of("NOW! Jakarta");

    private FrenchTypography() {
    }

    /** Each fault as "what is wrong; what is expected", in the order met. */
    static List<String> faults(String written) {
        String text = ProperNames.masked(written, PROPER_NAMES);
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : '\n';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (";:!?»".indexOf(c) >= 0 && isPunctuation(c, after) && NO_BREAK.indexOf(before) < 0) {
                faults.add((before == ' ' ? "an ordinary space" : "no space") + " before “" + c + "” at “"
                        + around(text, i) + "”; expected a no-break space (U+00A0 or U+202F)");
            }
            if (c == '«' && NO_BREAK.indexOf(after) < 0) {
                faults.add("no no-break space after “«” at “" + around(text, i)
                        + "”; expected a no-break space (U+00A0 or U+202F)");
            }
            if (c == '\'') {
                faults.add("a typewriter apostrophe at “" + around(text, i) + "”; expected ’");
            }
            if (c == '"') {
                faults.add("a typewriter quote at “" + around(text, i) + "”; expected « » with no-break spaces");
            }
        }
        find(DATE, text, faults, m -> "an ordinary space before the month in “" + m.group()
                + "”; expected a no-break space");
        find(HOUR, text, faults, m -> "an ordinary space in the time “" + m.group()
                + "”; expected no-break spaces (« 10 h 30 »)");
        find(TITLE, text, faults, m -> "an ordinary space after “" + m.group(1) + "”; expected a no-break space");
        find(ENGLISH_ORDINAL, text, faults, m -> "an English ordinal “" + m.group() + "”; expected 1er, 2e, 3e…");
        find(ENGLISH_MONTH, text, faults, m -> "an English month “" + m.group()
                + "”; expected the French date (« 1er août »)");
        return faults;
    }

    /**
     * A mark used as punctuation, not a colon in 09:10 or https://, nor a question mark in a web address: French
     * punctuation is followed by a space, a closing sign or the end of the text.
     */
    private static boolean isPunctuation(char mark, char after) {
        return mark == '»' || Character.isWhitespace(after) || NO_BREAK.indexOf(after) >= 0 || ")»,.\n".indexOf(after) >= 0;
    }

    private static void find(Pattern pattern, String text, List<String> faults,
            java.util.function.Function<Matcher, String> fault) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            faults.add(fault.apply(m));
        }
    }

    static String around(String text, int at) {
        int from = Math.max(0, at - 12);
        int to = Math.min(text.length(), at + 12);
        return text.substring(from, to).replace('\u00A0', '⍽').replace('\u202F', '⍽').replace("\n", "\\n");
    }
}
