package org.ammreader.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.ammreader.filter.TextFinder;

/**
 * Search inside the open document: the query, its matches in the columns the reader shows (paragraph by
 * paragraph, left before right), and the current match, whose paragraph becomes the selected one.
 */
public final class DocumentSearch implements TextSearch {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchMatch> matches = FXCollections.observableArrayList();
    private final ObservableList<SearchMatch> readOnlyMatches = FXCollections.unmodifiableObservableList(matches);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ObservableList<ReaderRow> rows;
    private final ObservableBooleanValue singleLanguage;
    private final IntSupplier selectedParagraph;
    private final IntConsumer select;

    /**
     * @param selectedParagraph where a new search starts from, like a browser's find starts from the page shown
     * @param select called with the paragraph of the current match
     */
    DocumentSearch(ObservableList<ReaderRow> rows, ObservableBooleanValue singleLanguage, IntSupplier selectedParagraph,
                   IntConsumer select) {
        this.rows = rows;
        this.singleLanguage = singleLanguage;
        this.selectedParagraph = selectedParagraph;
        this.select = select;
        count.bind(Bindings.size(matches));
        query.addListener(o -> update());
        rows.addListener((ListChangeListener<ReaderRow>) change -> update());
        singleLanguage.addListener(o -> update());
    }

    private void update() {
        List<SearchMatch> found = new ArrayList<>();
        String text = query.get() == null ? "" : query.get();
        for (ReaderRow row : rows) {
            collect(found, row, ReaderColumn.LEFT, text);
            if (!singleLanguage.get()) {
                collect(found, row, ReaderColumn.RIGHT, text);
            }
        }
        // No current match while the list changes: listeners must never see an index into the old list.
        current.set(-1);
        matches.setAll(found);
        int from = selectedParagraph.getAsInt();
        int first = 0;
        while (first < found.size() && found.get(first).paragraph() < from) {
            first++;
        }
        moveTo(found.isEmpty() ? -1 : first % found.size());
    }

    private static void collect(List<SearchMatch> found, ReaderRow row, ReaderColumn column, String text) {
        for (TextFinder.Range range : TextFinder.find(row.text(column), text)) {
            found.add(new SearchMatch(row.index(), column, range.start(), range.end()));
        }
    }

    private void moveTo(int index) {
        current.set(index);
        if (index >= 0) {
            select.accept(matches.get(index).paragraph());
        }
    }

    /** Goes to the next match, from the last back to the first. */
    @Override
    public void next() {
        if (!matches.isEmpty()) {
            moveTo((current.get() + 1) % matches.size());
        }
    }

    /** Goes to the previous match, from the first back to the last. */
    @Override
    public void previous() {
        if (!matches.isEmpty()) {
            moveTo((current.get() - 1 + matches.size()) % matches.size());
        }
    }

    @Override
    public StringProperty queryProperty() {
        return query;
    }

    /** The matches in reading order: paragraph by paragraph, the left column before the right. */
    public ObservableList<SearchMatch> matches() {
        return readOnlyMatches;
    }

    @Override
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The index of the current match in {@link #matches()}, -1 when there is none. */
    @Override
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<SearchMatch> currentMatch() {
        int index = current.get();
        return index < 0 ? Optional.empty() : Optional.of(matches.get(index));
    }
}
