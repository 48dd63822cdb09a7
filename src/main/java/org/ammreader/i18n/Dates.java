package org.ammreader.i18n;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Date ranges written as people write them: "29 July – 3 August 2019", « du 29 juillet au 3 août 2019 ». */
public final class Dates {

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

    /** French writes the first of the month as « 1er ». */
    private static String frenchDay(String formatted, LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" + formatted.substring(1) : formatted;
    }

    public static String full(LocalDate date, Locale locale) {
        String formatted = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
        return "fr".equals(locale.getLanguage()) && date.getDayOfMonth() == 1
                ? formatted.replaceFirst(" 1 ", " 1er ") : formatted;
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
