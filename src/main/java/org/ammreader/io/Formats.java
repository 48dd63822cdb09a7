package org.ammreader.io;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The formats a model file holds most often, checked by hand: every meeting has a date and most have times,
 * every source an address and most a date, and matching them with regular expressions took a tenth of a load's
 * time (ADR 0030, 0032). Each check accepts exactly what its regular expression in the model format does.
 */
final class Formats {

    private Formats() {
    }

    /** {@code \d{4}-\d{2}-\d{2}}: digits in the shape of a date, not yet a real date. */
    static boolean isDate(String text) {
        return text.length() == 10 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                && text.charAt(7) == '-' && digits(text, 8, 10);
    }

    /** {@code ([01]\d|2[0-3]):[0-5]\d}: a time of day in hours and minutes, 00:00 to 23:59. */
    static boolean isTime(String text) {
        if (text.length() != 5 || !digits(text, 0, 2) || text.charAt(2) != ':' || !digits(text, 3, 5)) {
            return false;
        }
        int hours = (text.charAt(0) - '0') * 10 + text.charAt(1) - '0';
        return hours <= 23 && text.charAt(3) <= '5';
    }

    /** {@code \d{4}(-\d{2}(-\d{2})?)?}: a year, a month or a day, as sources are dated. */
    static boolean isPartialDate(String text) {
        return text.length() == 4 && digits(text, 0, 4)
                || text.length() == 7 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                || isDate(text);
    }

    /**
     * {@code https?://[^\s/?#]++[^\s]*+}: an address on the web, a host first, and no white space ({@code \s}
     * is the six ASCII spaces). Every source has one (ADR 0032).
     */
    static boolean isUrl(String text) {
        int host = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : text.length();
        if (host >= text.length() || "/?#".indexOf(text.charAt(host)) >= 0) {
            return false;
        }
        for (int i = host; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * The day a text {@link #isDate} accepts names, read without a formatter (a tenth of the binder's time went to
     * LocalDate.parse, ADR 0032); like it, a DateTimeException when there is no such day (2019-02-30).
     */
    static LocalDate date(String text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    }

    /** The time a text {@link #isTime} accepts, as LocalTime.parse reads it. */
    static LocalTime time(String text) {
        return LocalTime.of(number(text, 0, 2), number(text, 3, 5));
    }

    private static int number(String text, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + text.charAt(i) - '0';
        }
        return number;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
