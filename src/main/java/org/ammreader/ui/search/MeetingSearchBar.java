package org.ammreader.ui.search;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.MeetingFormat;
import org.ammreader.viewmodel.SearchViewModel;

/**
 * The toolbar's meeting search: the {@link SearchBar}, then how many matches the area filter hides with a link
 * that widens the filter to show them, and a button (or ↓ in the field) that lists the matches to pick from:
 * date, time, title and lane.
 */
public final class MeetingSearchBar extends HBox {

    /** Rows the list shows before it scrolls. */
    private static final int VISIBLE_ROWS = 12;
    private static final double ROW_HEIGHT = 26;
    /** The list's width where the window allows it: a day, a time, a title and a lane on one line. */
    private static final double LIST_WIDTH = 760;
    /** Room kept between the list and the window's edges. */
    private static final double WINDOW_MARGIN = 8;

    private final SearchBar bar;
    private final SearchViewModel search;
    private final MainViewModel main;
    private final Messages messages;
    /** The matches under the field; a list view, so that thousands of them cost only the rows in sight. */
    private final ListView<Meeting> list = new ListView<>();
    private final Popup results = new Popup();

    /** @param life the bar's lifetime: its bindings to the search end with it */
    public MeetingSearchBar(SearchViewModel search, MainViewModel main, Messages messages, Runnable onDone,
                            ViewLifetime life) {
        this.search = search;
        this.main = main;
        this.messages = messages;
        bar = new SearchBar(search, SearchBar.MEETINGS, messages, onDone, life);
        // Narrower than the reader's: the list button and the hidden count share the toolbar, in French too.
        bar.setFieldColumns(11);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        list.getStyleClass().add("search-results");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            {
                // As wide as the list, no wider: a long line ends in "…" rather than scroll sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Meeting meeting, boolean empty) {
                super.updateItem(meeting, empty);
                setText(empty || meeting == null ? null : describe(meeting));
            }
        });
        list.setOnMouseClicked(event -> pick(list.getSelectionModel().getSelectedItem()));
        results.getContent().add(list);
        results.setAutoHide(true);
        // A new search or filter makes the list stale: it closes rather than show what no longer matches.
        life.add(search.matchesProperty().subscribe(results::hide));

        Button open = new Button("\u2630");
        open.getStyleClass().add("search-list");
        open.setTooltip(new Tooltip(messages.get("search.results")));
        open.setAccessibleText(messages.get("search.results"));
        open.disableProperty().bind(search.countProperty().isEqualTo(0));
        open.setOnAction(event -> showResults());

        Label hidden = new Label();
        hidden.getStyleClass().add("search-hidden");
        hidden.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("search.hidden", search.hiddenProperty().get().size()), search.hiddenProperty()));
        Hyperlink show = new Hyperlink(messages.get("search.hidden.show"));
        show.getStyleClass().add("search-show-hidden");
        show.setTooltip(new Tooltip(messages.get("search.hidden.show.tooltip")));
        show.setOnAction(event -> search.showHidden());
        HBox hiddenNote = new HBox(2, hidden, show);
        hiddenNote.getStyleClass().add("search-hidden-note");
        hiddenNote.setAlignment(Pos.CENTER_LEFT);
        hiddenNote.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !search.hiddenProperty().get().isEmpty(), search.hiddenProperty()));
        hiddenNote.managedProperty().bind(hiddenNote.visibleProperty());

        // A filter on the bar runs before the field's own (Enter steps to the next match, Escape clears).
        bar.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        getChildren().addAll(bar, open, hiddenNote);
    }

    /** Puts the keyboard in the field with its text selected, ready to type over. */
    public void focus() {
        bar.focus();
    }

    /** While the list shows, ↑/↓ move in it, Enter picks, Escape closes it; otherwise ↓ opens it. */
    private void onKey(KeyEvent event) {
        if (!results.isShowing()) {
            if (event.getCode() == KeyCode.DOWN && search.countProperty().get() > 0) {
                showResults();
                event.consume();
            }
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        switch (event.getCode()) {
            case DOWN -> list.getSelectionModel().select(Math.min(at + 1, list.getItems().size() - 1));
            case UP -> list.getSelectionModel().select(Math.max(at - 1, 0));
            case ENTER -> pick(list.getSelectionModel().getSelectedItem());
            case ESCAPE -> results.hide();
            default -> {
                return;
            }
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
        event.consume();
    }

    private void pick(Meeting meeting) {
        results.hide();
        if (meeting != null) {
            search.pick(meeting);
        }
    }

    /** Lists the matches under the field, the first one chosen, the keyboard still in the field. */
    private void showResults() {
        Model model = main.modelProperty().get();
        List<Meeting> found = search.matchesProperty().get();
        if (model == null || found.isEmpty() || getScene() == null) {
            return;
        }
        list.getItems().setAll(found);
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        list.setPrefHeight(Math.min(found.size(), VISIBLE_ROWS) * ROW_HEIGHT + 2);
        // Under the field, but never past the window's right edge: the field sits at the right of the toolbar.
        Window window = getScene().getWindow();
        double width = Math.min(LIST_WIDTH, window.getWidth() - 2 * WINDOW_MARGIN);
        list.setPrefWidth(width);
        Bounds field = bar.localToScreen(bar.getBoundsInLocal());
        double x = Math.max(window.getX() + WINDOW_MARGIN,
                Math.min(field.getMinX(), window.getX() + window.getWidth() - WINDOW_MARGIN - width));
        results.show(bar, x, field.getMaxY());
    }

    /** "Thursday 1 August 2019 · 09:10 · Title · Lane" in the content language. */
    private String describe(Meeting meeting) {
        Model model = main.modelProperty().get();
        if (model == null) {
            return "";
        }
        MeetingFormat format = new MeetingFormat(messages, model.timeZone(), ZoneId.systemDefault());
        String language = main.contentLanguageProperty().get();
        String lane = model.track(meeting.track()).map(track -> track.label().get(language)).orElse("");
        return messages.get("search.result", format.day(meeting.date()), format.timeOfDay(meeting),
                meeting.title().get(language), lane);
    }
}
