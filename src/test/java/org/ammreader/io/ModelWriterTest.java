package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ammreader.model.AlternativeTime;
import org.ammreader.model.Area;
import org.ammreader.model.Confidence;
import org.ammreader.model.Document;
import org.ammreader.model.Fact;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;
import org.ammreader.model.PartOfDay;
import org.ammreader.model.Source;
import org.ammreader.model.TimePrecision;
import org.ammreader.model.Track;
import org.junit.jupiter.api.Test;

/** The model writer: what it writes loads back as the same model, every field of format v1 included. */
class ModelWriterTest {

    private static final ObjectMapper MAPPER = JsonMappers.create();
    private static final ModelLoader LOADER = new ModelLoader(MAPPER);
    private static final LocalDate MONDAY = LocalDate.of(2019, 7, 29);

    private static byte[] written(Model model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelWriter(MAPPER).write(model, out);
        return out.toByteArray();
    }

    private static LocalizedText text(String en, String fr) {
        return new LocalizedText(Map.of("en", en, "fr", fr));
    }

    @Test
    void theBundledWeekWrittenAndLoadedAgainIsTheSameWeek() throws Exception {
        Model week = LOADER.loadBundled();
        SameModel.assertSame(week, LOADER.load(written(week), "week-written.json"));
    }

    /** A model with every optional field of v1 set, and a meeting with none of them. */
    private static Model everyField() {
        Source titled = new Source("ASEAN Secretariat", Optional.of("Chairman’s Statement"), Optional.empty(),
                "https://example.org/statement", Optional.of("2019-08"));
        Source described = new Source("Bangkok Post", Optional.empty(),
                Optional.of(text("Photo caption", "Légende de photo")), "https://example.org/photo", Optional.empty());
        Meeting full = new Meeting("m-full", "asean", text("Full", "Complète"),
                Optional.of(text("Short", "Courte")), MONDAY, Optional.of(MONDAY.plusDays(1)),
                new MeetingTime(Optional.of(LocalTime.of(10, 30)), TimePrecision.APPROXIMATE, Optional.empty(),
                        Optional.of(LocalTime.of(12, 0)), Optional.empty()),
                Optional.of(new AlternativeTime(new MeetingTime(Optional.empty(), TimePrecision.EXACT,
                        Optional.of(PartOfDay.AFTERNOON), Optional.empty(), Optional.empty()),
                        text("Another source says the afternoon", "Une autre source dit l’après-midi"))),
                Optional.of(text("Centara Grand", "Centara Grand")),
                List.of(text("Don Pramudwinai", "Don Pramudwinai"), text("The chair", "La présidence")),
                Optional.of(text("Ten ministers", "Dix ministres")), text("Summary", "Résumé"),
                List.of(text("An outcome", "Un résultat")), List.of("maritime", "cyber"), List.of("statement"),
                Confidence.DISPUTED, Optional.of(text("Sources disagree", "Les sources divergent")),
                List.of(titled, described));
        Meeting timedByDuration = new Meeting("m-duration", "asean", text("Timed", "Minutée"), Optional.empty(), MONDAY,
                Optional.empty(), new MeetingTime(Optional.of(LocalTime.of(9, 0)), TimePrecision.EXACT,
                        Optional.empty(), Optional.empty(), Optional.of(Duration.ofMinutes(90))),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), text("Summary", "Résumé"), List.of(),
                List.of("cyber"), List.of(), Confidence.CONFIRMED, Optional.empty(), List.of(titled));
        Meeting evening = new Meeting("m-evening", "asean", text("Evening", "Soirée"), Optional.empty(),
                MONDAY.plusDays(2),
                Optional.empty(), new MeetingTime(Optional.empty(), TimePrecision.EXACT,
                        Optional.of(PartOfDay.EVENING), Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), text("Summary", "Résumé"), List.of(),
                List.of("maritime"), List.of(), Confidence.UNVERIFIED,
                Optional.of(text("Not confirmed", "Non confirmée")), List.of(described));
        Document statement = new Document("statement", text("Statement", "Déclaration"), MONDAY,
                Optional.of("m-full"), "statement", text("Unofficial", "Non officielle"),
                List.of(new Paragraph("p1", List.of("maritime"), text("One", "Un")),
                        new Paragraph("p2", List.of(), text("Two", "Deux"))), List.of(titled));
        Fact members = new Fact("members", text("Members", "Membres"), text("10", "10"), "2019-07",
                Confidence.SINGLE_SOURCE, Optional.of(text("One count", "Un décompte")), List.of(described));
        return new Model("every-field", List.of("en", "fr"), text("Every field", "Chaque champ"),
                ZoneId.of("Asia/Bangkok"), MONDAY, MONDAY.plusDays(6), text("Bangkok", "Bangkok"),
                List.of(new Area("maritime", text("Maritime", "Maritime"), "#1F77B4"),
                        new Area("cyber", text("Cyber", "Cyber"), "#D62728")),
                List.of(new Track("asean", text("ASEAN", "ASEAN"))), List.of(full, timedByDuration, evening),
                List.of(statement), List.of(members));
    }

    @Test
    void everyFieldOfFormatOneIsWrittenAndLoadsBackTheSame() throws Exception {
        Model model = everyField();
        byte[] file = written(model);
        SameModel.assertSame(model, LOADER.load(file, "every-field.json"));

        JsonNode full = MAPPER.readTree(file).get("meetings").get(0);
        assertEquals("approximate", full.get("timePrecision").asText());
        assertEquals("afternoon", full.get("alternativeTime").get("partOfDay").asText());
        assertEquals("2019-07-30", full.get("endDate").asText());
        assertTrue(full.get("chairs").get(0).isTextual(), "a name is written as a name: " + full.get("chairs"));
        assertTrue(full.get("chairs").get(1).isObject(), "a text to translate as a text: " + full.get("chairs"));
        assertEquals("Photo caption", full.get("sources").get(1).get("description").get("en").asText());
        assertFalse(full.get("sources").get(1).has("title"));
        assertEquals(90, MAPPER.readTree(file).get("meetings").get(1).get("durationMinutes").asInt());
        assertEquals("single-source", MAPPER.readTree(file).get("facts").get(0).get("confidence").asText());
    }

    @Test
    void whatAMeetingLacksIsLeftOutAsAPersonWouldWriteIt() throws Exception {
        JsonNode timed = MAPPER.readTree(written(everyField())).get("meetings").get(1);
        for (String absent : List.of("endDate", "timePrecision", "partOfDay", "end", "alternativeTime", "venue",
                "chairs", "participants", "outcomes", "documents", "note")) {
            assertFalse(timed.has(absent), absent + " in " + timed);
        }
    }
}
