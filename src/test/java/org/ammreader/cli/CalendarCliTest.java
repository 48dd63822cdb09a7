package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.ammreader.calendar.CalendarWriter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.testing.FolderContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --export-ics as a user runs it; the file read back by a real iCalendar parser (ical4j) and checked against the model. */
class CalendarCliTest {

    private static Model bundled;

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void loadModel() throws ModelException {
        bundled = new ModelLoader(JsonMappers.create()).loadBundled();
    }

    static Calendar parse(Path file) throws IOException, ParserException {
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        }
    }

    static Map<String, VEvent> eventsByUid(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().collect(Collectors.toMap(
                event -> event.getProperty(Property.UID).orElseThrow().getValue(), Function.identity()));
    }

    private static Temporal start(VEvent event) {
        return event.getDateTimeStart().getDate();
    }

    @Test
    void everyMeetingOfTheBundledWeekIsOneEventAtTheModelsTime() throws Exception {
        Path target = folder.resolve("week.ics");
        assertEquals(0, cli.run("--export-ics", target.toString()));
        List<Meeting> meetings = bundled.meetings();
        assertEquals(target + ": calendar written, " + meetings.size() + " events", cli.out().strip());
        Map<String, VEvent> events = eventsByUid(parse(target));
        assertEquals(meetings.size(), events.size());
        for (Meeting meeting : meetings) {
            VEvent event = events.get(CalendarWriter.uid(bundled, meeting));
            Temporal start = start(event);
            if (meeting.start().isPresent()) {
                ZonedDateTime expected = meeting.date().atTime(meeting.start().get()).atZone(bundled.timeZone());
                assertTrue(start instanceof ZonedDateTime, meeting.id() + " is timed: " + start);
                assertEquals(expected.toInstant(), ((ZonedDateTime) start).toInstant(), meeting.id());
                meeting.time().endOrStartPlusDuration().ifPresent(end -> assertEquals(
                        meeting.lastDate().atTime(end).atZone(bundled.timeZone()).toInstant(),
                        ((ZonedDateTime) event.getDateTimeEnd().getDate()).toInstant(), meeting.id()));
            } else {
                assertEquals(meeting.date(), start, meeting.id() + " is an all-day event");
                assertEquals(meeting.lastDate().plusDays(1), event.getDateTimeEnd().getDate(),
                        meeting.id() + " ends (exclusively) the day after its last day");
            }
            assertEquals(meeting.title().get("en"), event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        }
    }

    @Test
    void theDescriptionSaysWhatTheCalendarCannotShow() throws Exception {
        Path target = folder.resolve("week.ics");
        assertEquals(0, cli.run("--export-ics", target.toString()));
        Map<String, VEvent> events = eventsByUid(parse(target));
        Meeting approximate = bundled.meetings().stream().filter(m -> m.time().isApproximate()).findFirst()
                .orElseThrow();
        String about = description(events, approximate);
        assertTrue(about.contains("The start time is approximate"), about);
        assertTrue(about.contains("Time: about "), about);
        Meeting withChairs = bundled.meetings().stream().filter(m -> m.chairs().size() > 1).findFirst().orElseThrow();
        String chaired = description(events, withChairs);
        assertTrue(chaired.contains("Co-chairs: " + withChairs.chairs().get(0).get("en")), chaired);
        assertTrue(chaired.contains(withChairs.summary().get("en")), chaired);
        assertTrue(chaired.contains(withChairs.sources().get(0).url()), chaired);
        assertTrue(chaired.contains("Confidence: "), chaired);
        Meeting dayOnly = bundled.meetings().stream().filter(m -> !m.hasTime()).findFirst().orElseThrow();
        assertTrue(description(events, dayOnly).contains("The time of day is not reported"));
    }

    private static String description(Map<String, VEvent> events, Meeting meeting) {
        return events.get(CalendarWriter.uid(bundled, meeting)).getProperty(Property.DESCRIPTION).orElseThrow()
                .getValue();
    }

    @Test
    void everyLineEndsInCrlfAndNoneIsLongerThan75Octets() throws IOException {
        Path target = folder.resolve("week.ics");
        assertEquals(0, cli.run("--export-ics", target.toString(), "--lang", "fr"));
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare line feed");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void frenchGivesTheFrenchTitlesAndWords() throws Exception {
        Path target = folder.resolve("semaine.ics");
        assertEquals(0, cli.run("--export-ics", target.toString(), "--lang", "fr"));
        Map<String, VEvent> events = eventsByUid(parse(target));
        Meeting first = bundled.meetings().get(0);
        VEvent event = events.get(CalendarWriter.uid(bundled, first));
        assertEquals(first.title().get("fr"), event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("Fiabilité\u00A0: "));
    }

    @Test
    void areasNarrowTheEventsToTheMeetingsTheFilterShows() throws Exception {
        Path target = folder.resolve("cyber.ics");
        assertEquals(0, cli.run("--export-ics", target.toString(), "--areas", "cyber"));
        Map<String, VEvent> events = eventsByUid(parse(target));
        AreaFilter cyber = AreaFilter.of(List.of("cyber"));
        List<String> expected = bundled.meetings().stream().filter(m -> cyber.matches(m.areas()))
                .map(m -> CalendarWriter.uid(bundled, m)).sorted().toList();
        assertTrue(expected.size() > 0 && expected.size() < bundled.meetings().size(), "cyber is a real narrowing");
        assertEquals(expected, events.keySet().stream().sorted().toList());
    }

    @Test
    void aSecondExportGivesEveryMeetingTheSameUid() throws Exception {
        Path first = folder.resolve("first.ics");
        Path second = folder.resolve("second.ics");
        assertEquals(0, cli.run("--export-ics", first.toString()));
        assertEquals(0, cli.run("--export-ics", second.toString(), "--lang", "fr"));
        assertEquals(eventsByUid(parse(first)).keySet(), eventsByUid(parse(second)).keySet());
    }

    @Test
    void aReadOnlyPlaceIsExplainedAndNothingIsWritten() throws IOException {
        // /sys refuses new files even to root, which a folder with its write bits removed does not.
        Path target = Path.of("/sys/amm-reader-week.ics");
        assertEquals(1, cli.run("--export-ics", target.toString()));
        assertEquals("amm-reader: cannot write " + target + ": writing in /sys is not allowed. Nothing was written;"
                + " a previous file there is unchanged.", cli.err().strip());
        try (Stream<Path> left = Files.list(Path.of("/sys"))) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("amm-reader-week")));
        }
    }

    @Test
    void anUnknownAreaIsAUsageErrorAndNoFile() throws IOException {
        Path target = folder.resolve("week.ics");
        assertEquals(2, cli.run("--export-ics", target.toString(), "--areas", "piracy"));
        assertTrue(cli.err().startsWith("amm-reader: unknown area \"piracy\""), cli.err());
        assertEquals(List.of(), FolderContents.of(folder));
    }

    @Test
    void allDayEventsOfTheModelAreDatesNotTimes() throws Exception {
        Path target = folder.resolve("week.ics");
        assertEquals(0, cli.run("--export-ics", target.toString()));
        long allDay = eventsByUid(parse(target)).values().stream().filter(e -> start(e) instanceof LocalDate).count();
        long timed = eventsByUid(parse(target)).values().stream().filter(e -> start(e) instanceof ZonedDateTime
                || start(e) instanceof LocalDateTime).count();
        assertEquals(bundled.meetings().stream().filter(m -> m.start().isEmpty()).count(), allDay);
        assertEquals(bundled.meetings().stream().filter(m -> m.start().isPresent()).count(), timed);
    }
}
