package org.ammreader.control.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.paint.Color;

/**
 * An immutable, prepared snapshot of what the timeline shows: the items as the adapter describes them,
 * sorted, stacked into rows, indexed for fast range queries, with the filter and highlight applied. The
 * control keeps one for the screen; an exporter builds one (or takes {@link TimelineView#getData()}) and
 * hands it to a {@link TimelinePainter}.
 *
 * <p>Deriving a snapshot with another filter or highlight reuses everything that does not depend on it:
 * a highlight change costs one predicate call per item, a fade-mode filter change the same, a hide-mode
 * filter change one restacking. Instances are not thread-safe (they build lookup tables on first use):
 * use one from a single thread at a time.
 *
 * @param <T> the application's item type
 */
public final class TimelineData<T> {

    final ItemTable<T> table;
    final Stacking stacking;
    /** {@code faded[i]}: drawn at low opacity and skipped by the keyboard (filter in fade mode). */
    final boolean[] faded;
    /** {@code highlighted[i]}: drawn with a glow (e.g. a search match). */
    final boolean[] highlighted;

    private TimelineData(ItemTable<T> table, Stacking stacking, boolean[] faded, boolean[] highlighted) {
        this.table = table;
        this.stacking = stacking;
        this.faded = faded;
        this.highlighted = highlighted;
    }

    /**
     * Reads the items through the adapter. All-day spans are whole days in {@code zone}. Items whose lane
     * is not among {@code lanes} are kept but not shown.
     */
    public static <T> TimelineData<T> of(List<? extends T> items, TimelineAdapter<T> adapter,
                                         List<TimelineLane> lanes, ZoneId zone) {
        ItemTable<T> table = new ItemTable<>(items, adapter, lanes, zone);
        boolean[] none = new boolean[table.size()];
        return new TimelineData<>(table, table.unfiltered(), none, none);
    }

    /**
     * This snapshot with each item drawn in the colour of its first category in {@code shown} (of its first category
     * when {@code shown} is null or holds none of them), as {@code colors} gives it; items with no category, or none
     * in {@code colors}, keep the adapter's colour. A pass over the categories' numbers: nothing is called per item.
     */
    public TimelineData<T> withCategoryColors(Map<String, Color> colors, Set<String> shown) {
        ItemTable<T> recoloured = new ItemTable<>(table, table.categories.colors(colors, shown, table.color));
        return new TimelineData<>(recoloured, recoloured.unfiltered(), faded, highlighted);
    }

    /**
     * This snapshot with only the items {@code filter} accepts shown normally. The others are hidden (and
     * the rows restacked without them) or, when {@code fade}, drawn faded in their usual place. A null
     * filter accepts every item.
     */
    public TimelineData<T> withFilter(Predicate<? super T> filter, boolean fade) {
        return withFilter(filter, null, fade);
    }

    /**
     * This snapshot with only the items that are in at least one of {@code categories} (see
     * {@link TimelineAdapter#categories}) and that {@code filter} accepts shown normally; the others hidden or
     * faded as by {@link #withFilter(Predicate, boolean)}. Null categories, like a null filter, accept every item.
     */
    public TimelineData<T> withFilter(Predicate<? super T> filter, Set<String> categories, boolean fade) {
        int n = table.size();
        boolean[] rejected = categories == null ? new boolean[n] : table.categories.outside(categories);
        if (filter != null) {
            for (int i = 0; i < n; i++) {
                rejected[i] = rejected[i] || !filter.test(table.item(i));
            }
        }
        if (filter == null && categories == null || fade) {
            return new TimelineData<>(table, table.unfiltered(), rejected, highlighted);
        }
        boolean[] hidden = new boolean[n];
        for (int i = 0; i < n; i++) {
            hidden[i] = rejected[i] || table.lane[i] < 0;
        }
        return new TimelineData<>(table, new Stacking(table, hidden), new boolean[n], highlighted);
    }

    /** This snapshot with the items {@code highlight} accepts drawn with a glow; null highlights none. */
    public TimelineData<T> withHighlight(Predicate<? super T> highlight) {
        int n = table.size();
        boolean[] marked = new boolean[n];
        if (highlight != null) {
            for (int i = 0; i < n; i++) {
                marked[i] = highlight.test(table.item(i));
            }
        }
        return new TimelineData<>(table, stacking, faded, marked);
    }

    /** The number of items, shown or not. */
    public int size() {
        return table.size();
    }

    /** The items in display order: by start, then lane, then end. */
    @SuppressWarnings("unchecked")
    public List<T> items() {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(table.items));
    }

    public List<TimelineLane> lanes() {
        return table.lanes;
    }

    public ZoneId zone() {
        return table.zone;
    }

    /** Whether the item is drawn (in a known lane and not hidden by the filter). */
    public boolean isShown(T item) {
        int i = indexOf(item);
        return i >= 0 && stacking.shown(i);
    }

    /**
     * The lanes the item is drawn in, top to bottom as the snapshot orders its places: one for most items, several
     * for an item the adapter puts in several {@link TimelineAdapter#lanes}. Empty for an unknown item or lane.
     */
    public List<TimelineLane> lanesOf(T item) {
        List<TimelineLane> found = new ArrayList<>();
        for (int i = indexOf(item); i >= 0; i = table.nextCopy[i]) {
            if (table.lane[i] >= 0) {
                found.add(table.lanes.get(table.lane[i]));
            }
        }
        return List.copyOf(found);
    }

    /** The start of the earliest shown item's drawn span, if any item is shown. */
    public Optional<Instant> earliest() {
        long earliest = stacking.earliest;
        return earliest == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(earliest));
    }

    /** The end of the latest shown item's drawn span, if any item is shown. */
    public Optional<Instant> latest() {
        long latest = stacking.latest;
        return latest == Long.MIN_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(latest));
    }

    int indexOf(Object item) {
        return table.indexOf(item);
    }

    /** Whether the keyboard may land on item {@code i}: shown and not faded. */
    boolean selectable(int i) {
        return stacking.shown(i) && !faded[i];
    }

    T item(int i) {
        return table.item(i);
    }

    @Override
    public String toString() {
        return "TimelineData[" + size() + " items, " + table.lanes.size() + " lanes, zone " + table.zone + "]";
    }

    /** A snapshot with no items, for a control that has no items or no adapter yet. */
    static <T> TimelineData<T> empty(List<TimelineLane> lanes, ZoneId zone) {
        ItemTable<T> table = new ItemTable<>(List.of(), null, lanes, zone);
        return new TimelineData<>(table, table.unfiltered(), new boolean[0], new boolean[0]);
    }
}
