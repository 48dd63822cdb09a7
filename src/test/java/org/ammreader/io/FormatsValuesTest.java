package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The dates and times read by hand are the ones LocalDate.parse and LocalTime.parse read, and fail where they do. */
class FormatsValuesTest {

    @Test
    void everyDateOfTheShapeReadsAsLocalDateParseReadsIt() {
        int read = 0;
        for (String year : new String[] {"0000", "1999", "2000", "2019", "2100", "9999"}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format("%s-%02d-%02d", year, month, day);
                    LocalDate expected = parsedOrNull(text);
                    if (expected == null) {
                        assertThrows(DateTimeException.class, () -> Formats.date(text), text);
                    } else {
                        assertEquals(expected, Formats.date(text), text);
                        read++;
                    }
                }
            }
        }
        assertEquals(6 * 365 + 2, read, "every real day of six years, two of them leap years (0000 and 2000)");
    }

    @Test
    void everyTimeOfTheShapeReadsAsLocalTimeParseReadsIt() {
        for (int hours = 0; hours <= 23; hours++) {
            for (int minutes = 0; minutes <= 59; minutes++) {
                String text = String.format("%02d:%02d", hours, minutes);
                assertEquals(LocalTime.parse(text), Formats.time(text), text);
            }
        }
    }

    private static LocalDate parsedOrNull(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
