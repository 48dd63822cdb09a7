package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ammreader.io.HostileCorpus.HostileCase;
import org.ammreader.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of the hostile corpus, loaded in-process: the exact first message with its line, column and pointer,
 * the kind of failure (which decides the exit status), and plain words in English and French throughout.
 */
class HostileFilesTest {

    /** Words of the JSON parser that must never reach a user. */
    static final Pattern JARGON = Pattern.compile("START_|END_|VALUE_|FIELD_NAME|JsonNode|JsonToken|Feature|"
            + "code \\d|`|Exception|Source: |REDACTED|end-of-input|token '");

    @TempDir
    Path folder;

    private final ModelLoader loader = new ModelLoader(JsonMappers.create());

    static List<HostileCase> cases() {
        return HostileCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheFirstProblemInPlainWords(HostileCase hostile) throws IOException, ModelException {
        Path file = hostile.materialize(folder);
        assumeFalse(hostile.deniesReading() && Files.isReadable(file),
                "running as root, who may read any file: an unreadable file cannot be made here");
        if (hostile.status() == 0) {
            Model model = loader.load(file);
            assertEquals("minimal-week", model.id());
            return;
        }
        ModelException e = assertThrows(ModelException.class, () -> loader.load(file));
        assertEquals(hostile.status() == 1 ? ModelException.Kind.UNREADABLE : ModelException.Kind.INVALID, e.kind());
        List<String> english = e.describe(Locale.ENGLISH);
        assertEquals(hostile.firstLine(file), english.get(0));
        for (String line : english) {
            assertFalse(JARGON.matcher(line).find(), line);
        }
        for (String line : e.describe(Locale.FRENCH)) {
            assertFalse(JARGON.matcher(line).find(), line);
        }
    }

    @Test
    void everySemanticErrorIsReportedAtOnce() throws IOException {
        Path file = HostileCorpus.cases().stream().filter(c -> c.name().equals("all-semantic-errors.json"))
                .findFirst().orElseThrow().materialize(folder);
        ModelException e = assertThrows(ModelException.class, () -> loader.load(file));
        assertEquals(List.of(
                "6:15: /timeZone: unknown time zone \"Asia/Bangkock\"; expected a name such as \"Asia/Bangkok\"",
                "9:61: /venue/de: \"de\" is not one of the model’s languages (en, fr)",
                "12:74: /areas/1/color: \"brown\" is not a colour; expected #RRGGBB, such as #1F77B4",
                "13:12: /areas/2/id: the id \"cyber\" is already used (at /areas/0)",
                "18:12: /tracks/2/id: the id \"pmc\" is already used (at /tracks/0)",
                "21:5: /meetings/0: a meeting marked \"disputed\" needs a \"note\" saying why",
                "23:16: /meetings/0/track: unknown track \"plenary\" (declared: pmc, side)",
                "27:14: /meetings/0/end: the end (08:30) must come after the start (09:00)",
                "28:31: /meetings/0/chairs/1: the \"fr\" text is missing; every text needs one in each language (en, fr)",
                "29:50: /meetings/0/summary/fr: this text is empty",
                "30:26: /meetings/0/areas/1: unknown area \"cyber-security\" (declared: cyber, trade)",
                "31:21: /meetings/0/documents/0: unknown document \"statment\" (declared: statement)",
                "33:70: /meetings/0/sources/0/url: \"ftp://example.org/a\" is not a web address; expected one "
                        + "starting with https:// or http://",
                "35:5: /meetings/1: a meeting marked \"unverified\" needs a \"note\" saying why",
                "39:15: /meetings/1/date: 2019-08-05 is outside the week (2019-07-29 to 2019-08-03)",
                "40:14: /meetings/1/end: an end time needs a start time",
                "47:13: /meetings/2/id: the id \"first\" is already used (at /meetings/0)",
                "51:18: /meetings/2/endDate: the last day (2019-08-01) must come after the first (2019-08-02)",
                "62:18: /meetings/3/endDate: 2019-08-09 is outside the week (2019-07-29 to 2019-08-03)",
                "73:15: /documents/0/date: 2019-07-20 is outside the week (2019-07-29 to 2019-08-03)",
                "74:18: /documents/0/meeting: unknown meeting \"frist\" (declared: first, second, fourth)",
                "78:41: /documents/0/paragraphs/0/areas/1: unknown area \"maritime\" (declared: cyber, trade)",
                "79:16: /documents/0/paragraphs/1/id: the id \"p1\" is already used (at /documents/0/paragraphs/0)",
                "84:13: /documents/1/id: the id \"statement\" is already used (at /documents/0)",
                "96:12: /facts/1/id: the id \"fact\" is already used (at /facts/0)"),
                e.describe(Locale.ENGLISH).stream().map(line -> line.substring(file.toString().length() + 1)).toList());
    }

    @Test
    void aMisspeltPropertyIsNamedWithTheRightSpelling() throws IOException {
        Path file = HostileCorpus.cases().stream().filter(c -> c.name().equals("misspelt-property.json"))
                .findFirst().orElseThrow().materialize(folder);
        ModelException e = assertThrows(ModelException.class, () -> loader.load(file));
        assertEquals(List.of(file + ":1:1: /: the required property \"meetings\" is missing",
                file + ":18:3: /meetnigs: unknown property \"meetnigs\"; did you mean \"meetings\"?"),
                e.describe(Locale.ENGLISH));
    }

    @Test
    void aFileLargerThanHalfTheMemoryIsRefusedBeforeReading() throws IOException {
        Path file = Files.writeString(folder.resolve("week.json"), "{}".repeat(600_000));
        ModelException e = assertThrows(ModelException.class,
                () -> new ModelLoader(JsonMappers.create(), 1_000_000).load(file));
        assertEquals(ModelException.Kind.UNREADABLE, e.kind());
        assertEquals(List.of(file + ": this file is 2 MB, more than the application can read with the memory it "
                + "was given (1 MB at most)"), e.describe(Locale.ENGLISH));
    }
}
