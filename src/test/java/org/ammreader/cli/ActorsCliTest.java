package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.component.VEvent;
import org.ammreader.calendar.CalendarWriter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.ammreader.testing.FolderContents;
import org.ammreader.testing.PdfText;
import org.ammreader.testing.PngWords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --delegations and --people as a user runs them (ADR 0020), on a small model whose first meeting involves the EU,
 * Mike Pompeo (United States) and Sergey Lavrov (Russia), and whose second is Thailand's, in the trade area.
 */
class ActorsCliTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();
    private Path model;
    private Model loaded;

    @BeforeEach
    void writeModel() throws Exception {
        model = folder.resolve("actors.json");
        Files.write(model, ActorsCliTest.class.getResourceAsStream("/models/actors.json").readAllBytes());
        loaded = new ModelLoader(JsonMappers.create()).load(Files.readAllBytes(model), "actors.json");
    }

    private Map<String, VEvent> events(String... args) throws Exception {
        Path target = folder.resolve("week.ics");
        List<String> all = new ArrayList<>(List.of("--export-ics", target.toString(), "--model",
                model.toString()));
        all.addAll(List.of(args));
        assertEquals(0, cli.run(all.toArray(String[]::new)), cli.err());
        return CalendarCliTest.eventsByUid(CalendarCliTest.parse(target));
    }

    private String uid(String meetingId) {
        return CalendarWriter.uid(loaded, loaded.meeting(meetingId).orElseThrow());
    }

    @Test
    void exportIcsWithDelegationsEuWritesTheEusMeetings() throws Exception {
        assertEquals(List.of(uid("first")), List.copyOf(events("--delegations", "eu").keySet()));
        assertTrue(cli.out().strip().endsWith("calendar written, 1 event"), cli.out());
    }

    @Test
    void aDelegationTakesInTheMeetingsOfItsPeople() throws Exception {
        assertEquals(List.of(uid("first")), List.copyOf(events("--delegations", "us").keySet()));
    }

    @Test
    void delegationsAndAreasCombineByAnd() throws Exception {
        assertEquals(List.of(uid("second")), List.copyOf(events("--delegations", "th", "--areas", "trade").keySet()));
        assertEquals(Map.of(), events("--delegations", "eu", "--areas", "trade"));
        assertEquals(Map.of(), events("--delegations", "eu,th"));
    }

    @Test
    void theBundledWeekForTheEuHasTheAseanEuMeetingAndNotTheAseanUsOne() throws Exception {
        Model bundled = new ModelLoader(JsonMappers.create()).loadBundled();
        Path target = folder.resolve("eu.ics");
        assertEquals(0, cli.run("--export-ics", target.toString(), "--delegations", "eu"), cli.err());
        Map<String, VEvent> events = CalendarCliTest.eventsByUid(CalendarCliTest.parse(target));
        List<String> expected = bundled.meetings().stream()
                .filter(m -> bundled.delegationsOf(m).contains("eu")).map(m -> CalendarWriter.uid(bundled, m)).toList();
        assertEquals(Set.copyOf(expected), events.keySet());
        assertTrue(events.containsKey(CalendarWriter.uid(bundled, bundled.meeting("asean-eu-pmc").orElseThrow())));
        assertFalse(events.containsKey(CalendarWriter.uid(bundled, bundled.meeting("asean-us-pmc").orElseThrow())));
    }

    @Test
    void briefingWithPeopleIsOnePersonsWeek() throws IOException {
        Path target = folder.resolve("lavrov.pdf");
        assertEquals(0, cli.run("--briefing", target.toString(), "--model", model.toString(), "--people",
                "sergey-lavrov"));
        String text = PdfText.of(target);
        assertTrue(text.contains("First meeting"), text);
        assertFalse(text.contains("Second meeting"), text);
        assertTrue(text.contains("Sergey Lavrov"), text);
    }

    @Test
    void anUnknownDelegationIsExitTwoWithTheKnownOnesAndNoFile() throws IOException {
        Path target = folder.resolve("week.ics");
        assertEquals(2, cli.run("--export-ics", target.toString(), "--model", model.toString(), "--delegations",
                "eu,ue"));
        assertTrue(cli.err().startsWith("amm-reader: --delegations: unknown delegation \"ue\"; the model’s "
                + "delegations are: eu, us, ru, th"), cli.err());
        assertEquals(List.of(model), FolderContents.of(folder));
    }

    @Test
    void anUnknownPersonIsExitTwoInFrenchToo() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli french = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.FRENCH,
                new ModelLoader(JsonMappers.create()));
        Path target = folder.resolve("semaine.png");
        assertEquals(2, french.run("--export-png", target.toString(), "--model", model.toString(), "--people",
                "wang-yi"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("amm-reader\u00a0: --people\u00a0: personne "
                + "«\u00a0wang-yi\u00a0» inconnue\u00a0; les personnes du modèle sont\u00a0: mike-pompeo, "
                + "sergey-lavrov"), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(model), FolderContents.of(folder));
    }

    @Test
    void thePicturesTitleLineNamesTheAreasTheCountAndThePeopleInTheContentLanguage() throws IOException {
        Path target = folder.resolve("semaine.png");
        assertEquals(0, cli.run("--export-png", target.toString(), "--model", model.toString(), "--areas", "cyber",
                "--people", "mike-pompeo", "--lang", "fr", "--scale", "1"), cli.err());
        assertEquals("Cybersécurité \u00b7 1 réunion sur 2 \u00b7 Mike Pompeo", PngWords.of(target).get("Description"));
    }

    @Test
    void peopleWithoutAnOutputIsAUsageError() {
        assertEquals(2, cli.run("--validate", "--people", "mike-pompeo"));
        assertTrue(cli.err().startsWith("amm-reader: --people only applies to --briefing, --export-png and "
                + "--export-ics"), cli.err());
    }
}
