package org.ammreader.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ammreader.synthetic.SyntheticWords.Partner;
import org.ammreader.synthetic.SyntheticWords.Subject;
import org.ammreader.synthetic.SyntheticWords.Track;

/**
 * Draws and writes the meetings of a synthetic model, one at a time, from one random sequence: the mix a real
 * calendar has — most meetings timed, some all-day, some over several days, some with a start only; most
 * confirmed, a few uncertain with a note saying why.
 */
final class SyntheticMeetings {

    /** Out of 100: timed (start and end), start only, all-day; the rest run over several days. */
    private static final int TIMED = 58;
    private static final int START_ONLY = 65;
    private static final int ALL_DAY = 90;
    /** Out of 100: confirmed, single-source, disputed; the rest unverified. */
    private static final int CONFIRMED = 80;
    private static final int SINGLE_SOURCE = 92;
    private static final int DISPUTED = 97;

    private final SplittableRandom random;
    private final LocalDate lastDay;
    private final int trackWeights;
    /** How many meetings each subject's working group has held so far: "#412" in a title. */
    private final int[] sessions = new int[SyntheticWords.SUBJECTS.size()];

    SyntheticMeetings(SplittableRandom random, LocalDate lastDay) {
        this.random = random;
        this.lastDay = lastDay;
        this.trackWeights = SyntheticWords.TRACKS.stream().mapToInt(Track::weight).sum();
    }

    /**
     * Writes meeting number {@code number} (from 1), on {@code day}. {@code document}, if not null, names the
     * statement on maritime cooperation it adopted: the meeting is then one of ASEAN and a partner on that subject.
     */
    void write(JsonGenerator json, int number, LocalDate day, String document) throws IOException {
        String id = "m-" + number;
        Track track = document == null ? track() : SyntheticWords.WITH_PARTNERS;
        Subject subject = document == null ? pick(SyntheticWords.SUBJECTS) : SyntheticWords.MARITIME_COOPERATION;
        String[] title = title(track, subject);
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("track", track.id());
        SyntheticModel.text(json, "title", title[0], title[1]);
        json.writeStringField("date", day.toString());
        when(json, day);
        chairs(json);
        summary(json, subject);
        areas(json, subject);
        if (document != null) {
            json.writeArrayFieldStart("documents");
            json.writeString(document);
            json.writeEndArray();
        }
        confidence(json);
        sources(json, id, title[0], day);
        json.writeEndObject();
    }

    private void when(JsonGenerator json, LocalDate day) throws IOException {
        int kind = random.nextInt(100);
        if (kind < START_ONLY) {
            int start = 8 * 60 + 5 * random.nextInt(120);
            json.writeStringField("start", time(start));
            if (kind < TIMED) {
                int end = Math.min(start + 15 * (2 + random.nextInt(11)), 23 * 60 + 55);
                json.writeStringField("end", time(end));
            }
        } else if (kind >= ALL_DAY && day.isBefore(lastDay)) {
            LocalDate last = day.plusDays(1 + random.nextInt(3));
            json.writeStringField("endDate", (last.isAfter(lastDay) ? lastDay : last).toString());
        }
    }

    private void chairs(JsonGenerator json) throws IOException {
        int count = random.nextInt(3);
        if (count == 0) {
            return;
        }
        json.writeArrayFieldStart("chairs");
        for (int i = 0; i < count; i++) {
            json.writeString(pick(SyntheticWords.FIRST_NAMES) + " " + pick(SyntheticWords.LAST_NAMES));
        }
        json.writeEndArray();
    }

    private void summary(JsonGenerator json, Subject subject) throws IOException {
        switch (random.nextInt(3)) {
            case 0 -> SyntheticModel.text(json, "summary",
                    "Delegates reviewed " + subject.en() + " and the work plan agreed at the previous session, and "
                            + "agreed to report to ministers.",
                    "Les délégués ont fait le point sur " + subject.fr() + " et sur le plan de travail adopté à la "
                            + "session précédente ; ils en rendront compte aux ministres.");
            case 1 -> SyntheticModel.text(json, "summary",
                    "Officials exchanged views on " + subject.en() + ", heard a briefing from the chair and agreed "
                            + "on the next steps.",
                    "Les responsables ont échangé leurs vues sur " + subject.fr() + ", entendu un exposé de la "
                            + "présidence et arrêté les prochaines étapes.");
            default -> SyntheticModel.text(json, "summary",
                    "The meeting discussed " + subject.en() + " and adopted a short list of joint projects for the "
                            + "coming year.",
                    "La réunion a porté sur " + subject.fr() + " et adopté une courte liste de projets communs pour "
                            + "l’année à venir.");
        }
    }

    /** The subject's area first (it colours the bar), then up to two others. */
    private void areas(JsonGenerator json, Subject subject) throws IOException {
        json.writeArrayFieldStart("areas");
        json.writeString(subject.area());
        String previous = subject.area();
        for (int i = random.nextInt(3); i > 0; i--) {
            String other = pick(SyntheticWords.AREAS).id();
            if (!other.equals(subject.area()) && !other.equals(previous)) {
                json.writeString(other);
                previous = other;
            }
        }
        json.writeEndArray();
    }

    private void confidence(JsonGenerator json) throws IOException {
        int draw = random.nextInt(100);
        if (draw < CONFIRMED) {
            json.writeStringField("confidence", "confirmed");
        } else if (draw < SINGLE_SOURCE) {
            json.writeStringField("confidence", "single-source");
        } else if (draw < DISPUTED) {
            json.writeStringField("confidence", "disputed");
            SyntheticModel.text(json, "note",
                    "Sources disagree on the date of this meeting; the date shown is the one most sources give.",
                    "Les sources divergent sur la date de cette réunion ; celle indiquée est la plus souvent citée.");
        } else {
            json.writeStringField("confidence", "unverified");
            SyntheticModel.text(json, "note", "No published source confirms that this meeting took place.",
                    "Aucune source publiée ne confirme que cette réunion a eu lieu.");
        }
    }

    /** One or two sources, at addresses under example.org, which is reserved for examples: never a real page. */
    private void sources(JsonGenerator json, String id, String title, LocalDate day) throws IOException {
        json.writeArrayFieldStart("sources");
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            Partner publisher = pick(SyntheticWords.PUBLISHERS);
            json.writeStartObject();
            json.writeStringField("publisher", publisher.en());
            json.writeStringField("title", title);
            json.writeStringField("url", "https://example.org/" + publisher.fr() + "/"
                    + day.toString().replace('-', '/') + "/" + id);
            json.writeStringField("date", day.toString());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The title in English and French, in the wording of the meeting's lane. */
    private String[] title(Track track, Subject s) {
        Partner p = pick(SyntheticWords.PARTNERS);
        Partner m = pick(SyntheticWords.MEMBERS);
        boolean first = random.nextBoolean();
        return switch (track.id()) {
            case "asean" -> first
                    ? pair("ASEAN Senior Officials’ Meeting on " + s.en(),
                            "Réunion des hauts fonctionnaires de l’ASEAN sur " + s.fr())
                    : pair("ASEAN Ministerial Meeting on " + s.en(), "Réunion ministérielle de l’ASEAN sur " + s.fr());
            case "partners" -> first
                    ? pair("ASEAN–" + p.en() + " Ministerial Meeting", "Réunion ministérielle ASEAN–" + p.fr())
                    : pair("ASEAN–" + p.en() + " Dialogue on " + s.en(), "Dialogue ASEAN–" + p.fr() + " sur " + s.fr());
            case "apt-eas-arf" -> first
                    ? pair("ARF Inter-Sessional Meeting on " + s.en(), "Réunion intersessions du FRA sur " + s.fr())
                    : pair("East Asia Summit workshop on " + s.en(), "Atelier du Sommet de l’Asie de l’Est sur " + s.fr());
            case "mekong" -> first
                    ? pair("Mekong–" + p.en() + " Cooperation Meeting", "Réunion de coopération Mékong–" + p.fr())
                    : pair("Mekong River Commission dialogue on " + s.en(),
                            "Dialogue de la Commission du Mékong sur " + s.fr());
            case "working-groups" -> {
                int session = ++sessions[SyntheticWords.SUBJECTS.indexOf(s)];
                yield pair("Working group on " + s.en() + " #" + session,
                        "Groupe de travail sur " + s.fr() + " nº " + session);
            }
            default -> first
                    ? pair(m.en() + "–" + p.en() + " bilateral talks", "Entretiens bilatéraux " + m.fr() + "–" + p.fr())
                    : pair("Expert workshop on " + s.en(), "Atelier d’experts sur " + s.fr());
        };
    }

    private Track track() {
        int draw = random.nextInt(trackWeights);
        for (Track track : SyntheticWords.TRACKS) {
            draw -= track.weight();
            if (draw < 0) {
                return track;
            }
        }
        throw new IllegalStateException("weights");
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String[] pair(String en, String fr) {
        return new String[] {en, fr};
    }

    private static String time(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
