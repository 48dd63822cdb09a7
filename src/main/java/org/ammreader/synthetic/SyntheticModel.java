package org.ammreader.synthetic;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.ammreader.synthetic.SyntheticWords.Area;
import org.ammreader.synthetic.SyntheticWords.Track;

/**
 * A made-up but realistic model of any size, in format v1, for measuring the application at scale: about
 * thirty meetings a day from the bundled week's first day on (a week at least), spread over six lanes, with
 * the titles, areas, times, uncertainty notes and sources a real calendar has, and one joint statement.
 * The same number of meetings always gives the same file, byte for byte: the random sequence has a fixed seed.
 */
public final class SyntheticModel {

    /** Large enough for the benchmark's biggest model; every file written loads (see {@link org.ammreader.io.JsonMappers}). */
    public static final int MAX_MEETINGS = 100_000;
    static final int MEETINGS_PER_DAY = 30;
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 7, 29);
    private static final long SEED = 20_190_729L;
    private static final String DOCUMENT = "joint-statement";

    private final int meetings;
    private final int days;

    public SyntheticModel(int meetings) {
        if (meetings < 1 || meetings > MAX_MEETINGS) {
            throw new IllegalArgumentException("meetings must be 1 to " + MAX_MEETINGS + ": " + meetings);
        }
        this.meetings = meetings;
        this.days = Math.max(7, (meetings + MEETINGS_PER_DAY - 1) / MEETINGS_PER_DAY);
    }

    public int meetings() {
        return meetings;
    }

    /** The number of days the model spans, first and last included. */
    public int days() {
        return days;
    }

    /** Writes the model as UTF-8 JSON, indented as a person would write it; {@code out} is not closed. */
    public void write(OutputStream out) throws IOException {
        LocalDate lastDay = FIRST_DAY.plusDays(days - 1L);
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            // "name": value, as people write it (Jackson's default puts a space before the colon too).
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
            json.writeStartObject();
            json.writeStringField("format", "amm-reader/1");
            json.writeStringField("id", "synthetic-" + meetings);
            json.writeArrayFieldStart("languages");
            json.writeString("en");
            json.writeString("fr");
            json.writeEndArray();
            text(json, "title", "Synthetic calendar of " + meetings + " meetings",
                    "Calendrier synthétique de " + meetings + " réunions");
            json.writeStringField("timeZone", "Asia/Bangkok");
            json.writeStringField("startDate", FIRST_DAY.toString());
            json.writeStringField("endDate", lastDay.toString());
            text(json, "venue", "Bangkok and other ASEAN capitals", "Bangkok et d’autres capitales de l’ASEAN");
            areas(json);
            tracks(json);
            json.writeArrayFieldStart("meetings");
            SyntheticMeetings drawn = new SyntheticMeetings(new SplittableRandom(SEED), lastDay);
            for (int i = 0; i < meetings; i++) {
                LocalDate day = FIRST_DAY.plusDays((long) i * days / meetings);
                drawn.write(json, i + 1, day, i == 0 ? DOCUMENT : null);
            }
            json.writeEndArray();
            document(json);
            json.writeEndObject();
        }
    }

    private static void areas(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("areas");
        for (Area area : SyntheticWords.AREAS) {
            json.writeStartObject();
            json.writeStringField("id", area.id());
            text(json, "label", area.en(), area.fr());
            json.writeStringField("color", area.color());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void tracks(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("tracks");
        for (Track track : SyntheticWords.TRACKS) {
            json.writeStartObject();
            json.writeStringField("id", track.id());
            text(json, "label", track.en(), track.fr());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The statement adopted at the first meeting: the briefing sheet and the reader have a document to show. */
    private static void document(JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("documents");
        json.writeStartObject();
        json.writeStringField("id", DOCUMENT);
        text(json, "title", "Joint Statement on Maritime Cooperation", "Déclaration commune sur la coopération maritime");
        json.writeStringField("date", FIRST_DAY.toString());
        json.writeStringField("meeting", "m-1");
        json.writeStringField("kind", "statement");
        text(json, "rendition", "A synthetic text, made up for measuring the application; not an official document.",
                "Un texte synthétique, inventé pour mesurer l’application ; ce n’est pas un document officiel.");
        json.writeArrayFieldStart("paragraphs");
        paragraph(json, "p1", "maritime", "The participants reaffirm the importance of maintaining peace, stability "
                + "and freedom of navigation in the region.", "Les participants réaffirment l’importance du maintien "
                + "de la paix, de la stabilité et de la liberté de navigation dans la région.");
        paragraph(json, "p2", "maritime", "They agree to share information on incidents at sea and to hold joint "
                + "search and rescue exercises.", "Ils conviennent d’échanger des informations sur les incidents en "
                + "mer et d’organiser des exercices communs de recherche et de sauvetage.");
        paragraph(json, "p3", "climate", "They will work together to reduce marine debris and protect coastal "
                + "ecosystems.", "Ils œuvreront ensemble à réduire les déchets marins et à protéger les écosystèmes "
                + "côtiers.");
        paragraph(json, "p4", "connect", "They welcome projects that improve the connectivity of ports and "
                + "shipping routes.", "Ils saluent les projets qui améliorent la connectivité des ports et des "
                + "routes maritimes.");
        json.writeEndArray();
        json.writeArrayFieldStart("sources");
        json.writeStartObject();
        json.writeStringField("publisher", "ASEAN Secretariat");
        json.writeStringField("title", "Joint Statement on Maritime Cooperation");
        json.writeStringField("url", "https://example.org/asean-secretariat/joint-statement");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void paragraph(JsonGenerator json, String id, String area, String en, String fr)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeArrayFieldStart("areas");
        json.writeString(area);
        json.writeEndArray();
        text(json, "text", en, fr);
        json.writeEndObject();
    }

    /** A text in both languages of the model. */
    static void text(JsonGenerator json, String name, String en, String fr) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("en", en);
        json.writeStringField("fr", fr);
        json.writeEndObject();
    }
}
