package org.ammreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZoneLabelsTest {

    private static final LocalDate AMM52 = LocalDate.of(2019, 8, 1);

    @Test
    void namesTheZoneAndItsOffset() {
        assertEquals("ICT, UTC+7", ZoneLabels.label(ZoneId.of("Asia/Bangkok"), AMM52, Locale.UK));
    }

    @Test
    void offsetsOfHalfAndQuarterHours() {
        assertEquals("UTC+5:45", ZoneLabels.utcOffset(ZoneOffset.ofHoursMinutes(5, 45)));
        assertEquals("UTC\u22123:30", ZoneLabels.utcOffset(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("UTC", ZoneLabels.utcOffset(ZoneOffset.UTC));
    }

    @Test
    void theOffsetFollowsDaylightSaving() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertEquals("UTC+2", ZoneLabels.label(paris, AMM52, Locale.UK).replaceAll(".*, ", ""));
        assertEquals("UTC+1", ZoneLabels.label(paris, LocalDate.of(2019, 12, 1), Locale.UK)
                .replaceAll(".*, ", ""));
    }

    @Test
    void aZoneWithoutAnAbbreviationShowsOnlyItsOffset() {
        assertEquals("UTC+3", ZoneLabels.label(ZoneOffset.ofHours(3), AMM52, Locale.UK));
        assertEquals("UTC", ZoneLabels.label(ZoneOffset.UTC, AMM52, Locale.UK));
    }
}
