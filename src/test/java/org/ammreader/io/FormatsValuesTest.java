package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dates and times read by hand are the ones LocalDate.parse and LocalTime.parse read, and fail where they do;
 * the addresses and partial dates checked by hand are the ones the model format's regular expressions accept.
 */
class FormatsValuesTest {

    @Test
    void anAddressIsAcceptedExactlyWhenItsRegularExpressionMatches() {
        Predicate<String> regex = Pattern.compile("https?://[^\\s/?#]++[^\\s]*+").asMatchPredicate();
        List<String> texts = new ArrayList<>();
        String[] schemes = {"", "http://", "https://", "http:/", "https:", "ftp://", "HTTP://", "httpx://"};
        for (String scheme : schemes) {
            for (String rest : words(new String[] {"a", "/", "?", "#", " ", "\t", "\u000B", "\f", "\r", "\n", "\u00A0",
                    "\u2003", "é", ":"}, 3)) {
                texts.add(scheme + rest);
            }
        }
        int accepted = 0;
        for (String text : texts) {
            assertEquals(regex.test(text), Formats.isUrl(text), text);
            accepted += Formats.isUrl(text) ? 1 : 0;
        }
        // After http:// or https://, a host letter (5 of the 14) then any of the 8 that are not white space, up to
        // three letters: 2 × (5 + 40 + 320); and "http:/" + "/…" (5 + 40), "https:" + "//…" (5).
        assertEquals(2 * (5 + 40 + 320) + 45 + 5, accepted);
    }

    @Test
    void aPartialDateIsAcceptedExactlyWhenItsRegularExpressionMatches() {
        Predicate<String> regex = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?").asMatchPredicate();
        int accepted = 0;
        for (String text : words(new String[] {"1", "-", "x", "٣"}, 10)) {
            assertEquals(regex.test(text), Formats.isPartialDate(text), text);
            accepted += Formats.isPartialDate(text) ? 1 : 0;
        }
        assertEquals(3, accepted, "1111, 1111-11 and 1111-11-11");
    }

    /** Every word of at most {@code length} letters from {@code letters}, the empty one included. */
    private static List<String> words(String[] letters, int length) {
        List<String> words = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int i = 0; i < length; i++) {
            List<String> longer = new ArrayList<>();
            for (String word : last) {
                for (String letter : letters) {
                    longer.add(word + letter);
                }
            }
            words.addAll(longer);
            last = longer;
        }
        return words;
    }

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
