package org.ammreader.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.viewmodel.ReaderRow;
import org.ammreader.viewmodel.ReaderViewModel;

/**
 * The reader's single scrolling list: the heading, then one row per paragraph holding both languages side by
 * side. One virtualized list keeps the columns aligned and scrolling together by construction. The list's own
 * selection mirrors the view-model's selected paragraph; Up and Down move from paragraph to paragraph.
 */
final class ParagraphList extends ListView<ReaderLine> {

    private final ReaderViewModel reader;
    private boolean mirroring;

    ParagraphList(ReaderViewModel reader, Messages messages, TextSelection selection, ViewLifetime life) {
        this.reader = reader;
        getStyleClass().add("reader-list");
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setCellFactory(list -> new ReaderCell(reader, messages, selection));
        styleProperty().bind(reader.textSizeProperty().asString(Locale.ROOT, "-fx-font-size: %.1fpx;"));

        life.add(reader.rows().subscribe(this::rebuild));
        life.add(reader.singleLanguageProperty().subscribe(this::rebuild));
        life.add(reader.documentProperty().subscribe(() -> {
            rebuild();
            scrollTo(0);
        }));
        life.add(reader.leftLanguageProperty().subscribe(this::rebuild));
        life.add(reader.rightLanguageProperty().subscribe(this::rebuild));
        life.add(reader.selectedParagraphProperty().subscribe(() -> mirrorSelection(true)));
        life.add(reader.currentMatchProperty().subscribe(this::revealCurrentMatch));
        getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!mirroring) {
                reader.select(paragraphAt(now.intValue()));
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::moveBetweenParagraphs);
        rebuild();
    }

    private void rebuild() {
        List<ReaderLine> lines = new ArrayList<>();
        String left = reader.leftLanguageProperty().get();
        String right = reader.rightLanguageProperty().get();
        boolean single = reader.singleLanguageProperty().get();
        reader.heading(left).ifPresent(head -> lines.add(new ReaderLine.Heading(head,
                reader.heading(right).orElse(head), single)));
        for (ReaderRow row : reader.rows()) {
            lines.add(new ReaderLine.Row(row, single));
        }
        mirroring = true;
        getItems().setAll(lines);
        mirroring = false;
        mirrorSelection(false);
    }

    private int paragraphAt(int line) {
        return line >= 0 && line < getItems().size() && getItems().get(line) instanceof ReaderLine.Row row
                ? row.row().index() : -1;
    }

    /** The list line showing paragraph {@code paragraphIndex}, -1 if it is not listed. */
    private int lineOf(int paragraphIndex) {
        int position = reader.rowPosition(paragraphIndex);
        return position < 0 ? -1 : position + headingLines();
    }

    private int headingLines() {
        return !getItems().isEmpty() && getItems().get(0) instanceof ReaderLine.Heading ? 1 : 0;
    }

    private void mirrorSelection(boolean reveal) {
        int line = lineOf(reader.selectedParagraphProperty().get());
        mirroring = true;
        if (line < 0) {
            getSelectionModel().clearSelection();
        } else {
            getSelectionModel().select(line);
            getFocusModel().focus(line);
        }
        mirroring = false;
        if (reveal && line >= 0) {
            reveal(line);
        }
    }

    private void revealCurrentMatch() {
        reader.search().currentMatch().ifPresent(match -> {
            int line = lineOf(match.paragraph());
            if (line >= 0) {
                reveal(line);
            }
        });
    }

    /** Scrolls as little as needed to show {@code line} whole (ListView.scrollTo would put it at the top). */
    void reveal(int line) {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(line);
        } else {
            scrollTo(line);
        }
    }

    private void moveBetweenParagraphs(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return;
        }
        switch (event.getCode()) {
            case DOWN -> reader.selectNext();
            case UP -> {
                if (!reader.selectPrevious()) {
                    reveal(0);
                }
            }
            case HOME -> {
                reader.selectFirst();
                reveal(0);
            }
            case END -> reader.selectLast();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
