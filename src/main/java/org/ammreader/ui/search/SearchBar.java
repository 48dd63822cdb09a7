package org.ammreader.ui.search;

import java.util.List;
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
import org.ammreader.viewmodel.TextSearch;

/**
 * A search bar: the query, "3 of 7", previous and next, over any {@link TextSearch} (the toolbar's meeting search,
 * the reader's search in a document). Enter goes to the next match, Shift+Enter to the previous one; Escape clears
 * the search and gives the keyboard back to {@code onDone}. Enter, Escape and leaving the field each commit the
 * search (one undo step per search, not per keystroke); while the field has the keyboard, Ctrl+Z is the field's own
 * undo of its typing.
 */
public final class SearchBar extends HBox {

    /**
     * Where a bar takes its words and its look: its texts are {@code keys} + ".prompt", ".none", ".total",
     * ".position", ".previous", ".next" and, if the bundle has one, ".tooltip".
     */
    public record Kind(String keys, String barClass, String fieldClass, List<String> buttonClasses) {
    }

    /** The toolbar's meeting search. */
    public static final Kind MEETINGS = new Kind("search", "search-bar", "search-field", List.of());

    private final TextField field = new TextField();

    /** @param life the bar's lifetime: its binding to the search ends with it */
    public SearchBar(TextSearch search, Kind kind, Messages messages, Runnable onDone, ViewLifetime life) {
        getStyleClass().add(kind.barClass());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        field.getStyleClass().add(kind.fieldClass());
        field.setPrefColumnCount(16);
        field.setPromptText(messages.get(kind.keys() + ".prompt"));
        field.setAccessibleText(messages.get(kind.keys() + ".prompt"));
        if (messages.bundle().containsKey(kind.keys() + ".tooltip")) {
            field.setTooltip(new Tooltip(messages.get(kind.keys() + ".tooltip")));
        }
        life.bindBidirectional(field.textProperty(), search.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            switch (event.getCode()) {
                case ENTER -> {
                    if (event.isShiftDown()) {
                        search.previous();
                    } else {
                        search.next();
                    }
                    // After the step to the match it selects: Undo then takes back the search first, as typed last.
                    search.commit();
                }
                case ESCAPE -> {
                    search.queryProperty().set("");
                    search.commit();
                    onDone.run();
                }
                default -> {
                    return;
                }
            }
            event.consume();
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                search.commit();
            }
        });

        Label count = new Label();
        count.getStyleClass().add("search-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(search, kind, messages),
                search.queryProperty(), search.countProperty(), search.currentProperty()));

        Button previous = button("\u2191", "search-previous", kind, messages.get(kind.keys() + ".previous"),
                search::previous);
        Button next = button("\u2193", "search-next", kind, messages.get(kind.keys() + ".next"), search::next);
        previous.disableProperty().bind(search.countProperty().isEqualTo(0));
        next.disableProperty().bind(previous.disableProperty());
        getChildren().addAll(field, count, previous, next);
    }

    /** "", "No match", "7 matches" before the first step, then "3 of 7". */
    private static String countText(TextSearch search, Kind kind, Messages messages) {
        String query = search.queryProperty().get();
        if (query == null || query.isBlank()) {
            return "";
        }
        int total = search.countProperty().get();
        int current = search.currentProperty().get();
        return total == 0 ? messages.get(kind.keys() + ".none")
                : current < 0 ? messages.get(kind.keys() + ".total", total)
                : messages.get(kind.keys() + ".position", current + 1, total);
    }

    private static Button button(String glyph, String styleClass, Kind kind, String description, Runnable action) {
        Button button = new Button(glyph);
        button.getStyleClass().addAll(kind.buttonClasses());
        button.getStyleClass().add(styleClass);
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The field's width in columns, for a bar that shares the toolbar with more controls. */
    public void setFieldColumns(int columns) {
        field.setPrefColumnCount(columns);
    }

    /** Puts the keyboard in the field with its text selected, ready to type over. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
