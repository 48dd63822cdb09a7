package org.ammreader.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ammreader.io.AtomicFiles;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelWriter;
import org.ammreader.model.Area;
import org.ammreader.model.Confidence;
import org.ammreader.model.Document;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;
import org.ammreader.model.Source;
import org.ammreader.model.TimePrecision;
import org.ammreader.model.Track;

/**
 * File → New week…'s form: a title, the first and last days, a time zone and two content languages. It says
 * what is wrong with them (as message keys, in the form's order) and makes the smallest model the strict
 * loader accepts: one track, one area, one meeting on the first day, one document of one paragraph, every text
 * in both languages, each a placeholder that tells the author what to write there.
 */
public record NewWeek(String title, LocalDate start, LocalDate end, String timeZone, String firstLanguage,
                      String secondLanguage) {

    /** A content language as the format writes it: two lower-case letters (ISO 639-1). */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final String TRACK = "plenary";
    private static final String AREA = "first-area";
    private static final String MEETING = "first-meeting";
    private static final String DOCUMENT = "first-document";

    /** What is wrong with the form, as message keys; empty when a model can be made. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("newWeek.problem.title");
        }
        if (start == null || end == null) {
            problems.add("newWeek.problem.dates");
        } else if (end.isBefore(start)) {
            problems.add("newWeek.problem.endBeforeStart");
        }
        if (zone().isEmpty()) {
            problems.add("newWeek.problem.timeZone");
        }
        if (!isLanguage(firstLanguage) || !isLanguage(secondLanguage)) {
            problems.add("newWeek.problem.language");
        } else if (firstLanguage.equals(secondLanguage)) {
            problems.add("newWeek.problem.sameLanguage");
        }
        return problems;
    }

    public boolean isValid() {
        return problems().isEmpty();
    }

    /** The file name offered in the save dialog: the model's id. */
    public String suggestedFileName() {
        return id() + ".json";
    }

    /** The new week's model; the form must be valid. */
    public Model model() {
        if (!isValid()) {
            throw new IllegalStateException("the form is not valid: " + problems());
        }
        Source source = new Source("Publisher of the source", Optional.of("Headline of the source as published"),
                Optional.empty(), "https://example.org/replace-with-the-address-of-the-source", Optional.empty());
        Meeting meeting = new Meeting(MEETING, TRACK,
                text("First meeting (replace with its name)", "Première réunion (remplacez par son nom)"),
                Optional.empty(), start, Optional.empty(),
                new MeetingTime(Optional.of(LocalTime.of(10, 0)), TimePrecision.EXACT, Optional.empty(),
                        Optional.of(LocalTime.of(11, 0)), Optional.empty()),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                text("What the meeting was about, in a sentence or two.",
                        "L’objet de la réunion, en une phrase ou deux."),
                List.of(), List.of(AREA), List.of(DOCUMENT), Confidence.SINGLE_SOURCE, Optional.empty(),
                List.of(source));
        Document document = new Document(DOCUMENT,
                text("First document (replace with its title)", "Premier document (remplacez par son titre)"),
                start, Optional.of(MEETING), "statement",
                text("Say what this text is: the official text, or your own rendition of it.",
                        "Dites ce qu’est ce texte\u00a0: le texte officiel, ou votre propre version."),
                List.of(new Paragraph("p1", List.of(AREA), text("The first paragraph of the document.",
                        "Le premier paragraphe du document."))),
                List.of(source));
        return new Model(id(), List.of(firstLanguage, secondLanguage), same(title.strip()), zone().orElseThrow(),
                start, end, text("Where the week takes place", "Lieu de la semaine"),
                List.of(new Area(AREA, text("First area", "Premier domaine"), "#1F6FB2")),
                List.of(new Track(TRACK, text("Plenary", "Plénière"))),
                List.of(meeting), List.of(document), List.of());
    }

    /**
     * Writes the model to {@code target} as the format's writer writes it (as --generate-model does), through a
     * temporary file beside it and a move, so that a failed write leaves whatever was there.
     */
    public void write(Path target) throws IOException {
        Model model = model();
        AtomicFiles.write(target, out -> new ModelWriter(JsonMappers.create()).write(model, out));
    }

    private Optional<ZoneId> zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(timeZone.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isLanguage(String code) {
        return code != null && LANGUAGE.matcher(code).matches();
    }

    /** The model's id, made of the title's letters and digits: "G20 Summit, Rio" gives "g20-summit-rio". */
    private String id() {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String id = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > 60) {
            id = id.substring(0, 60).replaceAll("-+$", "");
        }
        return id.isEmpty() ? "my-week" : id;
    }

    /** A placeholder in both languages: French for "fr", English for any other language. */
    private LocalizedText text(String english, String french) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(firstLanguage, firstLanguage.equals("fr") ? french : english);
        texts.put(secondLanguage, secondLanguage.equals("fr") ? french : english);
        return new LocalizedText(texts);
    }

    /** The same text in both languages: the author's title, to translate if they wish. */
    private LocalizedText same(String text) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(firstLanguage, text);
        texts.put(secondLanguage, text);
        return new LocalizedText(texts);
    }
}
