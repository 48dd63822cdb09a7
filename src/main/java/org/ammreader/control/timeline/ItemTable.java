package org.ammreader.control.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * What the adapter says about every item, read once and kept in flat arrays sorted by start (then lane,
 * then end), so that drawing, hit testing and keyboard navigation never call the adapter per frame.
 * Times are epoch milliseconds of the item's drawn span: whole days for all-day items, a nominal
 * {@link #OPEN_END_SPAN_MS} for items without a known end.
 */
final class ItemTable<T> {

    /** How long an item whose end is unknown is drawn (and stacked) for. */
    static final long OPEN_END_SPAN_MS = 3_600_000L;
    private static final Color NEUTRAL = Color.rgb(110, 118, 129);

    final List<TimelineLane> lanes;
    final ZoneId zone;
    final Object[] items;
    final long[] start;
    final long[] end;
    final ItemKind[] kind;
    /** Milliseconds from the start over which a timed item fades in, and before its end over which it fades out. */
    final long[] softStart;
    final long[] softEnd;
    /** Index into {@link #lanes}, or -1 when the item's lane is not one of them (it is then not shown). */
    final int[] lane;
    final String[] label;
    /** The adapter's short label: the label itself when it has none. */
    final String[] shortLabel;
    final Color[] color;
    final TimelineMarker[] marker;
    final Categories categories;
    /**
     * The next place of the same item, or -1: an item the adapter puts in several {@link TimelineAdapter#lanes}
     * has one place per lane, each a row of these arrays, chained in display order.
     */
    final int[] nextCopy;
    private Map<Object, Integer> identityIndex;
    private Stacking unfiltered;

    /** {@code adapter} is not called when {@code source} is empty, and may then be null. */
    ItemTable(List<? extends T> source, TimelineAdapter<T> adapter, List<TimelineLane> lanes, ZoneId zone) {
        this.lanes = List.copyOf(lanes);
        this.zone = zone;
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int l = 0; l < this.lanes.size(); l++) {
            laneIndex.putIfAbsent(this.lanes.get(l).id(), l);
        }
        int n = source.size();
        // Read in the caller's order (sequential access), then permute into display order.
        IntList placeSource = new IntList();
        IntList placeLane = new IntList();
        long[] rawStart = new long[n];
        long[] rawEnd = new long[n];
        ItemKind[] rawKind = new ItemKind[n];
        long[] rawSoftStart = new long[n];
        long[] rawSoftEnd = new long[n];
        String[] rawLabel = new String[n];
        String[] rawShortLabel = new String[n];
        Color[] rawColor = new Color[n];
        TimelineMarker[] rawMarker = new TimelineMarker[n];
        List<Collection<String>> rawCategories = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            T item = source.get(i);
            Instant s = Objects.requireNonNull(adapter.start(item), "adapter.start returned null");
            Optional<Instant> e = adapter.end(item);
            place(i, adapter.lanes(item), laneIndex, placeSource, placeLane);
            if (adapter.allDay(item)) {
                rawKind[i] = ItemKind.ALL_DAY;
                LocalDate first = LocalDate.ofInstant(s, zone);
                LocalDate last = e.filter(x -> x.isAfter(s)).map(x -> LocalDate.ofInstant(x.minusMillis(1), zone))
                        .filter(d -> !d.isBefore(first)).orElse(first);
                rawStart[i] = first.atStartOfDay(zone).toInstant().toEpochMilli();
                rawEnd[i] = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            } else if (e.isPresent()) {
                rawKind[i] = ItemKind.TIMED;
                rawStart[i] = s.toEpochMilli();
                // A zero-length item still has to be found and drawn: give it one millisecond.
                rawEnd[i] = Math.max(rawStart[i] + 1, e.get().toEpochMilli());
                rawSoftStart[i] = Math.max(0, Objects.requireNonNullElse(adapter.softStart(item), Duration.ZERO)
                        .toMillis());
                rawSoftEnd[i] = Math.max(0, Objects.requireNonNullElse(adapter.softEnd(item), Duration.ZERO)
                        .toMillis());
            } else {
                rawKind[i] = ItemKind.OPEN_END;
                rawStart[i] = s.toEpochMilli();
                rawEnd[i] = rawStart[i] + OPEN_END_SPAN_MS;
            }
            rawLabel[i] = Objects.requireNonNullElse(adapter.label(item), "");
            rawShortLabel[i] = Objects.requireNonNullElse(adapter.shortLabel(item), rawLabel[i]);
            rawColor[i] = Objects.requireNonNullElse(adapter.color(item), NEUTRAL);
            rawMarker[i] = Objects.requireNonNullElse(adapter.marker(item), TimelineMarker.NONE);
            rawCategories.add(Objects.requireNonNullElse(adapter.categories(item), List.of()));
        }
        int placed = placeSource.size();
        long[] placeStart = new long[placed];
        long[] placeEnd = new long[placed];
        int[] placeLanes = new int[placed];
        for (int p = 0; p < placed; p++) {
            placeStart[p] = rawStart[placeSource.get(p)];
            placeEnd[p] = rawEnd[placeSource.get(p)];
            placeLanes[p] = placeLane.get(p);
        }
        int[] order = StartOrder.of(placeStart, placeLanes, placeEnd);
        n = placed;
        items = new Object[n];
        start = new long[n];
        end = new long[n];
        kind = new ItemKind[n];
        softStart = new long[n];
        softEnd = new long[n];
        lane = new int[n];
        label = new String[n];
        shortLabel = new String[n];
        color = new Color[n];
        marker = new TimelineMarker[n];
        nextCopy = new int[n];
        int[] lastCopy = new int[source.size()];
        Arrays.fill(lastCopy, -1);
        Categories.Builder categoryBuilder = new Categories.Builder(n);
        for (int k = 0; k < n; k++) {
            int i = placeSource.get(order[k]);
            nextCopy[k] = -1;
            if (lastCopy[i] >= 0) {
                nextCopy[lastCopy[i]] = k;
            }
            lastCopy[i] = k;
            items[k] = source.get(i);
            start[k] = rawStart[i];
            end[k] = rawEnd[i];
            kind[k] = rawKind[i];
            softStart[k] = rawSoftStart[i];
            softEnd[k] = rawSoftEnd[i];
            lane[k] = placeLanes[order[k]];
            label[k] = rawLabel[i];
            shortLabel[k] = rawShortLabel[i];
            color[k] = rawColor[i];
            marker[k] = rawMarker[i];
            categoryBuilder.add(rawCategories.get(i));
        }
        categories = categoryBuilder.build();
    }

    /**
     * {@code base} with each place's colour from {@code colors}: everything else shared, so that re-colouring
     * costs one array, not a new reading and sort of every item.
     */
    ItemTable(ItemTable<T> base, Color[] colors) {
        lanes = base.lanes;
        zone = base.zone;
        items = base.items;
        start = base.start;
        end = base.end;
        kind = base.kind;
        softStart = base.softStart;
        softEnd = base.softEnd;
        lane = base.lane;
        label = base.label;
        shortLabel = base.shortLabel;
        marker = base.marker;
        categories = base.categories;
        nextCopy = base.nextCopy;
        unfiltered = base.unfiltered();
        color = colors;
    }

    /** One place per known lane of the item, or a single place in no lane (-1) when none is known. */
    private static void place(int source, Collection<String> itemLanes, Map<String, Integer> laneIndex,
                              IntList placeSource, IntList placeLane) {
        int before = placeSource.size();
        for (String id : itemLanes) {
            Integer l = laneIndex.get(id);
            if (l != null) {
                placeSource.add(source);
                placeLane.add(l);
            }
        }
        if (placeSource.size() == before) {
            placeSource.add(source);
            placeLane.add(-1);
        }
    }

    int size() {
        return items.length;
    }

    @SuppressWarnings("unchecked")
    T item(int i) {
        return (T) items[i];
    }

    /**
     * The position of {@code item}, or -1. Looked up by identity first (a map built on first use, cheap
     * even for 100,000 items because it never calls the items' own hashCode), then by equality.
     */
    int indexOf(Object item) {
        if (item == null) {
            return -1;
        }
        if (identityIndex == null) {
            identityIndex = new IdentityHashMap<>(items.length * 2);
            for (int k = 0; k < items.length; k++) {
                identityIndex.putIfAbsent(items[k], k);
            }
        }
        Integer k = identityIndex.get(item);
        if (k != null) {
            return k;
        }
        for (int j = 0; j < items.length; j++) {
            if (item.equals(items[j])) {
                return j;
            }
        }
        return -1;
    }

    /** The stacking of every item in a known lane, computed once and shared by all fade-mode filters. */
    Stacking unfiltered() {
        if (unfiltered == null) {
            boolean[] hidden = new boolean[items.length];
            for (int k = 0; k < items.length; k++) {
                hidden[k] = lane[k] < 0;
            }
            unfiltered = new Stacking(this, hidden);
        }
        return unfiltered;
    }
}
