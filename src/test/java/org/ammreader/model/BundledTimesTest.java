package org.ammreader.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The times of day of the bundled week, as FACTS.md §7 gives them: each with its precision, one disputed. */
class BundledTimesTest {

    private static Model model;

    @BeforeAll
    static void load() throws ModelException {
        model = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    private static Meeting meeting(String id) {
        return model.meeting(id).orElseThrow();
    }

    private static void assertStart(String id, LocalDate date, LocalTime start, TimePrecision precision,
                                    Optional<Duration> duration) {
        Meeting meeting = meeting(id);
        assertEquals(date, meeting.date(), id);
        assertEquals(Optional.of(start), meeting.start(), id);
        assertEquals(precision, meeting.time().precision(), id);
        assertEquals(duration, meeting.time().duration(), id);
        assertFalse(meeting.isTimeDisputed(), id);
    }

    private static void assertPartOfDay(String id, LocalDate date, PartOfDay part) {
        Meeting meeting = meeting(id);
        assertEquals(date, meeting.date(), id);
        assertEquals(Optional.of(part), meeting.time().partOfDay(), id);
        assertEquals(Optional.empty(), meeting.start(), id);
        assertTrue(meeting.note().isPresent(), id + ": a time this weak says where it comes from");
    }

    @Test
    void exactTimes() {
        assertStart("amm52-opening", LocalDate.of(2019, 7, 31), LocalTime.of(9, 10), TimePrecision.EXACT,
                Optional.empty());
        assertStart("tsd-9", LocalDate.of(2019, 8, 1), LocalTime.of(16, 0), TimePrecision.EXACT,
                Optional.of(Duration.ofMinutes(40)));
        assertStart("us-japan-rok-trilateral", LocalDate.of(2019, 8, 2), LocalTime.of(16, 30), TimePrecision.EXACT,
                Optional.of(Duration.ofMinutes(30)));
    }

    @Test
    void theAseanJapanMeetingBeganAboutTenForAboutAnHour() {
        assertStart("asean-japan-pmc", LocalDate.of(2019, 8, 1), LocalTime.of(10, 0), TimePrecision.APPROXIMATE,
                Optional.of(Duration.ofHours(1)));
    }

    @Test
    void partsOfTheDayFromPreviewsAndInferences() {
        LocalDate july31 = LocalDate.of(2019, 7, 31);
        LocalDate august1 = LocalDate.of(2019, 8, 1);
        LocalDate august2 = LocalDate.of(2019, 8, 2);
        assertPartOfDay("asean-china-pmc", july31, PartOfDay.AFTERNOON);
        assertPartOfDay("asean-russia-pmc", july31, PartOfDay.AFTERNOON);
        assertPartOfDay("asean-nz-pmc", july31, PartOfDay.AFTERNOON);
        assertPartOfDay("mgc-10", august1, PartOfDay.AFTERNOON);
        assertPartOfDay("pompeo-don-talks", august1, PartOfDay.AFTERNOON);
        assertPartOfDay("apt-fmm-20", august2, PartOfDay.MORNING);
        assertPartOfDay("pompeo-siam-society", august2, PartOfDay.MORNING);
        assertPartOfDay("mekong-rok-9", LocalDate.of(2019, 8, 3), PartOfDay.MORNING);
    }

    @Test
    void theArfStartIsDisputedAndKeepsBothReadings() {
        Meeting arf = meeting("arf-26");
        assertEquals(Optional.of(LocalTime.of(15, 0)), arf.start());
        assertEquals(TimePrecision.APPROXIMATE, arf.time().precision());
        assertEquals(Optional.of(Duration.ofMinutes(210)), arf.time().duration());
        assertTrue(arf.isTimeDisputed());
        AlternativeTime korean = arf.alternativeTime().orElseThrow();
        assertEquals(Optional.of(LocalTime.of(14, 0)), korean.time().start());
        assertTrue(korean.note().get("en").contains("14:00") && korean.note().get("en").contains("15:00"));
        assertTrue(korean.note().get("fr").contains("14\u202fh") && korean.note().get("fr").contains("15\u202fh"));
    }

    @Test
    void meetingsWithNoReportedTimeHaveNone() {
        for (String id : List.of("asean-eu-pmc", "asean-us-pmc", "lmi-12", "mekong-japan-12", "eas-fmm-9")) {
            assertFalse(meeting(id).hasTime(), id);
        }
    }
}
