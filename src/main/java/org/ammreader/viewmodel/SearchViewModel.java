package org.ammreader.viewmodel;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ammreader.filter.AreaFilter;
import org.ammreader.filter.FilterWidening;
import org.ammreader.filter.MeetingSearch;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;

/**
 * Search over the meetings of the open model, in the content language: the matches in the area filter
 * (highlighted on the timeline), how many more the filter hides (a search silently limited by the filter misled
 * users), and next/previous or a pick from the list, which select a match.
 */
public final class SearchViewModel implements TextSearch {

    private final MainViewModel main;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<List<Meeting>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyObjectWrapper<Set<String>> matchIds = new ReadOnlyObjectWrapper<>(this, "matchIds", Set.of());
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<List<Meeting>> hidden = new ReadOnlyObjectWrapper<>(this, "hidden", List.of());
    /** The query of the last search made (committed): what an undo step goes back to. */
    private String committed = "";
    /** The model's meetings in time order, sorted once per model: what matches are listed in. */
    private List<Meeting> timeOrdered;

    public SearchViewModel(MainViewModel main) {
        this.main = main;
        query.addListener((obs, old, now) -> update());
        main.modelProperty().addListener((obs, old, now) -> {
            timeOrdered = null;
            committed = query.get();
            update();
        });
        main.contentLanguageProperty().addListener((obs, old, now) -> update());
        main.areaFilterProperty().addListener((obs, old, now) -> update());
    }

    private void update() {
        Model model = main.modelProperty().get();
        // No query, no matches: nothing to sort or search (the filter changes often; 100,000 meetings take 100 ms).
        List<Meeting> everywhere = model == null || MeetingSearch.isBlank(query.get()) ? List.of()
                : MeetingSearch.find(model, timeOrdered(model), query.get(), main.contentLanguageProperty().get());
        AreaFilter filter = main.areaFilterProperty().get();
        List<Meeting> found = everywhere.stream().filter(m -> filter.matches(model, m)).toList();
        hidden.set(everywhere.stream().filter(m -> !filter.matches(model, m)).toList());
        matches.set(found);
        count.set(found.size());
        matchIds.set(found.stream().map(Meeting::id).collect(Collectors.toUnmodifiableSet()));
        current.set(-1);
    }

    private List<Meeting> timeOrdered(Model model) {
        if (timeOrdered == null) {
            timeOrdered = TimeOrder.sorted(model);
        }
        return timeOrdered;
    }

    /** Selects the next match after the current one (the first, at the start), wrapping round. */
    @Override
    public void next() {
        step(1);
    }

    @Override
    public void previous() {
        step(-1);
    }

    private void step(int direction) {
        List<Meeting> found = matches.get();
        if (found.isEmpty()) {
            return;
        }
        int index = current.get() < 0 ? (direction > 0 ? 0 : found.size() - 1)
                : Math.floorMod(current.get() + direction, found.size());
        current.set(index);
        main.selectedMeetingProperty().set(found.get(index));
    }

    /** Selects {@code meeting}, one of the matches, as the current match. */
    public void pick(Meeting meeting) {
        int index = matches.get().indexOf(meeting);
        if (index >= 0) {
            current.set(index);
            main.selectedMeetingProperty().set(meeting);
        }
    }

    /** Widens the area filter just enough to show the matches it hides (see {@link FilterWidening}). */
    public void showHidden() {
        main.areaFilterProperty().set(FilterWidening.toShow(main.areaFilterProperty().get(),
                main.modelProperty().get(), hidden.get()));
    }

    /**
     * One undo step per search made, named "search": typing "Pompeo" letter by letter and pressing Enter is one
     * step back to the query before it, not six.
     */
    @Override
    public void commit() {
        String before = committed;
        String after = query.get();
        if (after.equals(before)) {
            return;
        }
        committed = after;
        main.history().record(new UndoHistory.Step("search", () -> restore(before), () -> restore(after)));
    }

    private void restore(String searched) {
        committed = searched;
        query.set(searched);
    }

    @Override
    public StringProperty queryProperty() {
        return query;
    }

    @Override
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Meeting>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The meetings that match but that the area filter hides, in time order. */
    public ReadOnlyObjectProperty<List<Meeting>> hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** The ids of the matching meetings, for quick tests while drawing. */
    public ReadOnlyObjectProperty<Set<String>> matchIdsProperty() {
        return matchIds.getReadOnlyProperty();
    }

    /** The index of the selected match, or -1 before next/previous. */
    @Override
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
