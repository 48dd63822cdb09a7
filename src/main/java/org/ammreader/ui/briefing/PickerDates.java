package org.ammreader.ui.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.util.StringConverter;
import org.ammreader.i18n.Dates;

/**
 * A period picker's dates in the interface's language, "Thu 1 Aug 2019", « jeu. 1er août 2019 », not the
 * computer's; a date is read back as written so, or as ISO 8601 (2019-08-01). What cannot be read gives the
 * picker's date as it was: a null would reach the view-model through a binding that then ignores its refusal.
 */
final class PickerDates extends StringConverter<LocalDate> {

    private static final String PATTERN = "EEE d MMM yyyy";

    private final DateTimeFormatter shown;
    private final DateTimeFormatter read;
    private final Supplier<LocalDate> current;

    PickerDates(Locale locale, Supplier<LocalDate> current) {
        this.current = current;
        this.shown = Dates.formatter(PATTERN, locale);
        this.read = DateTimeFormatter.ofPattern(PATTERN, locale);
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        String typed = text == null ? "" : text.strip();
        // French writes the first of the month « 1er »: read it as the plain number the pattern expects.
        String plain = typed.replaceFirst("(^|\\s)1er(\\s|$)", "$11$2");
        for (DateTimeFormatter format : new DateTimeFormatter[] {read, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return LocalDate.parse(plain, format);
            } catch (DateTimeParseException e) {
                // Try the next way of writing it; none left means the text is not a date.
            }
        }
        return current.get();
    }
}
