package org.ammreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate FIRST = LocalDate.of(2019, 8, 1);
    private static final LocalDate SECOND = LocalDate.of(2019, 8, 2);

    @Test
    void frenchAxisPatternsWriteTheFirstAsPremier() {
        assertEquals("jeu. 1er août", Dates.formatter("EEE d MMM", Locale.FRENCH).format(FIRST));
        assertEquals("ven. 2 août", Dates.formatter("EEE d MMM", Locale.FRENCH).format(SECOND));
        assertEquals("1er", Dates.formatter("d", Locale.FRENCH).format(FIRST));
        assertEquals("jeu. 1er", Dates.formatter("EEE d", Locale.FRENCH).format(FIRST));
    }

    @Test
    void otherPatternsAndLanguagesAreTheJdks() {
        assertEquals("Thu 1 Aug", Dates.formatter("EEE d MMM", Locale.UK).format(FIRST));
        assertEquals("01/08", Dates.formatter("dd/MM", Locale.FRENCH).format(FIRST));
        assertEquals("août 2019", Dates.formatter("MMMM yyyy", Locale.FRENCH).format(FIRST));
    }

    @Test
    void runningTextAndTheAxisAgree() {
        assertEquals("jeudi 1er août 2019", Dates.withWeekday(FIRST, Locale.FRENCH));
        assertEquals("1er août 2019", Dates.day(FIRST, Locale.FRENCH));
    }
}
