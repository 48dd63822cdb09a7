package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZoneLabelsTest {

    private static final Instant AMM52 = Instant.parse("2019-08-01T02:00:00Z");

    @Test
    void namesTheZoneAndItsOffset() {
        assertEquals("ICT, UTC+7", ZoneLabels.describe(ZoneId.of("Asia/Bangkok"), AMM52, Locale.UK));
    }

    @Test
    void offsetsOfHalfAndQuarterHours() {
        assertEquals("UTC+5:45", ZoneLabels.utcOffset(ZoneOffset.ofHoursMinutes(5, 45)));
        assertEquals("UTC-3:30", ZoneLabels.utcOffset(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("UTC", ZoneLabels.utcOffset(ZoneOffset.UTC));
    }

    @Test
    void theOffsetFollowsDaylightSaving() {
        ZoneId paris = ZoneId.of("Europe/Paris");

        assertEquals("UTC+2", ZoneLabels.describe(paris, AMM52, Locale.UK).replaceAll(".*, ", ""));
        assertEquals("UTC+1", ZoneLabels.describe(paris, Instant.parse("2019-12-01T00:00:00Z"), Locale.UK)
                .replaceAll(".*, ", ""));
    }

    @Test
    void aZoneWithoutAnAbbreviationShowsOnlyItsOffset() {
        assertEquals("UTC+3", ZoneLabels.describe(ZoneOffset.ofHours(3), AMM52, Locale.UK));
        assertEquals("UTC", ZoneLabels.describe(ZoneOffset.UTC, AMM52, Locale.UK));
    }
}
