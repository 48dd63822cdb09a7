package org.ammreader.briefing;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ammreader.i18n.TimeWords;
import org.ammreader.model.Meeting;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.ZoneLabels;

/**
 * The sheet's own words (headings, "Page 1 of 2", date patterns) in the sheet's language, from the
 * {@code briefing} bundle. A language without its own bundle gets English, whatever the system's locale: the
 * sheet follows the content, not the computer it is printed on.
 */
final class BriefingLabels {

    private static final String BUNDLE = "org.ammreader.briefing.briefing";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final TimeWords times;

    BriefingLabels(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.times = TimeWords.forLanguage(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** A MessageFormat text of the bundle. */
    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A MessageFormat text of the bundle, unformatted: for a number known only once the sheet is laid out. */
    String pattern(String key) {
        return bundle.getString(key);
    }

    /** "Chair:" — the label with the colon the language writes (« Présidence : » in French). */
    String label(String key) {
        return text("label", text(key));
    }

    /** "Thursday", as a heading: capitalised, French « jeudi » → « Jeudi ». */
    String weekdayName(LocalDate date) {
        return capitalised(DateTimeFormatter.ofPattern("EEEE", locale).format(date));
    }

    /** "1 August", « 1er août », "4 de marzo": the date under a day's weekday. */
    String dayAndMonth(LocalDate date) {
        return date(date, "date.dayMonth");
    }

    /** "Thursday 1 August" within a sentence: « jusqu’au jeudi 1er août ». */
    String weekday(LocalDate date) {
        return date(date, "date.weekday");
    }

    private String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** "Thursday 1 August 2019", capitalised. */
    String weekdayWithYear(LocalDate date) {
        return capitalised(date(date, "date.weekday.year"));
    }

    String fullDate(LocalDate date) {
        return date(date, "date.full");
    }

    /** "29 July – 3 August 2019", « du 29 juillet au 3 août 2019 », "del 4 al 6 de marzo de 2024". */
    String dateRange(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return fullDate(first);
        }
        String start = first.getYear() != last.getYear() ? date(first, "date.full")
                : first.getMonth() != last.getMonth() ? date(first, "date.dayMonth") : date(first, "date.day");
        return text("date.range", start, fullDate(last));
    }

    /** A model's partial date (YYYY, YYYY-MM or YYYY-MM-DD) as people write it. */
    String partialDate(String value) {
        return switch (value.length()) {
            case 4 -> value;
            case 7 -> DateTimeFormatter.ofPattern(bundle.getString("date.month"), locale).format(YearMonth.parse(value));
            default -> fullDate(LocalDate.parse(value));
        };
    }

    /** A meeting's time of day with its precision: "about 10:00 (about 1 h)", « après-midi ». */
    String timeOfDay(Meeting meeting) {
        return times.of(meeting);
    }

    String time(LocalTime time) {
        return DateTimeFormatter.ofPattern(bundle.getString("time.pattern"), locale).format(time);
    }

    /**
     * "Indochina Time (UTC+7)": the zone's name in the sheet's language and its offset during the week. The
     * name comes from the JDK, which capitalises the French one; French writes it in lower case mid-sentence
     * (« heure d’Indochine »), as the bundle's {@code zone.lowerCase} says.
     */
    String zone(ZoneId zone, LocalDate onDate) {
        ZoneOffset offset = zone.getRules().getOffset(onDate.atStartOfDay());
        String name = zone.getDisplayName(TextStyle.FULL, locale).replace('\'', '\u2019');
        if (Boolean.parseBoolean(bundle.getString("zone.lowerCase"))) {
            name = name.substring(0, 1).toLowerCase(locale) + name.substring(1);
        }
        return text("zone", name, ZoneLabels.utcOffset(offset));
    }

    /**
     * Formats with a DateTimeFormatter pattern of the bundle, the day of the month written as the language writes
     * it ({@link Dates#dayOfMonth}: French « 1er »).
     */
    private String date(LocalDate date, String key) {
        String pattern = bundle.getString(key);
        String day = Dates.dayOfMonth(date, locale);
        if (!day.equals(String.valueOf(date.getDayOfMonth()))) {
            pattern = DayPatterns.replaceDay(pattern, "'" + day + "'");
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }
}
