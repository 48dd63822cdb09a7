package org.ammreader.ui.reader;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.ListCell;
import org.ammreader.i18n.Messages;
import org.ammreader.viewmodel.ReaderViewModel;

/** A cell of the reader's list: it shows the heading or a paragraph row, and repaints search matches in place. */
final class ReaderCell extends ListCell<ReaderLine> {

    private final ReaderViewModel reader;
    private final DocumentHeadingView heading;
    private final ParagraphRowView row;
    // Kept in a field: the view-model outlives the cells the list throws away, so it only holds this weakly.
    private final InvalidationListener onSearch = o -> repaintMatches();

    ReaderCell(ReaderViewModel reader, Messages messages, TextSelection selection) {
        this.reader = reader;
        heading = new DocumentHeadingView(reader, messages);
        row = new ParagraphRowView(reader, messages, selection);
        getStyleClass().add("reader-cell");
        reader.search().matches().addListener(new WeakInvalidationListener(onSearch));
        reader.currentMatchProperty().addListener(new WeakInvalidationListener(onSearch));
    }

    @Override
    protected void updateItem(ReaderLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            setAccessibleText(null);
        } else if (line instanceof ReaderLine.Heading head) {
            heading.show(head.left(), head.right(), head.single());
            setGraphic(heading);
            setAccessibleText(head.left().title());
        } else if (line instanceof ReaderLine.Row paragraph) {
            row.show(paragraph.row(), paragraph.single());
            repaintMatches();
            setGraphic(row);
            setAccessibleText(row.getAccessibleText());
        }
    }

    private void repaintMatches() {
        if (getItem() instanceof ReaderLine.Row) {
            row.highlight(reader.search().matches(), reader.search().currentMatch().orElse(null));
        }
    }
}
