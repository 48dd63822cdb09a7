package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.cli.Cli;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.testing.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → New week…'s form without a window: what it refuses, and the file it writes. */
class NewWeekTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);

    @TempDir
    Path folder;

    private static NewWeek form(String title, LocalDate start, LocalDate end, String zone, String first,
                                String second) {
        return new NewWeek(title, start, end, zone, first, second);
    }

    private static NewWeek valid() {
        return form("G20 Summit, Johannesburg", START, START.plusDays(4), "Africa/Johannesburg", "en", "fr");
    }

    @Test
    void aValidFormWritesAFileThatValidateAccepts() throws IOException, ModelException {
        NewWeek week = valid();
        assertEquals(List.of(), week.problems());
        Path file = folder.resolve(week.suggestedFileName());

        week.write(file);

        assertEquals("g20-summit-johannesburg.json", file.getFileName().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH,
                new ModelLoader(JsonMappers.create())).run("--validate", file.toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("valid; 1 meeting over 5 days, 1 document, 1 area"),
                out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(file), FolderContents.of(folder),
                "no temporary file is left beside it");

        Model model = new ModelLoader(JsonMappers.create()).load(file);
        assertEquals("G20 Summit, Johannesburg", model.title().get("en"));
        assertEquals("G20 Summit, Johannesburg", model.title().get("fr"));
        assertEquals(List.of("en", "fr"), model.languages());
        assertEquals("Africa/Johannesburg", model.timeZone().getId());
        assertEquals(START.plusDays(4), model.endDate());
        assertEquals(1, model.tracks().size());
        assertEquals(1, model.areas().size());
        Meeting meeting = model.meetings().get(0);
        assertEquals(START, meeting.date(), "the meeting is on the first day");
        assertEquals(Optional.of(LocalTime.of(10, 0)), meeting.start());
        assertEquals(1, model.documents().size());
        assertEquals(1, model.documents().get(0).paragraphs().size());
        assertTrue(meeting.title().get("fr").startsWith("Première réunion"), meeting.title().get("fr"));
        assertTrue(meeting.title().get("en").startsWith("First meeting"), meeting.title().get("en"));
        String rendition = model.documents().get(0).rendition().get("fr");
        assertTrue(rendition.contains("texte\u00a0: le") && !rendition.contains(" :"),
                "French placeholders keep French typography: " + rendition);
    }

    @Test
    void otherLanguagesGetThePlaceholdersToo() throws IOException, ModelException {
        NewWeek week = form("Sommet de l’OTAN à La Haye", START, START, "Europe/Amsterdam", "nl", "fr");
        Path file = folder.resolve(week.suggestedFileName());

        week.write(file);

        assertEquals("sommet-de-l-otan-a-la-haye.json", file.getFileName().toString());
        Model model = new ModelLoader(JsonMappers.create()).load(file);
        assertEquals(List.of("nl", "fr"), model.languages());
        assertEquals(1, model.dayCount());
        assertTrue(model.meetings().get(0).title().get("nl").startsWith("First meeting"));
    }

    @Test
    void aTitleWithoutLettersStillGivesAnId() throws IOException, ModelException {
        NewWeek week = form("—", START, START.plusDays(1), "UTC", "en", "fr");
        Path file = folder.resolve(week.suggestedFileName());
        week.write(file);
        assertEquals("my-week", new ModelLoader(JsonMappers.create()).load(file).id());
    }

    @Test
    void anEmptyTitleIsRefused() {
        assertEquals(List.of("newWeek.problem.title"),
                form("  ", START, START.plusDays(4), "Asia/Bangkok", "en", "fr").problems());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertEquals(List.of("newWeek.problem.endBeforeStart"),
                form("Week", START, START.minusDays(1), "Asia/Bangkok", "en", "fr").problems());
    }

    @Test
    void aMissingDateIsRefused() {
        assertEquals(List.of("newWeek.problem.dates"), form("Week", START, null, "Asia/Bangkok", "en", "fr").problems());
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        assertEquals(List.of("newWeek.problem.timeZone"),
                form("Week", START, START, "Asia/Atlantis", "en", "fr").problems());
        assertEquals(List.of("newWeek.problem.timeZone"), form("Week", START, START, "", "en", "fr").problems());
    }

    @Test
    void theSameLanguageTwiceIsRefused() {
        assertEquals(List.of("newWeek.problem.sameLanguage"),
                form("Week", START, START, "Asia/Bangkok", "fr", "fr").problems());
    }

    @Test
    void aLanguageThatIsNotTwoLettersIsRefused() {
        assertEquals(List.of("newWeek.problem.language"),
                form("Week", START, START, "Asia/Bangkok", "english", "fr").problems());
        assertEquals(List.of("newWeek.problem.language"),
                form("Week", START, START, "Asia/Bangkok", "en", "").problems());
    }

    @Test
    void everyProblemIsSaidAtOnceAndNoModelIsMade() {
        NewWeek week = form("", START, START.minusDays(2), "Nowhere/Else", "en", "en");
        assertEquals(List.of("newWeek.problem.title", "newWeek.problem.endBeforeStart", "newWeek.problem.timeZone",
                "newWeek.problem.sameLanguage"), week.problems());
        assertFalse(week.isValid());
        assertThrows(IllegalStateException.class, week::model);
    }

    @Test
    void everyProblemHasItsMessageInBothInterfaceLanguages() {
        for (String key : List.of("newWeek.problem.title", "newWeek.problem.dates", "newWeek.problem.endBeforeStart",
                "newWeek.problem.timeZone", "newWeek.problem.language", "newWeek.problem.sameLanguage")) {
            for (String language : Messages.UI_LANGUAGES) {
                String message = Messages.forLanguage(language).get(key);
                assertFalse(message.isBlank() || message.equals(key), language + " " + key);
            }
        }
        assertEquals("Le dernier jour précède le premier.",
                Messages.forLanguage("fr").get("newWeek.problem.endBeforeStart"));
    }
}
