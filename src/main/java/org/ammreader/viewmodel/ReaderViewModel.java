package org.ammreader.viewmodel;

import org.ammreader.i18n.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Document;
import org.ammreader.model.Model;
import org.ammreader.model.Paragraph;

/**
 * The bilingual reader, independent of how it is drawn: the open document, the two languages side by side,
 * its rows (paragraph n in both languages), the selected paragraph, search, the area filter's marks and the
 * text the clipboard receives.
 *
 * <p>Paragraphs are always referred to by their 0-based index in the document ({@link ReaderRow#index()});
 * the number the reader prints is that index plus one.
 *
 * <p>The default pair puts the model's first language, the reference its sources are mostly in, in the right
 * column and the content language (or the model's second language) in the left one: French | English for the
 * bundled week, so the eye reads the rendition and checks it against the reference beside it.
 */
public final class ReaderViewModel {

    public static final double DEFAULT_TEXT_SIZE = TextSizes.DEFAULT;
    public static final double MIN_TEXT_SIZE = TextSizes.MIN;
    public static final double MAX_TEXT_SIZE = TextSizes.MAX;

    private final ObservableValue<Model> model;
    private final ObservableValue<String> contentLanguage;
    private final ObservableValue<AreaFilter> areaFilter;
    private final Consumer<String> selectMeeting;
    private final DoubleProperty textSize;

    private final ObservableList<Document> documents = FXCollections.observableArrayList();
    private final ObservableList<Document> readOnlyDocuments = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyLanguages = FXCollections.unmodifiableObservableList(languages);
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper leftLanguage = new ReadOnlyStringWrapper(this, "leftLanguage");
    private final ReadOnlyStringWrapper rightLanguage = new ReadOnlyStringWrapper(this, "rightLanguage");
    private final BooleanProperty singleLanguage = new SimpleBooleanProperty(this, "singleLanguage");
    private final BooleanProperty matchingOnly = new SimpleBooleanProperty(this, "matchingOnly");
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering");
    private final ObservableList<ReaderRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ReaderRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper selectedParagraph = new ReadOnlyIntegerWrapper(this, "selectedParagraph", -1);
    private final DocumentSearch search;

    /**
     * @param model the open model, shared with the whole window
     * @param contentLanguage the app-wide content language (the reader follows it, never sets it)
     * @param areaFilter the filter shared with the timeline and the briefing (the reader only reads it)
     * @param selectMeeting called with a meeting id when the user follows the document's meeting link
     * @param textSize the reading text size in pixels, which the application remembers between runs
     */
    public ReaderViewModel(ObservableValue<Model> model, ObservableValue<String> contentLanguage,
                           ObservableValue<AreaFilter> areaFilter, Consumer<String> selectMeeting,
                           DoubleProperty textSize) {
        this.model = model;
        this.contentLanguage = contentLanguage;
        this.areaFilter = areaFilter;
        this.selectMeeting = selectMeeting;
        this.textSize = textSize;
        textSize.set(TextSizes.clamp(textSize.get()));
        search = new DocumentSearch(rows, singleLanguage, selectedParagraph::get, this::select);
        filtering.bind(Bindings.createBooleanBinding(() -> !filter().all(), areaFilter));
        model.addListener((obs, old, now) -> {
            // Another model's search would find nothing here, or worse, something unrelated; a reload keeps it.
            if (old == null || now == null || !old.id().equals(now.id())) {
                search.queryProperty().set("");
            }
            adopt(now);
        });
        contentLanguage.addListener(o -> followContentLanguage());
        areaFilter.addListener(o -> rebuildRows());
        matchingOnly.addListener(o -> rebuildRows());
        adopt(model.getValue());
    }

    // --- documents ---------------------------------------------------------------------------------------------

    /** Opens the document {@code documentId} of the current model; false (and nothing changes) if there is none. */
    public boolean open(String documentId) {
        Optional<Document> found = currentModel().flatMap(m -> m.document(documentId));
        found.ifPresent(this::show);
        return found.isPresent();
    }

    private void show(Document next) {
        boolean same = document.get() != null && next != null && document.get().id().equals(next.id());
        document.set(next);
        if (!same) {
            selectedParagraph.set(-1);
        }
        rebuildRows();
    }

    /** Another model was opened: keep the document if it still exists, else its first; none if it has none. */
    private void adopt(Model now) {
        documents.setAll(now == null ? List.of() : now.documents());
        languages.setAll(now == null ? List.of() : now.languages());
        if (!languages.contains(leftLanguage.get()) || !languages.contains(rightLanguage.get())) {
            choosePair();
        }
        Document current = document.get();
        Optional<Document> kept = current == null || now == null ? Optional.empty() : now.document(current.id());
        show(kept.orElse(now == null || now.documents().isEmpty() ? null : now.documents().get(0)));
    }

    private void followContentLanguage() {
        String language = contentLanguage.getValue();
        if (!Objects.equals(language, leftLanguage.get()) && !Objects.equals(language, rightLanguage.get())) {
            choosePair();
        }
        rebuildRows();
    }

    private void choosePair() {
        if (languages.isEmpty()) {
            leftLanguage.set(null);
            rightLanguage.set(null);
            return;
        }
        String reference = languages.get(0);
        String content = contentLanguage.getValue();
        String other = languages.contains(content) && !reference.equals(content) ? content
                : languages.size() > 1 ? languages.get(1) : reference;
        leftLanguage.set(other);
        rightLanguage.set(reference);
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document.get());
    }

    /** Every document of the model, in the model's order: what a Documents menu lists. */
    public ObservableList<Document> documents() {
        return readOnlyDocuments;
    }

    /** The head of the open document in {@code language}: title, date, meeting title and rendition note. */
    public Optional<ReaderHeading> heading(String language) {
        Document open = document.get();
        if (open == null) {
            return Optional.empty();
        }
        Optional<String> meeting = open.meeting().flatMap(id -> currentModel().flatMap(m -> m.meeting(id)))
                .map(found -> found.title().get(language));
        return Optional.of(new ReaderHeading(language, open.title().get(language),
                Dates.day(open.date(), Locale.forLanguageTag(language)), meeting, open.rendition().get(language)));
    }

    /** Follows the open document's meeting link: the timeline selects that meeting. */
    public void followMeetingLink() {
        document().flatMap(Document::meeting).ifPresent(selectMeeting);
    }

    // --- languages ---------------------------------------------------------------------------------------------

    /** The model's languages, any two of which can sit side by side. */
    public ObservableList<String> languages() {
        return readOnlyLanguages;
    }

    public ReadOnlyStringProperty leftLanguageProperty() {
        return leftLanguage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightLanguageProperty() {
        return rightLanguage.getReadOnlyProperty();
    }

    /** Shows {@code language} in the left column; choosing the right column's language swaps the columns. */
    public void setLeftLanguage(String language) {
        choose(language, leftLanguage, rightLanguage);
    }

    /** Shows {@code language} in the right column; choosing the left column's language swaps the columns. */
    public void setRightLanguage(String language) {
        choose(language, rightLanguage, leftLanguage);
    }

    private void choose(String language, ReadOnlyStringWrapper column, ReadOnlyStringWrapper other) {
        if (!languages.contains(language)) {
            throw new IllegalArgumentException("the model has no language " + language + " (it has " + languages + ")");
        }
        if (language.equals(other.get())) {
            swap();
        } else if (!language.equals(column.get())) {
            column.set(language);
            rebuildRows();
        }
    }

    /** Exchanges the columns; in one-language mode this shows the other language. */
    public void swap() {
        String left = leftLanguage.get();
        leftLanguage.set(rightLanguage.get());
        rightLanguage.set(left);
        rebuildRows();
    }

    /** When true the reader shows the left column's language only. */
    public BooleanProperty singleLanguageProperty() {
        return singleLanguage;
    }

    // --- rows and the area filter ------------------------------------------------------------------------------

    /** When true, and the area filter is narrower than all areas, only the paragraphs it matches are listed. */
    public BooleanProperty matchingOnlyProperty() {
        return matchingOnly;
    }

    /** True when the area filter is narrower than all areas, so that some paragraphs may be dimmed. */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    /** The paragraphs to show, in order, each in both languages. */
    public ObservableList<ReaderRow> rows() {
        return readOnlyRows;
    }

    private void rebuildRows() {
        Document open = document.get();
        List<ReaderRow> built = new ArrayList<>();
        if (open != null) {
            AreaFilter filter = filter();
            for (int i = 0; i < open.paragraphs().size(); i++) {
                Paragraph paragraph = open.paragraphs().get(i);
                boolean matches = filter.matches(paragraph.areas());
                if (matches || !matchingOnly.get()) {
                    built.add(new ReaderRow(i, paragraph.text().get(leftLanguage.get()),
                            paragraph.text().get(rightLanguage.get()), marks(paragraph, filter), matches));
                }
            }
        }
        if (built.stream().noneMatch(row -> row.index() == selectedParagraph.get())) {
            selectedParagraph.set(-1);
        }
        // Most area filter changes leave the open document's rows as they were: then the list, its search and
        // its text selection are left alone (ADR 0019).
        if (!built.equals(rows)) {
            rows.setAll(built);
        }
    }

    private List<AreaMark> marks(Paragraph paragraph, AreaFilter filter) {
        String language = contentLanguage.getValue();
        return paragraph.areas().stream()
                .filter(filter::includes)
                .flatMap(id -> currentModel().flatMap(m -> m.area(id)).stream())
                .map(area -> new AreaMark(area.id(), area.label().get(language), area.color()))
                .toList();
    }

    private AreaFilter filter() {
        return areaFilter.getValue() == null ? AreaFilter.ALL : areaFilter.getValue();
    }

    private Optional<Model> currentModel() {
        return Optional.ofNullable(model.getValue());
    }

    // --- selection ---------------------------------------------------------------------------------------------

    /** The selected paragraph's index in the document, -1 when none is. */
    public ReadOnlyIntegerProperty selectedParagraphProperty() {
        return selectedParagraph.getReadOnlyProperty();
    }

    /** Selects paragraph {@code paragraphIndex} if it is listed; -1 clears the selection. */
    public void select(int paragraphIndex) {
        if (paragraphIndex == -1 || rows.stream().anyMatch(row -> row.index() == paragraphIndex)) {
            selectedParagraph.set(paragraphIndex);
        }
    }

    /** Selects the listed paragraph after the selected one (the first when none is); false at the end. */
    public boolean selectNext() {
        return step(1);
    }

    /** Selects the listed paragraph before the selected one (the first when none is); false at the start. */
    public boolean selectPrevious() {
        return step(-1);
    }

    private boolean step(int direction) {
        if (rows.isEmpty()) {
            return false;
        }
        int position = rowPosition(selectedParagraph.get());
        int next = position < 0 ? 0 : position + direction;
        if (next < 0 || next >= rows.size()) {
            return false;
        }
        selectedParagraph.set(rows.get(next).index());
        return true;
    }

    public void selectFirst() {
        if (!rows.isEmpty()) {
            selectedParagraph.set(rows.get(0).index());
        }
    }

    public void selectLast() {
        if (!rows.isEmpty()) {
            selectedParagraph.set(rows.get(rows.size() - 1).index());
        }
    }

    /** Where paragraph {@code paragraphIndex} is in {@link #rows()}, -1 if it is not listed. */
    public int rowPosition(int paragraphIndex) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).index() == paragraphIndex) {
                return i;
            }
        }
        return -1;
    }

    // --- search ------------------------------------------------------------------------------------------------

    public DocumentSearch search() {
        return search;
    }

    public StringProperty searchQueryProperty() {
        return search.queryProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return search.countProperty();
    }

    /** The index of the current match in {@link DocumentSearch#matches()}, -1 when there is none. */
    public ReadOnlyIntegerProperty currentMatchProperty() {
        return search.currentProperty();
    }

    public void next() {
        search.next();
    }

    public void previous() {
        search.previous();
    }

    // --- text size ---------------------------------------------------------------------------------------------

    /** The reading text size in pixels, between {@link #MIN_TEXT_SIZE} and {@link #MAX_TEXT_SIZE}. */
    public DoubleProperty textSizeProperty() {
        return textSize;
    }

    public void largerText() {
        textSize.set(TextSizes.larger(textSize.get()));
    }

    public void smallerText() {
        textSize.set(TextSizes.smaller(textSize.get()));
    }

    public void resetTextSize() {
        textSize.set(DEFAULT_TEXT_SIZE);
    }

    // --- clipboard ---------------------------------------------------------------------------------------------

    /** The citation line of paragraph {@code paragraphIndex} in the content language (see ParagraphCitation). */
    public String citation(int paragraphIndex) {
        return ParagraphCitation.line(openDocument(), paragraphIndex, contentLanguage.getValue());
    }

    /** Paragraph {@code paragraphIndex} in the left then the right language, then its citation line. */
    public String copyText(int paragraphIndex) {
        return ParagraphCitation.text(openDocument(), paragraphIndex, leftLanguage.get(), rightLanguage.get(),
                contentLanguage.getValue());
    }

    /** Words {@code selected} in paragraph {@code paragraphIndex}, then the paragraph's citation line. */
    public String copyText(int paragraphIndex, String selected) {
        return ParagraphCitation.selection(openDocument(), paragraphIndex, selected, contentLanguage.getValue());
    }

    private Document openDocument() {
        Document open = document.get();
        if (open == null) {
            throw new IllegalStateException("no document is open");
        }
        return open;
    }
}
