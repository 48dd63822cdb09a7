package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.model.AlternativeTime;
import org.ammreader.model.Confidence;
import org.ammreader.model.Fact;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Model;
import org.ammreader.model.PartOfDay;
import org.ammreader.model.Source;
import org.ammreader.model.TimePrecision;
import org.junit.jupiter.api.Test;

/**
 * Each kind of problem a model file can have, reported with its message, line, column and JSON pointer.
 * The cases start from a small valid model and change one thing; the expected place is found in the
 * changed text itself.
 */
class ModelLoaderTest {

    private static final String FILE = "week.json";
    private final ModelLoader loader = new ModelLoader(JsonMappers.create());
    private final String minimal = resource("/models/minimal.json");

    static String resource(String name) {
        try (InputStream in = ModelLoaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Model load(String text) throws ModelException {
        return loader.load(text.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private List<String> problems(String text) {
        ModelException e = assertThrows(ModelException.class, () -> load(text));
        return e.describe(Locale.ENGLISH);
    }

    /** Replaces the one occurrence of {@code from}; fails if it is not exactly one. */
    private String change(String from, String to) {
        int first = minimal.indexOf(from);
        assertTrue(first >= 0 && minimal.indexOf(from, first + 1) < 0, "not unique in the model: " + from);
        return minimal.replace(from, to);
    }

    /** "LINE:COLUMN" of the first occurrence of {@code needle} in {@code text}, counting from 1. */
    private static String at(String text, String needle) {
        return at(text, needle, needle);
    }

    /** "LINE:COLUMN" of {@code needle} where it first follows {@code context}. */
    private static String at(String text, String context, String needle) {
        int index = text.indexOf(needle, text.indexOf(context));
        assertTrue(text.indexOf(context) >= 0 && index >= 0, context + " / " + needle);
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = index - before.lastIndexOf('\n');
        return line + ":" + column;
    }

    private void assertSingleProblem(String text, String needle, String pointer, String message) {
        assertSingleProblem(text, needle, needle, pointer, message);
    }

    private void assertSingleProblem(String text, String context, String needle, String pointer, String message) {
        assertEquals(List.of(FILE + ":" + at(text, context, needle) + ": " + pointer + ": " + message), problems(text));
    }

    @Test
    void readsAValidModel() throws ModelException {
        Model model = load(minimal);
        assertEquals("Minimal test week", model.title().get("en"));
        assertEquals(List.of("en", "fr"), model.languages());
        Meeting first = model.meeting("first").orElseThrow();
        assertEquals("09:00", first.start().orElseThrow().toString());
        assertEquals("Chair One", first.chairs().get(0).get("fr"));
        assertEquals("Chair Two (Singapour)", first.chairs().get(1).get("fr"));
        assertEquals(Confidence.DISPUTED, model.meeting("second").orElseThrow().confidence());
        assertEquals(2, model.document("statement").orElseThrow().paragraphs().size());
        assertEquals(6, model.dayCount());
    }

    @Test
    void readsAModelWithThreeLanguages() throws ModelException {
        Model model = load(resource("/models/three-languages.json"));
        assertEquals(List.of("en", "fr", "es"), model.languages());
        assertTrue(model.title().get("es").startsWith("Semana"));
    }

    @Test
    void misspeltPropertyIsNamedWithASuggestion() {
        String text = change("\"meetings\": [", "\"meetnigs\": [");
        assertEquals(List.of(
                FILE + ":1:1: /: the required property \"meetings\" is missing",
                FILE + ":" + at(text, "\"meetnigs\"") + ": /meetnigs: unknown property \"meetnigs\"; did you mean \"meetings\"?"),
                problems(text));
    }

    @Test
    void unknownPropertyWithoutCloseMatchListsTheAllowedOnes() {
        String text = change("\"kind\": \"statement\",", "\"kind\": \"statement\", \"colour\": \"red\",");
        assertSingleProblem(text, "\"colour\"", "/documents/0/colour", "unknown property \"colour\" (allowed here: "
                + "id, title, date, meeting, kind, rendition, paragraphs, sources)");
    }

    @Test
    void duplicateKeyIsASyntaxProblem() {
        String text = change("\"id\": \"second\",", "\"id\": \"second\", \"id\": \"again\",");
        List<String> found = problems(text);
        assertEquals(1, found.size());
        String line = at(text, "\"id\": \"again\"").split(":")[0];
        assertTrue(found.get(0).startsWith(FILE + ":" + line + ":"), found.get(0));
        assertTrue(found.get(0).endsWith(": /meetings/1/id: the property \"id\" appears twice in the same object"),
                found.get(0));
    }

    @Test
    void contentAfterTheModelIsReported() {
        String text = minimal.strip() + "\n{\"more\": 1}\n";
        assertSingleProblem(text, "{\"more\"", "/", "there is more after the end of the model; a model file holds a "
                + "single JSON object");
    }

    @Test
    void aShortTitleIsReadInEveryLanguageAndIsOptional() throws ModelException {
        Model model = load(minimal);
        Meeting first = model.meeting("first").orElseThrow();
        assertEquals("First", first.shortTitle().orElseThrow().get("en"));
        assertEquals("Première", first.shortTitleOr("fr"));
        Meeting second = model.meeting("second").orElseThrow();
        assertTrue(second.shortTitle().isEmpty());
        assertEquals(second.title().get("fr"), second.shortTitleOr("fr"), "without one, the full title");
    }

    @Test
    void aShortTitleOfTheWrongTypeIsReportedWhereItIs() {
        String text = change("\"shortTitle\": {\"en\": \"First\", \"fr\": \"Première\"}", "\"shortTitle\": 42");
        assertSingleProblem(text, "\"shortTitle\"", "42", "/meetings/0/shortTitle",
                "expected a text in each language (an object such as \"en\": …, \"fr\": …), found a number");
    }

    @Test
    void aShortTitleMissingALanguageIsReportedWhereItIs() {
        String text = change("\"shortTitle\": {\"en\": \"First\", \"fr\": \"Première\"}",
                "\"shortTitle\": {\"en\": \"First\"}");
        assertSingleProblem(text, "\"shortTitle\"", "{", "/meetings/0/shortTitle",
                "the \"fr\" text is missing; every text needs one in each language (en, fr)");
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndFound() {
        String text = change("\"date\": \"2019-08-02\"", "\"date\": 20190802");
        assertSingleProblem(text, "20190802", "/meetings/1/date", "expected a text, found a number");
    }

    @Test
    void textInsteadOfTranslationsIsReported() {
        String text = change("\"summary\": {\"en\": \"A test meeting.\", \"fr\": \"Une réunion de test.\"}",
                "\"summary\": \"A test meeting.\"");
        assertSingleProblem(text, "\"summary\": \"A", "\"A test", "/meetings/0/summary",
                "expected a text in each language (an object such as \"en\": …, \"fr\": …), found a text");
    }

    @Test
    void missingRequiredPropertyIsPlacedAtItsObject() {
        String text = change("      \"confidence\": \"confirmed\",\n", "");
        assertSingleProblem(text, "{\n      \"id\": \"first\"", "/meetings/0",
                "the required property \"confidence\" is missing");
    }

    @Test
    void unknownAreaListsTheDeclaredOnes() {
        String text = change("\"areas\": [\"cyber\"],\n      \"documents\"", "\"areas\": [\"cyber-security\"],\n      \"documents\"");
        assertSingleProblem(text, "\"cyber-security\"", "/meetings/0/areas/0",
                "unknown area \"cyber-security\" (declared: cyber, trade)");
    }

    @Test
    void unknownTrackDocumentAndMeetingAreReported() {
        String text = minimal.replace("\"track\": \"side\"", "\"track\": \"sides\"")
                .replace("\"documents\": [\"statement\"]", "\"documents\": [\"statment\"]")
                .replace("\"meeting\": \"first\"", "\"meeting\": \"frist\"");
        assertEquals(List.of(
                FILE + ":" + at(text, "\"statment\"") + ": /meetings/0/documents/0: unknown document \"statment\" (declared: statement)",
                FILE + ":" + at(text, "\"sides\"") + ": /meetings/1/track: unknown track \"sides\" (declared: pmc, side)",
                FILE + ":" + at(text, "\"frist\"") + ": /documents/0/meeting: unknown meeting \"frist\" (declared: first, second)"),
                problems(text));
    }

    @Test
    void referencesIntoAListWithABrokenEntryAreNotReported() {
        String text = change("{\"id\": \"side\", \"label\"", "{\"id\": 7, \"label\"");
        assertSingleProblem(text, "7, \"label\"", "7", "/tracks/1/id", "expected a text, found a number");
    }

    @Test
    void referenceWhenNoneIsDeclaredSaysSo() {
        int start = minimal.indexOf("  \"documents\": [\n");
        int end = minimal.indexOf("  \"facts\"");
        String text = minimal.substring(0, start) + minimal.substring(end);
        assertSingleProblem(text, "\"statement\"", "/meetings/0/documents/0",
                "unknown document \"statement\" (declared: none)");
    }

    @Test
    void aWeekEndingBeforeItStartsIsReportedOnce() {
        String text = change("\"startDate\": \"2019-07-29\",\n  \"endDate\": \"2019-08-03\"",
                "\"startDate\": \"2019-08-03\",\n  \"endDate\": \"2019-07-29\"");
        assertSingleProblem(text, "\"endDate\": \"", "\"2019-07-29\"", "/endDate",
                "the week ends (2019-07-29) before it starts (2019-08-03)");
    }

    @Test
    void duplicateIdNamesTheFirstUse() {
        String text = change("\"id\": \"second\"", "\"id\": \"first\"");
        assertSingleProblem(text, "\"first\",\n      \"track\": \"side\"", "/meetings/1/id",
                "the id \"first\" is already used (at /meetings/0)");
    }

    @Test
    void badIdIsReported() {
        String text = change("\"id\": \"second\"", "\"id\": \"Second Meeting\"");
        assertSingleProblem(text, "\"Second Meeting\"", "/meetings/1/id", "\"Second Meeting\" is not a valid id; "
                + "use lower-case letters, digits and single hyphens (such as \"asean-eu\")");
    }

    @Test
    void dateOutsideTheWeekIsReported() {
        String text = change("\"date\": \"2019-08-02\"", "\"date\": \"2019-08-05\"");
        assertSingleProblem(text, "\"2019-08-05\"", "/meetings/1/date",
                "2019-08-05 is outside the week (2019-07-29 to 2019-08-03)");
    }

    @Test
    void impossibleDateIsReported() {
        String text = change("\"date\": \"2019-08-02\"", "\"date\": \"2019-02-30\"");
        assertSingleProblem(text, "\"2019-02-30\"", "/meetings/1/date",
                "\"2019-02-30\" is not a date; expected YYYY-MM-DD, such as 2019-08-01");
    }

    @Test
    void endMustComeAfterStart() {
        String text = change("\"end\": \"10:30\"", "\"end\": \"08:30\"");
        assertSingleProblem(text, "\"08:30\"", "/meetings/0/end", "the end (08:30) must come after the start (09:00)");
    }

    @Test
    void endWithoutStartIsReported() {
        String text = change("      \"start\": \"09:00\",\n", "");
        assertSingleProblem(text, "\"10:30\"", "/meetings/0/end", "an end time needs a start time");
    }

    @Test
    void badTimeIsReported() {
        String text = change("\"start\": \"09:00\"", "\"start\": \"9h\"");
        assertSingleProblem(text, "\"9h\"", "/meetings/0/start",
                "\"9h\" is not a time; expected HH:MM on a 24-hour clock, such as 09:10");
    }

    @Test
    void missingLanguageIsReported() {
        String text = change("\"summary\": {\"en\": \"Another test meeting.\", \"fr\": \"Une autre réunion de test.\"}",
                "\"summary\": {\"en\": \"Another test meeting.\"}");
        assertSingleProblem(text, "\"summary\": {\"en\": \"Another", "{", "/meetings/1/summary",
                "the \"fr\" text is missing; every text needs one in each language (en, fr)");
    }

    @Test
    void blankTextIsReported() {
        String text = change("\"fr\": \"Une autre réunion de test.\"", "\"fr\": \"   \"");
        assertSingleProblem(text, "\"fr\": \"   \"", "\"   \"", "/meetings/1/summary/fr", "this text is empty");
    }

    @Test
    void undeclaredLanguageIsReported() {
        String text = change("\"fr\": \"Une autre réunion de test.\"}", "\"fr\": \"Une autre réunion de test.\", \"de\": \"Noch eine.\"}");
        assertSingleProblem(text, "\"Noch eine.\"", "/meetings/1/summary/de", "\"de\" is not one of the model’s languages (en, fr)");
    }

    @Test
    void unknownTimeZoneIsReported() {
        String text = change("\"Asia/Bangkok\"", "\"Asia/Bangkock\"");
        assertSingleProblem(text, "\"Asia/Bangkock\"", "/timeZone",
                "unknown time zone \"Asia/Bangkock\"; expected a name such as \"Asia/Bangkok\"");
    }

    @Test
    void onlyWebAddressesAreAccepted() {
        String text = change("\"https://example.org/a\"", "\"ftp://example.org/a\"");
        assertSingleProblem(text, "\"ftp://", "/meetings/0/sources/0/url",
                "\"ftp://example.org/a\" is not a web address; expected one starting with https:// or http://");
    }

    @Test
    void coloursAreHexTriplets() {
        String text = change("\"#9A5B2E\"", "\"brown\"");
        assertSingleProblem(text, "\"brown\"", "/areas/1/color", "\"brown\" is not a colour; expected #RRGGBB, such as #1F77B4");
    }

    @Test
    void disputedItemNeedsANote() {
        String text = change("      \"note\": {\"en\": \"Sources disagree.\", \"fr\": \"Les sources divergent.\"},\n", "");
        assertSingleProblem(text, "{\n      \"id\": \"second\"", "/meetings/1", "a meeting marked \"disputed\" needs a \"note\" saying why");
    }

    @Test
    void unknownConfidenceIsReported() {
        String text = change("\"confidence\": \"confirmed\"", "\"confidence\": \"likely\"");
        assertSingleProblem(text, "\"likely\"", "/meetings/0/confidence",
                "unknown confidence \"likely\"; expected confirmed, single-source, disputed or unverified");
    }

    @Test
    void aMeetingNeedsASource() {
        String text = change("\"sources\": [{\"publisher\": \"Example\", \"title\": \"Another page\", \"url\": \"http://example.org/b\"}]",
                "\"sources\": []");
        assertSingleProblem(text, "\"sources\": []", "[]", "/meetings/1/sources", "\"sources\" needs at least one entry");
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        String text = minimal.replace("\"#9A5B2E\"", "\"brown\"")
                .replace("\"date\": \"2019-08-02\"", "\"date\": \"2019-08-09\"")
                .replace("\"asOf\": \"2018\"", "\"asOf\": \"last year\"");
        assertEquals(List.of(
                FILE + ":" + at(text, "\"brown\"") + ": /areas/1/color: \"brown\" is not a colour; expected #RRGGBB, such as #1F77B4",
                FILE + ":" + at(text, "\"2019-08-09\"") + ": /meetings/1/date: 2019-08-09 is outside the week (2019-07-29 to 2019-08-03)",
                FILE + ":" + at(text, "\"last year\"") + ": /facts/0/asOf: \"last year\" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD"),
                problems(text));
    }

    @Test
    void problemsReadInFrench() {
        String text = change("\"#9A5B2E\"", "\"brown\"");
        ModelException e = assertThrows(ModelException.class, () -> load(text));
        assertEquals(List.of(FILE + ":" + at(text, "\"brown\"")
                        + ": /areas/1/color: «\u00a0brown\u00a0» n’est pas une couleur\u00a0; #RRVVBB attendu, par exemple #1F77B4"),
                e.describe(Locale.FRENCH));
    }

    @Test
    void modelNeedsTwoLanguages() {
        String text = change("\"languages\": [\"en\", \"fr\"]", "\"languages\": [\"en\"]");
        assertSingleProblem(text, "[\"en\"]", "/languages", "a model needs at least two languages");
    }

    @Test
    void aFileWithVeryManyProblemsStopsAfterTheFirstThousand() {
        String empties = "{}, ".repeat(199_999) + "{}";
        String text = minimal.replaceFirst("\"meetings\": \\[", "\"meetings\": [" + empties + ", ");
        ModelException e = assertThrows(ModelException.class, () -> load(text));

        assertEquals(Problems.KEPT, e.problems().size());
        assertTrue(e.isCutShort());
        List<String> lines = e.describe(Locale.ENGLISH);
        assertEquals(Problems.KEPT + 1, lines.size());
        assertTrue(lines.get(0).startsWith(FILE + ":"), lines.get(0));
        assertEquals(FILE + ": the reading stopped after these 1,000 problems; there may be more: fix those above and "
                + "validate again", lines.get(Problems.KEPT));
    }

    // Times with their precision, disputed times, sources named by a description, facts with a confidence (ADR 0011).

    private static final String FIRST_TIME = "\"start\": \"09:00\",\n      \"end\": \"10:30\",";
    private static final String SECOND_DATE = "\"date\": \"2019-08-02\",";

    @Test
    void aFileWithoutTheNewFieldsReadsWithTheirDefaults() throws ModelException {
        Model model = load(minimal);
        Meeting first = model.meeting("first").orElseThrow();
        assertEquals(TimePrecision.EXACT, first.time().precision());
        assertTrue(first.alternativeTime().isEmpty());
        assertFalse(model.meeting("second").orElseThrow().hasTime());
        assertEquals(Confidence.CONFIRMED, model.facts().get(0).confidence());
        assertEquals(Optional.of("A page"), first.sources().get(0).title());
    }

    @Test
    void readsEveryTimeField() throws ModelException {
        String text = change(FIRST_TIME, "\"start\": \"10:00\",\n      \"timePrecision\": \"approximate\",\n"
                + "      \"durationMinutes\": 60,").replace(SECOND_DATE, SECOND_DATE + " \"partOfDay\": \"afternoon\","
                + " \"alternativeTime\": {\"start\": \"14:00\", \"end\": \"15:00\", \"note\": {\"en\": \"Two readings.\","
                + " \"fr\": \"Deux lectures.\"}},");
        Model model = load(text);
        MeetingTime first = model.meeting("first").orElseThrow().time();
        assertEquals(Optional.of(LocalTime.of(10, 0)), first.start());
        assertEquals(TimePrecision.APPROXIMATE, first.precision());
        assertEquals(Optional.of(Duration.ofHours(1)), first.duration());
        assertEquals(Optional.of(LocalTime.of(11, 0)), first.endOrStartPlusDuration());
        Meeting second = model.meeting("second").orElseThrow();
        assertEquals(Optional.of(PartOfDay.AFTERNOON), second.time().partOfDay());
        assertTrue(second.isTimeDisputed());
        AlternativeTime alternative = second.alternativeTime().orElseThrow();
        assertEquals(Optional.of(LocalTime.of(14, 0)), alternative.time().start());
        assertEquals(Optional.of(LocalTime.of(15, 0)), alternative.time().end());
        assertEquals("Deux lectures.", alternative.note().get("fr"));
    }

    @Test
    void unknownPartOfDayIsReported() {
        String text = change(SECOND_DATE, SECOND_DATE + " \"partOfDay\": \"noon\",");
        assertSingleProblem(text, "\"noon\"", "/meetings/1/partOfDay",
                "unknown part of the day \"noon\"; expected morning, afternoon or evening");
    }

    @Test
    void unknownTimePrecisionIsReported() {
        String text = change(FIRST_TIME, FIRST_TIME + " \"timePrecision\": \"roughly\",");
        assertSingleProblem(text, "\"roughly\"", "/meetings/0/timePrecision",
                "unknown time precision \"roughly\"; expected exact or approximate");
    }

    @Test
    void startAndPartOfDayTogetherAreReported() {
        String text = change(FIRST_TIME, FIRST_TIME + " \"partOfDay\": \"morning\",");
        assertSingleProblem(text, "\"morning\"", "/meetings/0/partOfDay",
                "a time has either a \"start\" or a \"partOfDay\", not both");
    }

    @Test
    void precisionWithoutStartIsReported() {
        String text = change(SECOND_DATE, SECOND_DATE + " \"timePrecision\": \"approximate\",");
        assertSingleProblem(text, "\"approximate\"", "/meetings/1/timePrecision",
                "\"timePrecision\" says how precise a \"start\" is; it needs a \"start\"");
    }

    @Test
    void durationWithoutStartIsReported() {
        String text = change(SECOND_DATE, SECOND_DATE + " \"partOfDay\": \"morning\", \"durationMinutes\": 30,");
        assertSingleProblem(text, "30,", "/meetings/1/durationMinutes", "a duration needs a start time");
    }

    @Test
    void endAndDurationTogetherAreReported() {
        String text = change(FIRST_TIME, FIRST_TIME + " \"durationMinutes\": 90,");
        assertSingleProblem(text, "90,", "/meetings/0/durationMinutes",
                "a time has either an \"end\" or a \"durationMinutes\", not both");
    }

    @Test
    void durationOfZeroMinutesIsReported() {
        String text = change(FIRST_TIME, "\"start\": \"09:00\", \"durationMinutes\": 0,");
        assertSingleProblem(text, "0,", "/meetings/0/durationMinutes",
                "0 is not a duration; expected a number of minutes greater than 0");
    }

    @Test
    void durationThatIsNotAWholeNumberIsReported() {
        String text = change(FIRST_TIME, "\"start\": \"09:00\", \"durationMinutes\": 1.5,");
        assertSingleProblem(text, "1.5", "/meetings/0/durationMinutes", "expected a whole number, found a number");
    }

    @Test
    void durationOfMoreThanADayIsReported() {
        String text = change(FIRST_TIME, "\"start\": \"09:00\", \"durationMinutes\": 2000,");
        assertSingleProblem(text, "2000", "/meetings/0/durationMinutes", "2000 minutes is more than a day; expected at "
                + "most 1440 (for a longer meeting give its \"endDate\" and \"end\")");
    }

    @Test
    void durationPastMidnightIsReported() {
        String text = change(FIRST_TIME, "\"start\": \"23:30\", \"durationMinutes\": 45,");
        assertSingleProblem(text, "45,", "/meetings/0/durationMinutes", "45 minutes from 23:30 runs past midnight; a "
                + "duration must end the same day (for a longer meeting give its \"endDate\" and \"end\")");
    }

    @Test
    void alternativeTimeNeedsANote() {
        String text = change(FIRST_TIME, FIRST_TIME + " \"alternativeTime\": {\"start\": \"08:00\"},");
        assertSingleProblem(text, "\"alternativeTime\"", "{", "/meetings/0/alternativeTime",
                "the required property \"note\" is missing");
    }

    private static String alternative(String fields) {
        return " \"alternativeTime\": {" + fields + " \"note\": {\"en\": \"Two readings.\", \"fr\": \"Deux lectures.\"}},";
    }

    @Test
    void alternativeTimeWithoutAFirstReadingIsReported() {
        String text = change(SECOND_DATE, SECOND_DATE + alternative("\"start\": \"14:00\","));
        assertSingleProblem(text, "\"alternativeTime\"", "{", "/meetings/1/alternativeTime", "an \"alternativeTime\" "
                + "is a second reading of the time; the meeting needs a first one (\"start\" or \"partOfDay\")");
    }

    @Test
    void alternativeTimeWithoutATimeIsReported() {
        String text = change(FIRST_TIME, FIRST_TIME + alternative(""));
        assertSingleProblem(text, "\"alternativeTime\"", "{", "/meetings/0/alternativeTime",
                "an \"alternativeTime\" needs a \"start\" or a \"partOfDay\"");
    }

    @Test
    void alternativeTimeLikeTheFirstIsReported() {
        String text = change(FIRST_TIME, FIRST_TIME + alternative("\"start\": \"09:00\", \"end\": \"10:30\","));
        assertSingleProblem(text, "\"alternativeTime\"", "{", "/meetings/0/alternativeTime", "the \"alternativeTime\" "
                + "is the same as the meeting’s time; a disputed time keeps two different readings");
    }

    @Test
    void alternativeTimeIsCheckedLikeTheFirst() {
        String text = change(FIRST_TIME, FIRST_TIME + alternative("\"start\": \"14:00\", \"end\": \"13:00\","));
        assertSingleProblem(text, "\"13:00\"", "/meetings/0/alternativeTime/end",
                "the end (13:00) must come after the start (14:00)");
    }

    @Test
    void misspeltPropertyInAnAlternativeTimeIsReported() {
        String text = change(FIRST_TIME, FIRST_TIME + " \"alternativeTime\": {\"start\": \"08:00\", \"notes\": "
                + "{\"en\": \"Two readings.\", \"fr\": \"Deux lectures.\"}},");
        List<String> problems = problems(text);
        assertEquals(List.of(FILE + ":" + at(text, "\"alternativeTime\"", "{") + ": /meetings/0/alternativeTime: "
                        + "the required property \"note\" is missing",
                FILE + ":" + at(text, "\"notes\"") + ": /meetings/0/alternativeTime/notes: unknown "
                        + "property \"notes\"; did you mean \"note\"?"), problems);
    }

    @Test
    void sourceWithATitleAndADescriptionIsReported() {
        String text = change("\"title\": \"Another page\",",
                "\"title\": \"Another page\", \"description\": {\"en\": \"A list\", \"fr\": \"Une liste\"},");
        assertSingleProblem(text, "\"description\"", "{", "/meetings/1/sources/0/description", "a source has either a "
                + "\"title\" (its headline as published) or a \"description\" (written by the project), not both");
    }

    @Test
    void sourceWithNeitherTitleNorDescriptionIsReported() {
        String text = change("\"title\": \"Another page\", ", "");
        assertSingleProblem(text, "{\"publisher\": \"Example\", \"url\": \"http", "{", "/meetings/1/sources/0",
                "a source needs a \"title\" (its headline as published) or, when it has no headline to quote, a "
                        + "\"description\"");
    }

    @Test
    void sourceNamedByADescriptionIsShownInBrackets() throws ModelException {
        String text = change("\"title\": \"Another page\",",
                "\"description\": {\"en\": \"Schedule page\", \"fr\": \"Page du programme\"},");
        Source source = load(text).meeting("second").orElseThrow().sources().get(0);
        assertTrue(source.isDescribed());
        assertEquals("[Page du programme]", source.shownTitle("fr"));
        assertEquals("A page", load(minimal).meeting("first").orElseThrow().sources().get(0).shownTitle("fr"));
    }

    @Test
    void factConfidenceAndNoteAreRead() throws ModelException {
        String text = change("\"asOf\": \"2018\",", "\"asOf\": \"2018\", \"confidence\": \"disputed\", "
                + "\"note\": {\"en\": \"Sources disagree.\", \"fr\": \"Les sources divergent.\"},");
        Fact fact = load(text).facts().get(0);
        assertEquals(Confidence.DISPUTED, fact.confidence());
        assertEquals("Sources disagree.", fact.note().orElseThrow().get("en"));
    }

    @Test
    void disputedFactWithoutANoteIsReported() {
        String text = change("\"asOf\": \"2018\",", "\"asOf\": \"2018\", \"confidence\": \"unverified\",");
        assertSingleProblem(text, "{\"id\": \"fact\"", "{", "/facts/0",
                "a fact marked \"unverified\" needs a \"note\" saying why");
    }

    @Test
    void unknownFactConfidenceIsReported() {
        String text = change("\"asOf\": \"2018\",", "\"asOf\": \"2018\", \"confidence\": \"likely\",");
        assertSingleProblem(text, "\"likely\"", "/facts/0/confidence",
                "unknown confidence \"likely\"; expected confirmed, single-source, disputed or unverified");
    }

    @Test
    void newProblemsAreWrittenInFrenchToo() {
        String text = change(SECOND_DATE, SECOND_DATE + " \"partOfDay\": \"noon\",");
        ModelException e = assertThrows(ModelException.class, () -> load(text));
        assertEquals(List.of(FILE + ":" + at(text, "\"noon\"") + ": /meetings/1/partOfDay: moment de la journée "
                + "inconnu «\u00a0noon\u00a0»\u00a0; morning, afternoon ou evening attendu"), e.describe(Locale.FRENCH));
    }
}
