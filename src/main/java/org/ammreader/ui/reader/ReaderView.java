package org.ammreader.ui.reader;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.TextClipboard;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.ui.search.SearchBar;
import org.ammreader.viewmodel.ReaderViewModel;

/**
 * The bilingual reader: a toolbar over one scrolling list of aligned rows. Style it with
 * {@link #STYLESHEET} after the theme's token sheet.
 *
 * <p>Keys while the reader has the focus: Up/Down from paragraph to paragraph, Ctrl+F search, Enter/F3 next
 * match, Shift+Enter/Shift+F3 previous, Escape clears the text selection, then the search, then does what
 * {@link #setOnLastEscape} says (the main window leaves its reading layout); Ctrl+C copies the
 * selected text or else the selected paragraph, with its citation, and says "Copied" for a moment;
 * Ctrl+plus/minus/0 change the text size.
 */
public final class ReaderView extends BorderPane {

    /** The reader's stylesheet, as a class-path resource. */
    public static final String STYLESHEET = "/org/ammreader/ui/reader/reader.css";

    /** The reader's search bar: its own words and the look of the reader's tools. */
    private static final SearchBar.Kind SEARCH = new SearchBar.Kind("reader.search", "reader-search-bar",
            "reader-search", List.of("reader-tool"));
    /** Long enough to be read, short enough not to linger over the text. */
    private static final Duration COPIED_SHOWN_FOR = Duration.seconds(2);

    private final ReaderViewModel reader;
    private final TextSelection selection = new TextSelection();
    private final ParagraphList list;
    private final SearchBar search;
    /** "Copied", shown over the text's top right corner for a moment after each copy. */
    private final Label copied;
    private final PauseTransition copiedFor = new PauseTransition(COPIED_SHOWN_FOR);
    /** What Escape does when there is nothing left to clear; it answers whether it did something. */
    private BooleanSupplier onLastEscape = () -> false;

    /** @param life the reader's lifetime: its listeners on the view-model end with it */
    public ReaderView(ReaderViewModel reader, Messages messages, ViewLifetime life) {
        this.reader = reader;
        getStyleClass().add("reader");
        list = new ParagraphList(reader, messages, selection, life);
        search = new SearchBar(reader.search(), SEARCH, messages, this::focusParagraphs, life);
        ReaderToolbar toolbar = new ReaderToolbar(reader, messages, search, life);
        // The toolbar spans the reading block, not the window: on a wide screen it stays above the text.
        toolbar.maxWidthProperty().bind(reader.textSizeProperty().multiply(
                ColumnLayout.MARGIN_EM + 2 * ColumnLayout.MEASURE_EM + ColumnLayout.GUTTER_EM)
                .add(2 * ColumnLayout.SIDE));
        StackPane top = new StackPane(toolbar);
        top.getStyleClass().add("reader-top");
        setTop(top);

        Label empty = new Label(messages.get("reader.empty"));
        empty.getStyleClass().add("reader-empty");
        empty.visibleProperty().bind(reader.documentProperty().isNull());
        list.visibleProperty().bind(reader.documentProperty().isNotNull());
        copied = new Label(messages.get("reader.copied"));
        copied.getStyleClass().add("reader-copied");
        copied.setVisible(false);
        copied.setMouseTransparent(true);
        StackPane.setAlignment(copied, Pos.TOP_RIGHT);
        copiedFor.setOnFinished(event -> copied.setVisible(false));
        setCenter(new StackPane(list, empty, copied));

        list.setContextMenu(contextMenu(messages));
        life.add(reader.rows().subscribe(selection::clear));
        // A filter, not a handler: the list would otherwise take Escape (it cancels cell editing) before the reader.
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * What Escape does once the text selection and the search are cleared: {@code action} answers whether it did
     * something, and if it did not, Escape goes on to the list as before.
     */
    public void setOnLastEscape(BooleanSupplier action) {
        onLastEscape = action;
    }

    /** Gives the keyboard to the paragraphs, e.g. after the user opened a document from a menu. */
    public void focusParagraphs() {
        list.requestFocus();
    }

    private ContextMenu contextMenu(Messages messages) {
        MenuItem copyParagraph = item(messages.get("reader.copy.paragraph"), this::copyParagraph);
        MenuItem copySelection = item(messages.get("reader.copy.selection"), this::copySelection);
        ContextMenu menu = new ContextMenu(copyParagraph, copySelection, new SeparatorMenuItem(),
                item(messages.get("reader.text.larger"), reader::largerText),
                item(messages.get("reader.text.smaller"), reader::smallerText),
                item(messages.get("reader.text.default"), reader::resetTextSize));
        menu.setOnShowing(event -> {
            copyParagraph.setDisable(reader.selectedParagraphProperty().get() < 0);
            copySelection.setDisable(selection.selected().isEmpty());
        });
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        return item;
    }

    private void onKey(KeyEvent event) {
        // In the search field, Ctrl+C, Escape and the like are the field's own; the reader's keys still work.
        boolean inField = event.getTarget() instanceof TextInputControl;
        if (event.isShortcutDown() ? shortcut(event, inField) : plainKey(event, inField)) {
            event.consume();
        }
    }

    private boolean shortcut(KeyEvent event, boolean inField) {
        switch (event.getCode()) {
            case F -> search.focus();
            case C -> {
                if (inField) {
                    return false;
                }
                copy();
            }
            case PLUS, EQUALS, ADD -> reader.largerText();
            case MINUS, SUBTRACT -> reader.smallerText();
            case DIGIT0, NUMPAD0 -> reader.resetTextSize();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plainKey(KeyEvent event, boolean inField) {
        switch (event.getCode()) {
            case F3 -> step(event);
            case ENTER -> {
                // On the text, Enter goes on with the search; elsewhere (the meeting link…) it is not ours.
                if (event.getTarget() != list || reader.searchQueryProperty().get().isBlank()) {
                    return false;
                }
                step(event);
            }
            case ESCAPE -> {
                if (inField) {
                    return false;
                } else if (selection.selected().isPresent()) {
                    selection.clear();
                } else if (!reader.searchQueryProperty().get().isEmpty()) {
                    reader.searchQueryProperty().set("");
                } else {
                    return onLastEscape.getAsBoolean();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void step(KeyEvent event) {
        if (event.isShiftDown()) {
            reader.previous();
        } else {
            reader.next();
        }
    }

    /** The selected text when there is some, otherwise the selected paragraph in both languages; either cited. */
    private void copy() {
        if (selection.selected().isPresent()) {
            copySelection();
        } else {
            copyParagraph();
        }
    }

    private void copySelection() {
        selection.selected().ifPresent(span -> put(reader.copyText(span.paragraph(), span.text())));
    }

    private void copyParagraph() {
        int paragraph = reader.selectedParagraphProperty().get();
        if (paragraph >= 0) {
            put(reader.copyText(paragraph));
        }
    }

    private void put(String text) {
        TextClipboard.put(text);
        copied.setVisible(true);
        copiedFor.playFromStart();
    }
}
