package org.ammreader.ui.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.SearchViewModel;

/** The meeting search of the toolbar: a field, the number of matches, and previous/next. */
public final class SearchBar extends HBox {

    private final TextField field = new TextField();

    /** @param life the bar's lifetime: its binding to the search ends with it */
    public SearchBar(SearchViewModel search, Messages messages, Runnable onDone, ViewLifetime life) {
        getStyleClass().add("search-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        field.setPromptText(messages.get("search.prompt"));
        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(16);
        life.bindBidirectional(field.textProperty(), search.queryProperty());
        field.setAccessibleText(messages.get("search.prompt"));
        Label count = new Label();
        count.getStyleClass().add("search-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int total = search.matchesProperty().get().size();
            if (search.queryProperty().get().isBlank()) {
                return "";
            }
            if (total == 0) {
                return messages.get("search.none");
            }
            int current = search.currentProperty().get();
            return current < 0 ? messages.get("search.total", total) : messages.get("search.position", current + 1, total);
        }, search.matchesProperty(), search.currentProperty(), search.queryProperty()));
        Button previous = new Button("\u2191");
        previous.getStyleClass().add("search-previous");
        previous.setTooltip(new Tooltip(messages.get("search.previous")));
        previous.setOnAction(e -> search.previous());
        Button next = new Button("\u2193");
        next.getStyleClass().add("search-next");
        next.setTooltip(new Tooltip(messages.get("search.next")));
        next.setOnAction(e -> search.next());
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> search.matchesProperty().get().isEmpty(),
                search.matchesProperty()));
        next.disableProperty().bind(previous.disableProperty());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    search.previous();
                } else {
                    search.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                field.clear();
                onDone.run();
                event.consume();
            }
        });
        getChildren().addAll(field, count, previous, next);
    }

    /** Puts the keyboard in the field with its text selected, ready to type over. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
