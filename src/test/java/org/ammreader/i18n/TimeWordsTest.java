package org.ammreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.PartOfDay;
import org.ammreader.model.TimePrecision;
import org.junit.jupiter.api.Test;

/** Times of day in words, each precision, in English, in French (no-break spaces) and in Spanish. */
class TimeWordsTest {

    private static final TimeWords ENGLISH = TimeWords.forLanguage("en");
    private static final TimeWords FRENCH = TimeWords.forLanguage("fr");
    private static final String NBSP = "\u00a0";

    private static MeetingTime time(String start, TimePrecision precision, String end, Integer minutes) {
        return new MeetingTime(Optional.of(LocalTime.parse(start)), precision, Optional.empty(),
                Optional.ofNullable(end).map(LocalTime::parse),
                Optional.ofNullable(minutes).map(m -> Duration.ofMinutes(m)));
    }

    private static MeetingTime part(PartOfDay part) {
        return new MeetingTime(Optional.empty(), TimePrecision.EXACT, Optional.of(part), Optional.empty(),
                Optional.empty());
    }

    @Test
    void clockTimes() {
        assertEquals("09:10", ENGLISH.clock(LocalTime.of(9, 10)));
        assertEquals("10:00", ENGLISH.clock(LocalTime.of(10, 0)));
        assertEquals("9" + NBSP + "h" + NBSP + "10", FRENCH.clock(LocalTime.of(9, 10)));
        assertEquals("10" + NBSP + "h", FRENCH.clock(LocalTime.of(10, 0)));
        assertEquals("0" + NBSP + "h" + NBSP + "05", FRENCH.clock(LocalTime.of(0, 5)));
    }

    @Test
    void exactApproximateRangesAndDurations() {
        assertEquals("09:10", ENGLISH.reading(time("09:10", TimePrecision.EXACT, null, null)));
        assertEquals("about 10:00", ENGLISH.reading(time("10:00", TimePrecision.APPROXIMATE, null, null)));
        assertEquals("vers 10" + NBSP + "h", FRENCH.reading(time("10:00", TimePrecision.APPROXIMATE, null, null)));
        assertEquals("10:00\u201311:00", ENGLISH.reading(time("10:00", TimePrecision.EXACT, "11:00", null)));
        assertEquals("de 10" + NBSP + "h à 11" + NBSP + "h" + NBSP + "30",
                FRENCH.reading(time("10:00", TimePrecision.EXACT, "11:30", null)));
        assertEquals("about 10:00\u201311:00", ENGLISH.reading(time("10:00", TimePrecision.APPROXIMATE, "11:00", null)));
        assertEquals("16:30 (30 min)", ENGLISH.reading(time("16:30", TimePrecision.EXACT, null, 30)));
        assertEquals("16" + NBSP + "h" + NBSP + "30 (30" + NBSP + "min)",
                FRENCH.reading(time("16:30", TimePrecision.EXACT, null, 30)));
        assertEquals("about 15:00 (about 3 h 30 min)",
                ENGLISH.reading(time("15:00", TimePrecision.APPROXIMATE, null, 210)));
        assertEquals("vers 15" + NBSP + "h (environ 3" + NBSP + "h" + NBSP + "30)",
                FRENCH.reading(time("15:00", TimePrecision.APPROXIMATE, null, 210)));
        assertEquals("2 h", ENGLISH.duration(Duration.ofHours(2)));
    }

    @Test
    void partsOfTheDay() {
        assertEquals("morning", ENGLISH.reading(part(PartOfDay.MORNING)));
        assertEquals("afternoon", ENGLISH.reading(part(PartOfDay.AFTERNOON)));
        assertEquals("evening", ENGLISH.reading(part(PartOfDay.EVENING)));
        assertEquals("matin", FRENCH.reading(part(PartOfDay.MORNING)));
        assertEquals("après-midi", FRENCH.reading(part(PartOfDay.AFTERNOON)));
        assertEquals("soir", FRENCH.reading(part(PartOfDay.EVENING)));
    }

    @Test
    void aLanguageWithoutItsOwnWordsGetsEnglishAndSpanishHasItsOwn() {
        assertEquals("about 10:00", TimeWords.forLanguage("de").reading(time("10:00", TimePrecision.APPROXIMATE,
                null, null)));
        assertEquals("por la tarde", TimeWords.forLanguage("es").reading(part(PartOfDay.AFTERNOON)));
    }
}
