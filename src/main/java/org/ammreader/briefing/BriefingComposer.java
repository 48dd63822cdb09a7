package org.ammreader.briefing;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.FilterInWords;
import org.ammreader.info.AppInfo;
import org.ammreader.model.Area;
import org.ammreader.model.Document;
import org.ammreader.model.Fact;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;

/**
 * Decides what the sheet says for one model, area filter and content language. Nothing here is specific to the
 * bundled week: the meeting in focus is the one the model's first document comes from, the declaration is that
 * document, and a model with no document simply has neither section.
 */
public final class BriefingComposer {

    private final Clock clock;

    public BriefingComposer(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param language  a content language of the model: the sheet's text and its own labels follow it
     * @param bilingual whether the declaration's points also appear in a second language of the model
     */
    public BriefingContent compose(Model model, AreaFilter filter, String language, boolean bilingual) {
        return compose(model, filter, BriefingPeriod.whole(model), language, bilingual);
    }

    /**
     * The sheet of the meetings of {@code period}. The meeting in focus, the declaration and their sources are
     * on it only when that meeting (or, for a declaration adopted at no meeting, its date) falls in the period:
     * a sheet of Monday does not speak of Thursday.
     */
    public BriefingContent compose(Model model, AreaFilter filter, BriefingPeriod period, String language,
                                   boolean bilingual) {
        if (!model.languages().contains(language)) {
            throw new IllegalArgumentException("not a language of the model: " + language);
        }
        BriefingLabels labels = new BriefingLabels(language);
        Optional<Document> firstDocument = model.documents().stream().findFirst();
        Optional<Meeting> featured = firstDocument.flatMap(Document::meeting).flatMap(model::meeting)
                .filter(period::includes);
        Optional<Document> declaration = firstDocument.filter(document -> document.meeting().isPresent()
                ? featured.isPresent() : period.includes(document.date()));
        String title = model.title().get(language);
        String dates = labels.dateRange(model.startDate(), model.endDate());
        ZonedDateTime now = ZonedDateTime.now(clock);
        return new BriefingContent(language,
                header(model, filter, period, language, labels, title, dates),
                featured.map(meeting -> featured(model, meeting, language, labels)),
                new ScheduleComposer(model, filter, language, labels).schedule(period),
                declaration.map(document -> declaration(model, document, featured, filter, language, bilingual, labels)),
                new SourcesCollector(labels).sources(featured, declaration),
                generatedOn(model, labels, now),
                labels.text("page", "{0}", "{1}"),
                new BriefingContent.DocumentInfo(labels.text("info.title", title), AppInfo.name(),
                        labels.text("info.subject", model.venue().get(language), dates),
                        String.join(", ", areaLabels(model, filter, language)), language, now));
    }

    private static BriefingContent.Header header(Model model, AreaFilter filter, BriefingPeriod period,
                                                 String language, BriefingLabels labels, String title, String dates) {
        List<BriefingContent.Labelled> details = new ArrayList<>();
        if (!period.coversAll(model)) {
            details.add(new BriefingContent.Labelled(labels.label("header.period"),
                    labels.dateRange(period.from(), period.to())));
        }
        WeekChair.of(model, language).ifPresent(chair ->
                details.add(new BriefingContent.Labelled(labels.label("header.chair"), chair)));
        details.add(new BriefingContent.Labelled(labels.label("header.time"),
                labels.zone(model.timeZone(), model.startDate())));
        String chosen = FilterInWords.say(model, filter, language, new FilterInWords.Phrases() {
            @Override
            public String all(int count) {
                return labels.text("header.areas.all", count);
            }

            @Override
            public String none() {
                return labels.text("header.areas.none");
            }

            @Override
            public String some(List<String> names) {
                return String.join(labels.text("list.separator"), names);
            }
        });
        details.add(new BriefingContent.Labelled(labels.label("header.areas"), chosen));
        return new BriefingContent.Header(labels.text("kicker"), title,
                dates + " \u00b7 " + model.venue().get(language), details);
    }

    private static List<String> areaLabels(Model model, AreaFilter filter, String language) {
        return model.areas().stream().filter(area -> filter.includes(area.id()))
                .map(Area::label).map(label -> label.get(language)).toList();
    }

    private static BriefingContent.Featured featured(Model model, Meeting meeting, String language,
                                                     BriefingLabels labels) {
        String day = labels.weekdayWithYear(meeting.date());
        String when = meeting.hasTime() ? labels.text("featured.when", day, labels.timeOfDay(meeting)) : day;
        List<String> adopted = meeting.documents().stream().map(model::document).flatMap(Optional::stream)
                .map(document -> document.title().get(language)).toList();
        List<BriefingContent.Fact> facts = model.facts().stream().map(fact -> fact(fact, language, labels)).toList();
        return new BriefingContent.Featured(labels.text("featured.kicker"), meeting.title().get(language), when,
                labels.text("featured.chairs", meeting.chairs().size()), texts(meeting.chairs(), language),
                labels.text("featured.adopted"), adopted, labels.text("featured.facts"), facts);
    }

    /** A fact, flagged and explained as a meeting is when the sources do not settle it. */
    private static BriefingContent.Fact fact(Fact fact, String language, BriefingLabels labels) {
        boolean doubtful = fact.confidence().needsNote();
        String doubt = doubtful ? fact.note().map(note -> labels.text("doubt." + fact.confidence().code(),
                note.get(language))).orElse("") : "";
        return new BriefingContent.Fact(fact.label().get(language), fact.value().get(language),
                labels.text("fact.reference", labels.partialDate(fact.asOf())),
                ScheduleComposer.flag(fact.confidence()), doubt);
    }

    private static BriefingContent.Declaration declaration(Model model, Document document, Optional<Meeting> featured,
                                                           AreaFilter filter, String language, boolean bilingual,
                                                           BriefingLabels labels) {
        List<String> languages = new ArrayList<>(List.of(language));
        if (bilingual) {
            model.languages().stream().filter(other -> !other.equals(language)).findFirst().ifPresent(languages::add);
        }
        List<BriefingContent.Point> points = new ArrayList<>();
        for (int i = 0; i < document.paragraphs().size(); i++) {
            Paragraph paragraph = document.paragraphs().get(i);
            if (filter.matches(paragraph.areas())) {
                points.add(new BriefingContent.Point(String.valueOf(i + 1),
                        languages.stream().map(paragraph.text()::get).toList()));
            }
        }
        boolean fromFeatured = featured.isPresent() && document.meeting().equals(featured.map(Meeting::id));
        String subtitle = labels.text(fromFeatured ? "declaration.subtitle" : "declaration.subtitle.elsewhere",
                labels.fullDate(document.date()));
        List<String> columns = languages.size() < 2 ? List.of()
                : languages.stream().map(BriefingComposer::languageName).toList();
        return new BriefingContent.Declaration(labels.text("declaration.heading"), document.title().get(language),
                subtitle, document.rendition().get(language), columns, points, labels.text("declaration.empty"));
    }

    /** A language's own name for itself, capitalised as a column heading: "English", "Français", "Español". */
    private static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private static String generatedOn(Model model, BriefingLabels labels, ZonedDateTime now) {
        return labels.text("generated", labels.fullDate(now.toLocalDate()), labels.time(now.toLocalTime()),
                AppInfo.name(), AppInfo.version(), model.id());
    }

    static List<String> texts(List<LocalizedText> texts, String language) {
        return texts.stream().map(text -> text.get(language)).toList();
    }
}
