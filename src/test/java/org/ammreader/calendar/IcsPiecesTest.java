package org.ammreader.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The iCalendar text rules and the computed VTIMEZONE, read back by ical4j. */
class IcsPiecesTest {

    /**
     * A week across a change of offset, under a zone name ical4j does not know, so that it can only place the times
     * by the VTIMEZONE written here.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Bangkok"})
    void timesAcrossAChangeOfOffsetArePlacedByTheWrittenTimeZone(String zoneId) throws Exception {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDate first = LocalDate.of(2019, 10, 24);
        LocalDate last = LocalDate.of(2019, 11, 8);
        List<LocalDateTime> times = first.datesUntil(last.plusDays(1)).flatMap(day -> List.of(day.atTime(0, 30),
                day.atTime(12, 0), day.atTime(23, 45)).stream()).toList();
        IcsText ics = new IcsText().line("BEGIN:VCALENDAR").line("VERSION:2.0").line("PRODID:-//test//test//EN");
        TimeZoneComponent.write(ics, zone, first, last);
        for (int i = 0; i < times.size(); i++) {
            ics.line("BEGIN:VEVENT").line("UID:" + i + "@test").line("DTSTAMP:20190101T000000Z")
                    .line("DTSTART;TZID=" + zoneId + ":" + times.get(i).toString().replace("-", "").replace(":", "")
                            + "00")
                    .line("END:VEVENT");
        }
        String text = ics.line("END:VCALENDAR").toString().replace(zoneId, "Test/Unknown");
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            int i = Integer.parseInt(event.getProperty(Property.UID).orElseThrow().getValue().split("@")[0]);
            ZonedDateTime read = (ZonedDateTime) event.getDateTimeStart().getDate();
            assertEquals(times.get(i).atZone(zone).toInstant(), read.toInstant(), zoneId + " " + times.get(i));
        }
    }

    @Test
    void offsetsCarrySecondsOnlyWhenTheyHaveSome() {
        assertEquals("+0700", TimeZoneComponent.offset(ZoneOffset.ofHours(7)));
        assertEquals("-0330", TimeZoneComponent.offset(ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("+064204", TimeZoneComponent.offset(ZoneOffset.ofHoursMinutesSeconds(6, 42, 4)));
    }

    @Test
    void longLinesAreFoldedAt75OctetsNeverInsideACharacter() {
        String value = "Déclaration « ASEAN–UE » sur la coopération en matière de cybersécurité — ".repeat(4);
        String text = new IcsText().line("SUMMARY:" + IcsText.escape(value)).toString();
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= IcsText.MAX_OCTETS, line);
        }
        assertEquals("SUMMARY:" + value, text.replace("\r\n ", "").replaceFirst("\r\n$", ""));
    }

    @Test
    void textValuesEscapeTheirSpecialCharacters() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", IcsText.escape("a, b; c\\ d\ne"));
        assertEquals("one\\ntwo", IcsText.escape("one\r\ntwo"));
    }
}
