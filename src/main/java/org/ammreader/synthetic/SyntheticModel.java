package org.ammreader.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelWriter;
import org.ammreader.model.Area;
import org.ammreader.model.Document;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;
import org.ammreader.model.Source;
import org.ammreader.model.Track;

/**
 * A made-up but realistic model of any size, in format v1, for measuring the application at scale: about
 * thirty meetings a day from the bundled week's first day on (a week at least), spread over six lanes, with
 * the titles, areas, times, uncertainty notes and sources a real calendar has, the people and delegations in each
 * meeting, and one joint statement.
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

    /** Writes the model as UTF-8 JSON with the application's model writer; {@code out} is not closed. */
    public void write(OutputStream out) throws IOException {
        new ModelWriter(JsonMappers.create()).write(model(), out);
    }

    /** The model, drawn afresh from the fixed seed. */
    public Model model() {
        LocalDate lastDay = FIRST_DAY.plusDays(days - 1L);
        List<Area> areas = SyntheticWords.AREAS.stream()
                .map(area -> new Area(area.id(), text(area.en(), area.fr()), area.color())).toList();
        List<Track> tracks = SyntheticWords.TRACKS.stream()
                .map(track -> new Track(track.id(), text(track.en(), track.fr()))).toList();
        SyntheticMeetings drawn = new SyntheticMeetings(new SplittableRandom(SEED), lastDay);
        SyntheticActors actors = new SyntheticActors();
        List<Meeting> all = new ArrayList<>(meetings);
        for (int i = 0; i < meetings; i++) {
            LocalDate day = FIRST_DAY.plusDays((long) i * days / meetings);
            all.add(drawn.meeting(i + 1, day, i == 0 ? DOCUMENT : null, actors.draw()));
        }
        return new Model("synthetic-" + meetings, List.of("en", "fr"),
                text("Synthetic calendar of " + meetings + " meetings",
                        "Calendrier synthétique de " + meetings + " réunions"),
                ZoneId.of("Asia/Bangkok"), FIRST_DAY, lastDay,
                text("Bangkok and other ASEAN capitals", "Bangkok et d’autres capitales de l’ASEAN"),
                areas, tracks, all, List.of(document()), List.of(), actors.delegations(), actors.people());
    }

    /** The statement adopted at the first meeting: the briefing sheet and the reader have a document to show. */
    private static Document document() {
        List<Paragraph> paragraphs = List.of(
                paragraph("p1", "maritime", "The participants reaffirm the importance of maintaining peace, stability "
                        + "and freedom of navigation in the region.", "Les participants réaffirment l’importance du "
                        + "maintien de la paix, de la stabilité et de la liberté de navigation dans la région."),
                paragraph("p2", "maritime", "They agree to share information on incidents at sea and to hold joint "
                        + "search and rescue exercises.", "Ils conviennent d’échanger des informations sur les "
                        + "incidents en mer et d’organiser des exercices communs de recherche et de sauvetage."),
                paragraph("p3", "climate", "They will work together to reduce marine debris and protect coastal "
                        + "ecosystems.", "Ils œuvreront ensemble à réduire les déchets marins et à protéger les "
                        + "écosystèmes côtiers."),
                paragraph("p4", "connect", "They welcome projects that improve the connectivity of ports and "
                        + "shipping routes.", "Ils saluent les projets qui améliorent la connectivité des ports et "
                        + "des routes maritimes."));
        Source source = new Source("ASEAN Secretariat", Optional.of("Joint Statement on Maritime Cooperation"),
                Optional.empty(), "https://example.org/asean-secretariat/joint-statement", Optional.empty());
        return new Document(DOCUMENT, text("Joint Statement on Maritime Cooperation",
                "Déclaration commune sur la coopération maritime"), FIRST_DAY, Optional.of("m-1"), "statement",
                text("A synthetic text, made up for measuring the application; not an official document.",
                        "Un texte synthétique, inventé pour mesurer l’application ; ce n’est pas un document officiel."),
                paragraphs, List.of(source));
    }

    private static Paragraph paragraph(String id, String area, String en, String fr) {
        return new Paragraph(id, List.of(area), text(en, fr));
    }

    /** A text in both languages of the model. */
    static LocalizedText text(String en, String fr) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("fr", fr);
        return new LocalizedText(texts);
    }
}
