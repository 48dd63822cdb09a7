package org.ammreader.ui.reader;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ammreader.viewmodel.ReaderColumn;

/**
 * The text the user has selected with the mouse: a range in one paragraph of one column. It lives outside the
 * cells because the list recycles them: a cell that comes back into view shows the selection again.
 */
final class TextSelection {

    /** Characters {@code start}..{@code end} of a paragraph's text in one column, and that text. */
    record Span(int paragraph, ReaderColumn column, int start, int end, String text) {
        boolean isEmpty() {
            return start == end;
        }
    }

    private final ObjectProperty<Span> span = new SimpleObjectProperty<>(this, "span");

    ObjectProperty<Span> spanProperty() {
        return span;
    }

    /** Selects characters between {@code anchor} and {@code caret}, in whichever order they came. */
    void select(int paragraph, ReaderColumn column, String content, int anchor, int caret) {
        int start = Math.min(anchor, caret);
        int end = Math.max(anchor, caret);
        span.set(new Span(paragraph, column, start, end, content.substring(start, end)));
    }

    void clear() {
        span.set(null);
    }

    /** The selection, when some text is selected. */
    Optional<Span> selected() {
        Span current = span.get();
        return current == null || current.isEmpty() ? Optional.empty() : Optional.of(current);
    }
}
