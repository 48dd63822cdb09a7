package org.ammreader.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/** Date ranges written as people write them: "29 July – 3 August 2019", « du 29 juillet au 3 août 2019 ». */
public final class Dates {

    /** A day-of-month letter on its own ("d", not "dd" or "D"): the field that French writes « 1er » on the first. */
    private static final Pattern LONE_DAY = Pattern.compile("(?<![dD'])d(?![dD'])");
    private static final Map<Long, String> FRENCH_DAYS = LongStream.rangeClosed(1, 31).boxed()
            .collect(Collectors.toMap(day -> day, day -> dayOfMonth(LocalDate.of(2000, 1, day.intValue()),
                    Locale.FRENCH)));

    private Dates() {
    }

    public static String range(LocalDate first, LocalDate last, Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
        String start = first.getYear() == last.getYear() ? dayMonth.format(first) : full.format(first);
        if (french) {
            return "du " + frenchDay(start, first) + " au " + frenchDay(full.format(last), last);
        }
        return start + " \u2013 " + full.format(last);
    }

    /**
     * The day of the month as the language writes it: French writes the first « 1er », every other day and every
     * other language the number. The one place of this rule: the window, the reader, the PNG and the sheet use it.
     */
    public static String dayOfMonth(LocalDate date, Locale locale) {
        return "fr".equals(locale.getLanguage()) && date.getDayOfMonth() == 1 ? "1er"
                : String.valueOf(date.getDayOfMonth());
    }

    /**
     * A formatter for a JDK date pattern that writes the day of the month as {@link #dayOfMonth} does: in French,
     * "EEE d MMM" gives « jeu. 1er août ». Other languages get the JDK's pattern as it is.
     */
    public static DateTimeFormatter formatter(String pattern, Locale locale) {
        if (!"fr".equals(locale.getLanguage()) || !LONE_DAY.matcher(pattern).find()) {
            return DateTimeFormatter.ofPattern(pattern, locale);
        }
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        Matcher day = LONE_DAY.matcher(pattern);
        int from = 0;
        while (day.find()) {
            if (day.start() > from) {
                builder.appendPattern(pattern.substring(from, day.start()));
            }
            builder.appendText(ChronoField.DAY_OF_MONTH, FRENCH_DAYS);
            from = day.end();
        }
        if (from < pattern.length()) {
            builder.appendPattern(pattern.substring(from));
        }
        return builder.toFormatter(locale);
    }

    /** A date {@code formatted} with its day of the month first, that day written as {@link #dayOfMonth}. */
    private static String frenchDay(String formatted, LocalDate date) {
        return dayOfMonth(date, Locale.FRENCH) + formatted.substring(String.valueOf(date.getDayOfMonth()).length());
    }

    /** "Thursday 1 August 2019", « jeudi 1er août 2019 ». */
    public static String withWeekday(LocalDate date, Locale locale) {
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        String rest = DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(date);
        return weekday + " " + dayOfMonth(date, locale) + " " + rest;
    }

    /** A date as precise as it is known (YYYY, YYYY-MM or YYYY-MM-DD): "2017", "August 2019", « 1er août 2019 ». */
    public static String partial(String value, Locale locale) {
        return switch (value.length()) {
            case 4 -> value;
            case 7 -> DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(YearMonth.parse(value));
            default -> day(LocalDate.parse(value), locale);
        };
    }

    /** One day as it is written in running text: "1 August 2019", « 1er août 2019 », "6 de marzo de 2024". */
    public static String day(LocalDate date, Locale locale) {
        String language = locale.getLanguage();
        if ("en".equals(language) || "fr".equals(language)) {
            String formatted = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
            return "fr".equals(language) ? frenchDay(formatted, date) : formatted;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
