package org.ammreader.ui.detail;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.FilterWidening;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.Messages;
import org.ammreader.model.ActorRef;
import org.ammreader.model.Confidence;
import org.ammreader.model.Fact;
import org.ammreader.model.LocalizedText;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Source;
import org.ammreader.ui.AreaSwatch;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.MeetingFormat;

/**
 * Everything known about the selected meeting, in the content language: when, who, what was decided, the
 * cooperation areas, its documents (opened in the reader) and its sources (opened in the browser). With no meeting
 * selected, the week and its key facts.
 */
public final class DetailPane extends StackPane {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Consumer<String> openDocument;
    private final Consumer<String> openUrl;
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label empty;

    /** @param life the pane's lifetime: its listeners on the view-model end with it */
    public DetailPane(MainViewModel viewModel, Messages messages, Consumer<String> openDocument,
                      Consumer<String> openUrl, ViewLifetime life) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.openDocument = openDocument;
        this.openUrl = openUrl;
        getStyleClass().add("detail-pane");
        content.getStyleClass().add("detail-content");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("detail-scroll");
        empty = new Label(messages.get("placeholder.detail"));
        empty.getStyleClass().add("placeholder");
        empty.setWrapText(true);
        getChildren().addAll(scroll, empty);
        life.add(viewModel.selectedMeetingProperty().subscribe((old, now) -> refresh()));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> refresh()));
        // A filter change rebuilds the pane only when it hides or shows the selected meeting (ADR 0019).
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> {
            if (hides(old) != hides(now)) {
                refresh();
            }
        }));
        refresh();
    }

    private void refresh() {
        Meeting meeting = viewModel.selectedMeetingProperty().get();
        Model model = viewModel.modelProperty().get();
        scroll.setVisible(model != null);
        empty.setVisible(model == null);
        content.getChildren().clear();
        if (model != null) {
            String language = viewModel.contentLanguageProperty().get();
            if (meeting == null) {
                buildWeek(model, language);
            } else if (hides(viewModel.areaFilterProperty().get())) {
                buildHidden(meeting, language);
            } else {
                build(meeting, model, language);
            }
            scroll.setVvalue(0);
        }
    }

    /**
     * With no meeting selected: the week itself and its key facts, a doubtful fact shown as a doubtful meeting is
     * (badge and note), each with its reference date and sources.
     */
    private void buildWeek(Model model, String language) {
        add(label(messages.get("detail.week"), "detail-week-kicker"));
        add(label(model.title().get(language), "detail-week-title"));
        add(label(Dates.range(model.startDate(), model.endDate(), messages.locale()) + " \u00b7 "
                + model.venue().get(language), "detail-when"));
        add(label(messages.get("placeholder.detail"), "detail-user-time"));
        if (model.facts().isEmpty()) {
            return;
        }
        section("detail.keyFacts");
        for (Fact fact : model.facts()) {
            Label name = label(fact.label().get(language), "detail-fact-label");
            VBox.setMargin(name, new Insets(10, 0, 0, 0));
            add(name);
            add(label(fact.value().get(language), "detail-text"));
            add(label(messages.get("detail.reference", Dates.partial(fact.asOf(), messages.locale())),
                    "detail-user-time"));
            if (fact.confidence() != Confidence.CONFIRMED) {
                add(doubt("confidence." + fact.confidence().code(), fact.confidence(),
                        fact.note().map(note -> note.get(language))));
            }
            fact.sources().forEach(source -> add(sourceLink(source, language)));
        }
    }

    /** Whether {@code filter} hides the selected meeting. */
    private boolean hides(AreaFilter filter) {
        Meeting meeting = viewModel.selectedMeetingProperty().get();
        return meeting != null && viewModel.model().filter(model -> !filter.matches(model, meeting)).isPresent();
    }

    /**
     * A selected meeting the area filter hides: its details would describe what the timeline and the agenda do not
     * show, so the pane says so and offers to widen the filter or to clear the selection.
     */
    private void buildHidden(Meeting meeting, String language) {
        add(label(messages.get("detail.hidden", meeting.title().get(language)), "detail-hidden"));
        Hyperlink show = new Hyperlink(messages.get("detail.hidden.show"));
        show.getStyleClass().add("detail-hidden-show");
        show.setOnAction(event -> viewModel.areaFilterProperty().set(
                FilterWidening.toShow(viewModel.areaFilterProperty().get(), viewModel.model().orElseThrow(),
                        List.of(meeting))));
        Hyperlink clear = new Hyperlink(messages.get("detail.hidden.clear"));
        clear.getStyleClass().add("detail-hidden-clear");
        clear.setOnAction(event -> viewModel.selectedMeetingProperty().set(null));
        add(new HBox(8, show, clear));
    }

    private void build(Meeting meeting, Model model, String language) {
        MeetingFormat format = new MeetingFormat(messages, model.timeZone(), ZoneId.systemDefault());
        model.track(meeting.track()).ifPresent(track -> add(label(track.label().get(language), "detail-track")));
        add(label(meeting.title().get(language), "detail-title"));
        add(label(format.when(meeting), "detail-when"));
        format.inUserZone(meeting).ifPresent(text -> add(label(text, "detail-user-time")));
        meeting.alternativeTime().ifPresent(other -> add(doubt("detail.timeDisputed", Confidence.DISPUTED,
                Optional.of(other.note().get(language)))));
        meeting.venue().ifPresent(venue -> add(label(venue.get(language), "detail-venue")));
        add(confidence(meeting, language));
        // A meeting's documents come first: opening the declaration is the reason many readers come here.
        for (String documentId : meeting.documents()) {
            model.document(documentId).ifPresent(document -> {
                Hyperlink link = new Hyperlink(messages.get("detail.openInReader", document.title().get(language)));
                link.getStyleClass().add("detail-document-link");
                link.setWrapText(true);
                link.setOnAction(e -> openDocument.accept(documentId));
                add(link);
            });
        }
        if (!meeting.chairs().isEmpty()) {
            section(meeting.chairs().size() > 1 ? "detail.coChairs" : "detail.chair");
            meeting.chairs().forEach(chair -> add(label(chair.get(language), "detail-text")));
        }
        meeting.participants().ifPresent(p -> {
            section("detail.participants");
            add(label(p.get(language), "detail-text"));
        });
        if (!meeting.actors().isEmpty()) {
            section("detail.actors");
            meeting.actors().forEach(actor -> add(actorLink(actor, model, language)));
        }
        section("detail.summary");
        add(label(meeting.summary().get(language), "detail-text"));
        if (!meeting.outcomes().isEmpty()) {
            section("detail.outcomes");
            for (LocalizedText outcome : meeting.outcomes()) {
                add(label("\u2022  " + outcome.get(language), "detail-text", "detail-bullet"));
            }
        }
        if (!meeting.areas().isEmpty()) {
            section("detail.areas");
            add(areaChips(meeting, model, language));
        }
        if (meeting.confidence() == Confidence.CONFIRMED) {
            meeting.note().ifPresent(note -> {
                section("detail.note");
                add(label(note.get(language), "detail-note"));
            });
        }
        section("detail.sources");
        for (Source source : meeting.sources()) {
            add(sourceLink(source, language));
        }
    }

    /**
     * How well the sources support the meeting. Doubt comes first, with its note; for a confirmed meeting the
     * badge stays quiet and its note (which only qualifies details) waits at the end, before the sources.
     */
    private Node confidence(Meeting meeting, String language) {
        VBox box = new VBox(4);
        box.getStyleClass().addAll("detail-confidence", "confidence-" + meeting.confidence().code());
        Label badge = label(messages.get("confidence." + meeting.confidence().code()), "confidence-badge");
        box.getChildren().add(badge);
        if (meeting.confidence() == Confidence.CONFIRMED) {
            box.getStyleClass().add("confidence-quiet");
        } else {
            meeting.note().ifPresent(note -> box.getChildren().add(label(note.get(language), "detail-note")));
        }
        return box;
    }

    /** A doubt as a doubtful meeting shows it: the badge, then the note saying who says what. */
    private Node doubt(String key, Confidence confidence, Optional<String> note) {
        VBox box = new VBox(4, label(messages.get(key), "confidence-badge"));
        note.ifPresent(text -> box.getChildren().add(label(text, "detail-note")));
        box.getStyleClass().addAll("detail-confidence", "confidence-" + confidence.code());
        return box;
    }

    private Node areaChips(Meeting meeting, Model model, String language) {
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("detail-areas");
        // A flow pane's own minimum is its widest chip: it would hold the whole pane wider than its viewport,
        // and every wrapped line of the details would run under the scroll bar. A chip wider than the pane
        // shortens its label instead.
        chips.setMinWidth(0);
        for (String areaId : meeting.areas()) {
            model.area(areaId).ifPresent(area -> {
                Label chip = new Label(area.label().get(language), AreaSwatch.of(area));
                chip.getStyleClass().add("area-chip");
                chip.maxWidthProperty().bind(chips.widthProperty());
                chips.getChildren().add(chip);
            });
        }
        return chips;
    }

    private Node sourceLink(Source source, String language) {
        String date = source.date().map(d -> " (" + d + ")").orElse("");
        Hyperlink link = new Hyperlink(source.publisher() + " \u2014 " + source.shownTitle(language) + date);
        link.setWrapText(true);
        link.getStyleClass().add("detail-source");
        link.setTooltip(new Tooltip(source.url()));
        link.setOnAction(e -> openUrl.accept(source.url()));
        return link;
    }

    /**
     * A person or delegation the meeting names, with its role: following it shows only that actor's meetings,
     * keeping the areas chosen (a filter change, which Undo takes back).
     */
    private Node actorLink(ActorRef actor, Model model, String language) {
        String id = actor.actorId();
        String name = actor.person().flatMap(model::person).map(p -> p.name().get(language))
                .or(() -> actor.delegation().flatMap(model::delegation).map(d -> d.name().get(language)))
                .orElse(id);
        Hyperlink link = new Hyperlink(messages.get("detail.actor.link", name,
                messages.get("detail.role." + actor.role().code())));
        link.getStyleClass().add("detail-actor-link");
        link.setWrapText(true);
        link.setTooltip(new Tooltip(messages.get("detail.actor.tip", name)));
        link.setOnAction(e -> viewModel.areaFilterProperty().set(viewModel.areaFilterProperty().get()
                .withActors(ActorFilter.of(List.of(id)))));
        return link;
    }

    private void section(String key) {
        Label heading = label(messages.get(key), "detail-section");
        VBox.setMargin(heading, new Insets(16, 0, 2, 0));
        add(heading);
    }

    private void add(Node node) {
        content.getChildren().add(node);
    }

    private static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().addAll(List.of(styleClasses));
        return label;
    }
}
