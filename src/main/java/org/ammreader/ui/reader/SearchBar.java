package org.ammreader.ui.reader;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.ReaderViewModel;

/**
 * Search inside the document: the query, "3 of 7", previous and next. Enter goes to the next match, Shift+Enter
 * to the previous one; Escape clears the search and gives the keyboard back to {@code onDone}.
 */
final class SearchBar extends HBox {

    private final TextField field = new TextField();

    SearchBar(ReaderViewModel reader, Messages messages, Runnable onDone, ViewLifetime life) {
        getStyleClass().add("reader-search-bar");
        setAlignment(Pos.CENTER_LEFT);

        field.getStyleClass().add("reader-search");
        field.setPromptText(messages.get("reader.search.prompt"));
        field.setTooltip(new Tooltip(messages.get("reader.search.tooltip")));
        field.setAccessibleText(messages.get("reader.search.prompt"));
        life.bindBidirectional(field.textProperty(), reader.searchQueryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case ENTER -> {
                    if (event.isShiftDown()) {
                        reader.previous();
                    } else {
                        reader.next();
                    }
                }
                case ESCAPE -> {
                    reader.searchQueryProperty().set("");
                    onDone.run();
                }
                default -> {
                    return;
                }
            }
            event.consume();
        });

        Label count = new Label();
        count.getStyleClass().add("search-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(reader, messages),
                reader.searchQueryProperty(), reader.matchCountProperty(), reader.currentMatchProperty()));

        Button previous = button("↑", "search-previous", messages.get("reader.search.previous"), reader::previous);
        Button next = button("↓", "search-next", messages.get("reader.search.next"), reader::next);
        previous.disableProperty().bind(reader.matchCountProperty().isEqualTo(0));
        next.disableProperty().bind(reader.matchCountProperty().isEqualTo(0));

        getChildren().addAll(field, count, previous, next);
    }

    private static String countText(ReaderViewModel reader, Messages messages) {
        String query = reader.searchQueryProperty().get();
        if (query == null || query.isBlank()) {
            return "";
        }
        int count = reader.matchCountProperty().get();
        return count == 0 ? messages.get("reader.search.none")
                : messages.get("reader.search.count", reader.currentMatchProperty().get() + 1, count);
    }

    private static Button button(String glyph, String styleClass, String description, Runnable action) {
        Button button = new Button(glyph);
        button.getStyleClass().addAll("reader-tool", styleClass);
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Puts the keyboard in the search field with its text selected, ready to be replaced. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
