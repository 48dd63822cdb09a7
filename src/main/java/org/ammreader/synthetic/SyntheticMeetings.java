package org.ammreader.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.ammreader.model.ActorRef;
import org.ammreader.model.Confidence;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.MeetingTime;
import org.ammreader.model.Source;
import org.ammreader.model.TimePrecision;
import org.ammreader.synthetic.SyntheticWords.Partner;
import org.ammreader.synthetic.SyntheticWords.Subject;
import org.ammreader.synthetic.SyntheticWords.Track;

/**
 * Draws the meetings of a synthetic model, one at a time, from one random sequence: the mix a real
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
     * Meeting number {@code number} (from 1), on {@code day}. {@code document}, if not null, names the statement
     * on maritime cooperation it adopted: the meeting is then one of ASEAN and a partner on that subject.
     * {@code actors}: the people and delegations it names.
     */
    Meeting meeting(int number, LocalDate day, String document, List<ActorRef> actors) {
        String id = "m-" + number;
        Track track = document == null ? track() : SyntheticWords.WITH_PARTNERS;
        Subject subject = document == null ? pick(SyntheticWords.SUBJECTS) : SyntheticWords.MARITIME_COOPERATION;
        String[] title = title(track, subject);
        Optional<LocalDate> endDate = Optional.empty();
        MeetingTime time = MeetingTime.NOT_REPORTED;
        int kind = random.nextInt(100);
        if (kind < START_ONLY) {
            int start = 8 * 60 + 5 * random.nextInt(120);
            Optional<LocalTime> end = Optional.empty();
            if (kind < TIMED) {
                end = Optional.of(time(Math.min(start + 15 * (2 + random.nextInt(11)), 23 * 60 + 55)));
            }
            time = new MeetingTime(Optional.of(time(start)), TimePrecision.EXACT, Optional.empty(), end,
                    Optional.empty());
        } else if (kind >= ALL_DAY && day.isBefore(lastDay)) {
            LocalDate last = day.plusDays(1 + random.nextInt(3));
            endDate = Optional.of(last.isAfter(lastDay) ? lastDay : last);
        }
        List<LocalizedText> chairs = chairs();
        LocalizedText summary = summary(subject);
        List<String> areas = areas(subject);
        Confidence confidence = confidence();
        Optional<LocalizedText> note = note(confidence);
        List<Source> sources = sources(id, title[0], day);
        return new Meeting(id, track.id(), SyntheticModel.text(title[0], title[1]), Optional.empty(), day, endDate, time,
                Optional.empty(), Optional.empty(), chairs, Optional.empty(), summary, List.of(), areas,
                document == null ? List.of() : List.of(document), confidence, note, sources, actors);
    }

    /** None, one or two chairs: names, the same in both languages. */
    private List<LocalizedText> chairs() {
        List<LocalizedText> chairs = new ArrayList<>();
        for (int count = random.nextInt(3); count > 0; count--) {
            String name = pick(SyntheticWords.FIRST_NAMES) + " " + pick(SyntheticWords.LAST_NAMES);
            chairs.add(SyntheticModel.text(name, name));
        }
        return chairs;
    }

    private LocalizedText summary(Subject subject) {
        return switch (random.nextInt(3)) {
            case 0 -> SyntheticModel.text(
                    "Delegates reviewed " + subject.en() + " and the work plan agreed at the previous session, and "
                            + "agreed to report to ministers.",
                    "Les délégués ont fait le point sur " + subject.fr() + " et sur le plan de travail adopté à la "
                            + "session précédente ; ils en rendront compte aux ministres.");
            case 1 -> SyntheticModel.text(
                    "Officials exchanged views on " + subject.en() + ", heard a briefing from the chair and agreed "
                            + "on the next steps.",
                    "Les responsables ont échangé leurs vues sur " + subject.fr() + ", entendu un exposé de la "
                            + "présidence et arrêté les prochaines étapes.");
            default -> SyntheticModel.text(
                    "The meeting discussed " + subject.en() + " and adopted a short list of joint projects for the "
                            + "coming year.",
                    "La réunion a porté sur " + subject.fr() + " et adopté une courte liste de projets communs pour "
                            + "l’année à venir.");
        };
    }

    /** The subject's area first (it colours the bar), then up to two others. */
    private List<String> areas(Subject subject) {
        List<String> areas = new ArrayList<>(List.of(subject.area()));
        String previous = subject.area();
        for (int i = random.nextInt(3); i > 0; i--) {
            String other = pick(SyntheticWords.AREAS).id();
            if (!other.equals(subject.area()) && !other.equals(previous)) {
                areas.add(other);
                previous = other;
            }
        }
        return areas;
    }

    private Confidence confidence() {
        int draw = random.nextInt(100);
        if (draw < CONFIRMED) {
            return Confidence.CONFIRMED;
        } else if (draw < SINGLE_SOURCE) {
            return Confidence.SINGLE_SOURCE;
        } else if (draw < DISPUTED) {
            return Confidence.DISPUTED;
        }
        return Confidence.UNVERIFIED;
    }

    /** Why a disputed or unverified meeting is uncertain. */
    private static Optional<LocalizedText> note(Confidence confidence) {
        return switch (confidence) {
            case DISPUTED -> Optional.of(SyntheticModel.text(
                    "Sources disagree on the date of this meeting; the date shown is the one most sources give.",
                    "Les sources divergent sur la date de cette réunion ; celle indiquée est la plus souvent citée."));
            case UNVERIFIED -> Optional.of(SyntheticModel.text(
                    "No published source confirms that this meeting took place.",
                    "Aucune source publiée ne confirme que cette réunion a eu lieu."));
            default -> Optional.empty();
        };
    }

    /** One or two sources, at addresses under example.org, which is reserved for examples: never a real page. */
    private List<Source> sources(String id, String title, LocalDate day) {
        List<Source> sources = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            Partner publisher = pick(SyntheticWords.PUBLISHERS);
            sources.add(new Source(publisher.en(), Optional.of(title), Optional.empty(), "https://example.org/"
                    + publisher.fr() + "/" + day.toString().replace('-', '/') + "/" + id, Optional.of(day.toString())));
        }
        return sources;
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

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }
}
