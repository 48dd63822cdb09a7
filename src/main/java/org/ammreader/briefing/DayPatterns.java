package org.ammreader.briefing;

/** Edits DateTimeFormatter patterns, respecting their quoted literal text ('de' in Spanish patterns). */
final class DayPatterns {

    private DayPatterns() {
    }

    /** The pattern with its day-of-month field (a lone unquoted {@code d}) replaced by {@code replacement}. */
    static String replaceDay(String pattern, String replacement) {
        StringBuilder result = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            boolean lone = c == 'd' && (i == 0 || pattern.charAt(i - 1) != 'd')
                    && (i == pattern.length() - 1 || pattern.charAt(i + 1) != 'd');
            result.append(!quoted && lone ? replacement : String.valueOf(c));
        }
        return result.toString();
    }
}
