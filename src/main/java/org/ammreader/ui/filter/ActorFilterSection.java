package org.ammreader.ui.filter;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.MeetingSearch;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Delegation;
import org.ammreader.model.Model;
import org.ammreader.model.Person;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.MainViewModel;

/**
 * The filter panel's "People and delegations": a search field and the list of the model's delegations then people,
 * each with its number of meetings; choosing one (a click, Space or Enter) adds it to the one filter, or takes it
 * out (ADR 0020). Down from the field goes to the list, so the keyboard alone reaches every actor.
 */
final class ActorFilterSection extends VBox {

    /** One line of the list: an actor's id, with what it shows. */
    private record Line(String id, String text) {
    }

    private final MainViewModel viewModel;
    private final Messages messages;
    private final TextField search = new TextField();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ListView<Line> list = new ListView<>(lines);

    ActorFilterSection(MainViewModel viewModel, Messages messages, ViewLifetime life) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("actor-filter");
        Label title = new Label(messages.get("filter.actors.title"));
        title.getStyleClass().add("area-filter-title");
        title.setLabelFor(search);
        search.setPromptText(messages.get("filter.actors.search"));
        search.getStyleClass().add("actor-search");
        list.getStyleClass().add("actor-list");
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setOnMouseClicked(event -> {
                    if (getItem() != null) {
                        toggle(getItem().id());
                    }
                });
            }

            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
            }
        });
        list.setOnKeyPressed(event -> {
            Line line = list.getSelectionModel().getSelectedItem();
            if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) && line != null) {
                toggle(line.id());
                event.consume();
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !lines.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().select(0);
                event.consume();
            }
        });
        search.textProperty().subscribe(text -> rebuild());
        life.add(viewModel.modelProperty().subscribe((old, now) -> rebuild()));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> rebuild()));
        life.add(viewModel.areaFilterProperty().subscribe((old, now) -> rebuild()));
        getChildren().addAll(title, search, list);
        rebuild();
    }

    /** Puts the keyboard in the search field. */
    void focusSearch() {
        search.requestFocus();
    }

    private void toggle(String actorId) {
        ActorFilter actors = viewModel.areaFilterProperty().get().actors().toggle(actorId);
        viewModel.areaFilterProperty().set(viewModel.areaFilterProperty().get().withActors(actors));
    }

    /** The delegations, then the people, whose name (in any language) or office contains the search's words. */
    private void rebuild() {
        Model model = viewModel.modelProperty().get();
        int selected = list.getSelectionModel().getSelectedIndex();
        List<Line> shown = new ArrayList<>();
        if (model != null) {
            String language = viewModel.contentLanguageProperty().get();
            ActorFilter chosen = viewModel.areaFilterProperty().get().actors();
            String query = MeetingSearch.fold(search.getText() == null ? "" : search.getText()).strip();
            for (Delegation delegation : model.delegations()) {
                String haystack = String.join("\n", delegation.name().values().values()) + "\n" + delegation.id();
                if (MeetingSearch.fold(haystack).contains(query)) {
                    shown.add(line(delegation.id(), delegation.name().get(language), chosen));
                }
            }
            for (Person person : model.people()) {
                String haystack = String.join("\n", person.name().values().values()) + "\n"
                        + String.join("\n", person.office().values().values());
                if (MeetingSearch.fold(haystack).contains(query)) {
                    shown.add(line(person.id(), person.name().get(language), chosen));
                }
            }
        }
        lines.setAll(shown);
        if (selected >= 0 && selected < lines.size()) {
            list.getSelectionModel().select(selected);
        }
    }

    private Line line(String id, String name, ActorFilter chosen) {
        String key = chosen.chosen().contains(id) ? "filter.actors.chosen" : "filter.actors.line";
        return new Line(id, messages.get(key, name, viewModel.actorCount(id)));
    }
}
