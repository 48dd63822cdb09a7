package org.ammreader.control.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.Styleable;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A horizontal timeline of items in lanes: zoomable from the whole extent down to about an hour, pannable,
 * with keyboard selection, a filter and shown categories (hide or fade) and a highlight. It knows nothing of
 * the items' type: a {@link TimelineAdapter} describes them. Drawing is immediate-mode on one viewport-sized canvas by a
 * {@link TimelinePainter}, which also serves exports.
 *
 * <p>Items are read into a prepared {@link TimelineData} snapshot when first needed after a change; replace
 * the items list (or change an {@link ObservableList} passed as items) to update. Setting 100,000 items is
 * cheap: nothing is done per item until the next frame.
 *
 * <p>Keyboard: Left/Right previous/next item in time, Up/Down the nearest item in the lane above/below,
 * Home/End first/last, Escape clears the selection, +/= and - zoom, Shift+Left/Right pan. Mouse: click
 * selects, drag pans, wheel pans (Ctrl+wheel or pinch zooms around the pointer), wheel over the lane
 * labels scrolls the lanes.
 *
 * @param <T> the application's item type
 */
public class TimelineView<T> extends Control {

    /** The narrowest time span the view zooms in to. */
    public static final Duration MIN_VISIBLE_SPAN = Duration.ofHours(1);
    /** How much {@link #zoomIn()} and {@link #zoomOut()} change the visible span. */
    public static final double ZOOM_STEP = 1.5;

    /** Room left at each end of an extent taken from the items, as a fraction of their span. */
    private static final double ITEMS_EXTENT_ROOM = 0.02;
    private static final String STYLE_CLASS = "timeline-view";
    private static final String STYLESHEET =
            Objects.requireNonNull(TimelineView.class.getResource("timeline.css"), "timeline.css").toExternalForm();

    private final ObjectProperty<List<T>> items = new SimpleObjectProperty<>(this, "items", List.of());
    private final ObjectProperty<TimelineAdapter<T>> adapter = new SimpleObjectProperty<>(this, "adapter");
    private final ObjectProperty<Map<String, Color>> categoryColors =
            new SimpleObjectProperty<>(this, "categoryColors");
    private final ObservableList<TimelineLane> lanes = FXCollections.observableArrayList();
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.systemDefault());
    private final StringProperty zoneLabel = new SimpleStringProperty(this, "zoneLabel");
    private final ObjectProperty<Locale> locale =
            new SimpleObjectProperty<>(this, "locale", Locale.getDefault(Locale.Category.FORMAT));
    private final ObjectProperty<DateFormats> dateFormats =
            new SimpleObjectProperty<>(this, "dateFormats", DateFormats.PLAIN);
    private final ObjectProperty<Instant> extentStart = new SimpleObjectProperty<>(this, "extentStart");
    private final ObjectProperty<Instant> extentEnd = new SimpleObjectProperty<>(this, "extentEnd");
    private final ObjectProperty<Instant> visibleStart = new SimpleObjectProperty<>(this, "visibleStart");
    private final ObjectProperty<Instant> visibleEnd = new SimpleObjectProperty<>(this, "visibleEnd");
    private final ObjectProperty<T> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    /** The place in {@link #getData()} the keyboard last selected, or -1 (see {@link #selectedIndex()}). */
    private int selectedPlace = -1;
    private final ObjectProperty<Predicate<T>> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<Set<String>> shownCategories = new SimpleObjectProperty<>(this, "shownCategories");
    private final BooleanProperty fadeFiltered = new SimpleBooleanProperty(this, "fadeFiltered");
    private final ObjectProperty<Predicate<T>> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final IntegerProperty maxRowsPerLane =
            new SimpleIntegerProperty(this, "maxRowsPerLane", TimelineFrame.DEFAULT_MAX_ROWS);

    private final StyleableObjectProperty<Color> backgroundColor = color(StyleableProperties.BACKGROUND, "backgroundColor");
    private final StyleableObjectProperty<Color> surfaceColor = color(StyleableProperties.SURFACE, "surfaceColor");
    private final StyleableObjectProperty<Color> dayBandColor = color(StyleableProperties.DAY_BAND, "dayBandColor");
    private final StyleableObjectProperty<Color> gridColor = color(StyleableProperties.GRID, "gridColor");
    private final StyleableObjectProperty<Color> textColor = color(StyleableProperties.TEXT, "textColor");
    private final StyleableObjectProperty<Color> mutedTextColor = color(StyleableProperties.MUTED_TEXT, "mutedTextColor");
    private final StyleableObjectProperty<Color> accentColor = color(StyleableProperties.ACCENT, "accentColor");
    private final StyleableObjectProperty<Color> highlightColor = color(StyleableProperties.HIGHLIGHT, "highlightColor");
    private final StyleableObjectProperty<Color> densityColor = color(StyleableProperties.DENSITY, "densityColor");
    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(StyleableProperties.FONT, this, "font", TimelineStyle.defaultFont());
    private final StyleableObjectProperty<Number> laneColumnWidth = new SimpleStyleableObjectProperty<>(
            StyleableProperties.LANE_COLUMN_WIDTH, this, "laneColumnWidth", TimelineStyle.DEFAULT_LANE_COLUMN_WIDTH);

    /** Bumped when only the picture changes (range, selection, style): the skin repaints. */
    final LongProperty viewRevision = new SimpleLongProperty(this, "viewRevision");
    /** Bumped when the snapshot changes (rows, lanes may change size): the skin lays out and repaints. */
    final LongProperty dataRevision = new SimpleLongProperty(this, "dataRevision");

    private final InvalidationListener itemsContentListener = o -> invalidateItems();
    private final WeakInvalidationListener weakItemsContentListener = new WeakInvalidationListener(itemsContentListener);
    private TimelineData<T> itemsData;
    /** The items in {@link #categoryColorsProperty()}'s colours; the items' own data when it is null. */
    private TimelineData<T> colouredData;
    private TimelineData<T> filteredData;
    private TimelineData<T> data;

    public TimelineView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("timeline");

        items.addListener((obs, old, now) -> {
            if (old instanceof ObservableList<T> list) {
                list.removeListener(weakItemsContentListener);
            }
            if (now instanceof ObservableList<T> list) {
                list.addListener(weakItemsContentListener);
            }
            invalidateItems();
        });
        for (Observable o : List.of(adapter, lanes, zone)) {
            o.addListener(x -> invalidateItems());
        }
        categoryColors.addListener(o -> invalidateColors());
        filter.addListener(o -> invalidateFilter());
        // With category colours, an item's colour depends on which of its categories are shown.
        shownCategories.addListener(o -> {
            if (getCategoryColors() != null) {
                invalidateColors();
            } else {
                invalidateFilter();
            }
        });
        fadeFiltered.addListener(o -> {
            if (getFilter() != null || getShownCategories() != null) {
                invalidateFilter();
            }
        });
        highlight.addListener(o -> invalidateHighlight());
        maxRowsPerLane.addListener(o -> dataChanged());
        laneColumnWidth.addListener(o -> dataChanged());
        for (Observable o : List.of(zoneLabel, locale, dateFormats, extentStart, extentEnd, visibleStart, visibleEnd,
                backgroundColor, surfaceColor, dayBandColor, gridColor, textColor, mutedTextColor,
                accentColor, highlightColor, densityColor, font)) {
            o.addListener(x -> repaint());
        }
        selectedItem.addListener((obs, old, now) -> {
            setAccessibleText(now == null || getAdapter() == null ? null : getAdapter().accessibleText(now));
            if (now != null) {
                scrollTo(now);
            }
            repaint();
        });
    }

    // ---- Properties ------------------------------------------------------------------------------------

    /** The items; replace the list (or change it, if it is an {@link ObservableList}) to update the view. */
    public final ObjectProperty<List<T>> itemsProperty() {
        return items;
    }

    public final List<T> getItems() {
        return items.get();
    }

    public final void setItems(List<T> value) {
        items.set(value == null ? List.of() : value);
    }

    public final ObjectProperty<TimelineAdapter<T>> adapterProperty() {
        return adapter;
    }

    public final TimelineAdapter<T> getAdapter() {
        return adapter.get();
    }

    public final void setAdapter(TimelineAdapter<T> value) {
        adapter.set(value);
    }

    /** The lanes, top to bottom. */
    public final ObservableList<TimelineLane> getLanes() {
        return lanes;
    }

    /** The zone the axis, the day bands and all-day items are in. */
    public final ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public final ZoneId getZone() {
        return zone.get();
    }

    public final void setZone(ZoneId value) {
        zone.set(Objects.requireNonNull(value, "zone"));
    }

    /** The zone as shown in the top-left corner; when null or blank, e.g. "ICT, UTC+7" from the zone. */
    public final StringProperty zoneLabelProperty() {
        return zoneLabel;
    }

    public final String getZoneLabel() {
        return zoneLabel.get();
    }

    public final void setZoneLabel(String value) {
        zoneLabel.set(value);
    }

    /** The locale of day and month names. */
    public final ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public final Locale getLocale() {
        return locale.get();
    }

    public final void setLocale(Locale value) {
        locale.set(Objects.requireNonNull(value, "locale"));
    }

    /** How the axis writes its dates in the locale: the JDK's patterns unless the application gives its own. */
    public final ObjectProperty<DateFormats> dateFormatsProperty() {
        return dateFormats;
    }

    public final DateFormats getDateFormats() {
        return dateFormats.get();
    }

    public final void setDateFormats(DateFormats value) {
        dateFormats.set(Objects.requireNonNull(value, "dateFormats"));
    }

    /** Start of the whole range the view can show; when null (or not before the end), from the items. */
    public final ObjectProperty<Instant> extentStartProperty() {
        return extentStart;
    }

    public final Instant getExtentStart() {
        return extentStart.get();
    }

    public final void setExtentStart(Instant value) {
        extentStart.set(value);
    }

    /** End of the whole range the view can show; when null (or not after the start), from the items. */
    public final ObjectProperty<Instant> extentEndProperty() {
        return extentEnd;
    }

    public final Instant getExtentEnd() {
        return extentEnd.get();
    }

    public final void setExtentEnd(Instant value) {
        extentEnd.set(value);
    }

    /**
     * Left edge of the time shown. Null (or not before {@link #visibleEndProperty()}) shows the whole
     * extent. Setting it is taken as is; {@link #setVisibleRange} sets both edges together.
     */
    public final ObjectProperty<Instant> visibleStartProperty() {
        return visibleStart;
    }

    public final Instant getVisibleStart() {
        return visibleStart.get();
    }

    public final void setVisibleStart(Instant value) {
        visibleStart.set(value);
    }

    /** Right edge of the time shown; see {@link #visibleStartProperty()}. */
    public final ObjectProperty<Instant> visibleEndProperty() {
        return visibleEnd;
    }

    public final Instant getVisibleEnd() {
        return visibleEnd.get();
    }

    public final void setVisibleEnd(Instant value) {
        visibleEnd.set(value);
    }

    /** The selected item: outlined, scrolled into view when set, and announced to assistive technology. */
    public final ObjectProperty<T> selectedItemProperty() {
        return selectedItem;
    }

    public final T getSelectedItem() {
        return selectedItem.get();
    }

    public final void setSelectedItem(T value) {
        selectedItem.set(value);
    }

    /** Items this rejects are hidden (the rows close up) or, with {@link #fadeFilteredProperty()}, faded. */
    public final ObjectProperty<Predicate<T>> filterProperty() {
        return filter;
    }

    public final Predicate<T> getFilter() {
        return filter.get();
    }

    public final void setFilter(Predicate<T> value) {
        filter.set(value);
    }

    /**
     * When not null, only the items in at least one of these categories ({@link TimelineAdapter#categories}) are
     * shown normally; the others are hidden or faded as the filter's are. It combines with the filter, and is
     * far cheaper on many items: changing it calls nothing per item.
     */
    public final ObjectProperty<Set<String>> shownCategoriesProperty() {
        return shownCategories;
    }

    public final Set<String> getShownCategories() {
        return shownCategories.get();
    }

    public final void setShownCategories(Set<String> value) {
        shownCategories.set(value);
    }

    /**
     * When not null, each category's colour ({@link TimelineAdapter#categories}): an item is then drawn in the
     * colour of its first category among the {@linkplain #shownCategoriesProperty() shown} ones, or of its first
     * category when none of them is shown or all are, so that a chosen category's items take the colour a legend
     * gives it. An item with no category, or whose category has no colour here, keeps the adapter's colour.
     * Changing the shown categories then re-colours the items already read, with no call per item.
     */
    public final ObjectProperty<Map<String, Color>> categoryColorsProperty() {
        return categoryColors;
    }

    public final Map<String, Color> getCategoryColors() {
        return categoryColors.get();
    }

    public final void setCategoryColors(Map<String, Color> value) {
        categoryColors.set(value);
    }

    /** Whether filtered-out items stay in place at low opacity (not reachable by keyboard) instead of hidden. */
    public final BooleanProperty fadeFilteredProperty() {
        return fadeFiltered;
    }

    public final boolean isFadeFiltered() {
        return fadeFiltered.get();
    }

    public final void setFadeFiltered(boolean value) {
        fadeFiltered.set(value);
    }

    /** Items this accepts (e.g. search matches) are drawn with a glow. */
    public final ObjectProperty<Predicate<T>> highlightProperty() {
        return highlight;
    }

    public final Predicate<T> getHighlight() {
        return highlight.get();
    }

    public final void setHighlight(Predicate<T> value) {
        highlight.set(value);
    }

    /** Rows drawn per lane; items stacked deeper are counted as "+N" beside the lane label. */
    public final IntegerProperty maxRowsPerLaneProperty() {
        return maxRowsPerLane;
    }

    public final int getMaxRowsPerLane() {
        return maxRowsPerLane.get();
    }

    public final void setMaxRowsPerLane(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxRowsPerLane must be at least 1: " + value);
        }
        maxRowsPerLane.set(value);
    }

    /** The font of titles (lane and day labels use its bold face); CSS {@code -fx-font}. */
    public final ObjectProperty<Font> fontProperty() {
        return font;
    }

    public final Font getFont() {
        return font.get();
    }

    public final void setFont(Font value) {
        font.set(value);
    }

    /** CSS {@code -timeline-lane-column-width}. */
    public final ObjectProperty<Number> laneColumnWidthProperty() {
        return laneColumnWidth;
    }

    // ---- Derived state ---------------------------------------------------------------------------------

    /**
     * The prepared snapshot of what is shown, built on first use after the items, adapter, lanes, zone,
     * filter, shown categories or highlight changed. An exporter hands it to a {@link TimelinePainter}.
     */
    public final TimelineData<T> getData() {
        if (data == null) {
            if (filteredData == null) {
                if (itemsData == null) {
                    itemsData = getAdapter() == null
                            ? TimelineData.empty(lanes, getZone())
                            : TimelineData.of(getItems(), getAdapter(), List.copyOf(lanes), getZone());
                }
                if (colouredData == null) {
                    colouredData = getCategoryColors() == null ? itemsData
                            : itemsData.withCategoryColors(getCategoryColors(), getShownCategories());
                }
                filteredData = colouredData.withFilter(getFilter(), getShownCategories(), isFadeFiltered());
            }
            data = getHighlight() == null ? filteredData : filteredData.withHighlight(getHighlight());
        }
        return data;
    }

    /** The current look as plain values, resolved from CSS: for the painter, and for exports. */
    public final TimelineStyle getTimelineStyle() {
        return new TimelineStyle(backgroundColor.get(), surfaceColor.get(), dayBandColor.get(), gridColor.get(),
                textColor.get(), mutedTextColor.get(), accentColor.get(), highlightColor.get(), densityColor.get(),
                font.get() == null ? TimelineStyle.defaultFont() : font.get(),
                Math.max(0, laneColumnWidth.get().doubleValue()));
    }

    /**
     * The zone label drawn: {@link #getZoneLabel()}, or the zone's id. The control writes no zone names of its
     * own: its user gives the label in its own words (the application's come from {@code i18n.ZoneLabels}).
     */
    public final String getEffectiveZoneLabel() {
        String label = getZoneLabel();
        return label != null && !label.isBlank() ? label : getZone().getId();
    }

    /**
     * The whole range: the extent properties if they make a range, else the shown items' span with a
     * little room at each end (so the first and last bars do not touch the edges).
     */
    final TimeWindow extent() {
        Instant start = getExtentStart();
        Instant end = getExtentEnd();
        if (start != null && end != null && end.isAfter(start)) {
            return atLeastMinSpan(start.toEpochMilli(), end.toEpochMilli());
        }
        TimelineData<T> current = getData();
        Optional<Instant> earliest = current.earliest();
        Optional<Instant> latest = current.latest();
        if (earliest.isPresent() && latest.isPresent()) {
            long first = earliest.get().toEpochMilli();
            long last = latest.get().toEpochMilli();
            long room = Math.round((last - first) * ITEMS_EXTENT_ROOM);
            return atLeastMinSpan(first - room, last + room);
        }
        long today = LocalDate.now(getZone()).atStartOfDay(getZone()).toInstant().toEpochMilli();
        return new TimeWindow(today, today + Duration.ofDays(1).toMillis());
    }

    /** The time shown: the visible properties if they make a range, else the whole extent. */
    final TimeWindow visibleWindow() {
        Instant start = getVisibleStart();
        Instant end = getVisibleEnd();
        if (start != null && end != null && end.isAfter(start)) {
            return new TimeWindow(start.toEpochMilli(), end.toEpochMilli());
        }
        return extent();
    }

    private static TimeWindow atLeastMinSpan(long start, long end) {
        long missing = MIN_VISIBLE_SPAN.toMillis() - (end - start);
        return missing > 0 ? new TimeWindow(start - missing / 2, end + missing - missing / 2)
                : new TimeWindow(start, end);
    }

    // ---- Zoom and pan ----------------------------------------------------------------------------------

    /** Shows [{@code start}, {@code end}) exactly (both edges set together). */
    public final void setVisibleRange(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
        show(new TimeWindow(start.toEpochMilli(), end.toEpochMilli()));
    }

    public final void zoomIn() {
        zoomAroundCentre(ZOOM_STEP);
    }

    public final void zoomOut() {
        zoomAroundCentre(1 / ZOOM_STEP);
    }

    /**
     * Narrows the visible span by {@code factor} (below 1 widens it) keeping {@code pivot} where it is on
     * screen, between about an hour and the whole extent.
     */
    public final void zoomBy(double factor, Instant pivot) {
        Objects.requireNonNull(pivot, "pivot");
        show(visibleWindow().zoom(factor, pivot.toEpochMilli(), extent(), MIN_VISIBLE_SPAN.toMillis()));
    }

    /** Shows the whole extent. */
    public final void fitAll() {
        show(extent());
    }

    /** Shows one day of the view's zone, midnight to midnight. */
    public final void fitDay(LocalDate day) {
        ZoneId z = getZone();
        show(new TimeWindow(day.atStartOfDay(z).toInstant().toEpochMilli(),
                day.plusDays(1).atStartOfDay(z).toInstant().toEpochMilli()));
    }

    /** Moves the visible range by {@code fraction} of its span (negative: earlier), within the extent. */
    public final void panBy(double fraction) {
        TimeWindow window = visibleWindow();
        show(window.pan(Math.round(window.span() * fraction), extent()));
    }

    /**
     * Moves the visible range {@code days} days of the view's zone later (negative: earlier), keeping its span,
     * within the extent.
     */
    public final void panByDays(int days) {
        TimeWindow window = visibleWindow();
        long start = Instant.ofEpochMilli(window.start()).atZone(getZone()).plusDays(days).toInstant().toEpochMilli();
        show(window.pan(start - window.start(), extent()));
    }

    /**
     * Pans (and scrolls the lanes) the least needed to show the item, if it is shown at all; never past the
     * extent's edges, where there is nothing but the margin the reveal would add around an item near them.
     */
    public final void scrollTo(T item) {
        TimelineData<T> current = getData();
        int i = item == getSelectedItem() ? selectedIndex() : current.indexOf(item);
        if (i < 0 || !current.stacking.shown(i)) {
            return;
        }
        TimeWindow window = visibleWindow();
        TimeWindow revealed = window.reveal(current.table.start[i], current.table.end[i], window.span() / 20)
                .within(extent());
        if (revealed != window) {
            show(revealed);
        }
        if (getSkin() instanceof TimelineSkin<?> skin) {
            skin.revealRow(i);
        }
    }

    private void zoomAroundCentre(double factor) {
        TimeWindow window = visibleWindow();
        zoomBy(factor, Instant.ofEpochMilli(window.start() + window.span() / 2));
    }

    private void show(TimeWindow window) {
        visibleStart.set(Instant.ofEpochMilli(window.start()));
        visibleEnd.set(Instant.ofEpochMilli(window.end()));
    }

    // ---- Selection -------------------------------------------------------------------------------------

    /** Selects the next item in time (by start, then lane); with none selected, the first one in view. */
    public final void selectNext() {
        Navigator nav = new Navigator(getData());
        int from = selectedIndex();
        select(from >= 0 ? nav.next(from) : nav.firstEndingAfter(visibleWindow().start()));
    }

    /** Selects the previous item in time; with none selected, the last one in view. */
    public final void selectPrevious() {
        Navigator nav = new Navigator(getData());
        int from = selectedIndex();
        select(from >= 0 ? nav.previous(from) : nav.lastStartingBefore(visibleWindow().end()));
    }

    /** Selects the item nearest in time in the lane above (skipping lanes with nothing to select). */
    public final void selectLaneAbove() {
        selectInLane(-1);
    }

    /** Selects the item nearest in time in the lane below (skipping lanes with nothing to select). */
    public final void selectLaneBelow() {
        selectInLane(1);
    }

    public final void selectFirst() {
        select(new Navigator(getData()).first());
    }

    public final void selectLast() {
        select(new Navigator(getData()).last());
    }

    private void selectInLane(int direction) {
        int from = selectedIndex();
        if (from < 0) {
            selectNext();
            return;
        }
        select(new Navigator(getData()).laneNeighbour(from, direction));
    }

    private void select(int index) {
        if (index >= 0) {
            selectedPlace = index;
            T item = getData().item(index);
            if (item == getSelectedItem()) {
                scrollTo(item);
                repaint();
            } else {
                setSelectedItem(item);
            }
        }
    }

    /**
     * Where keyboard moves start: the place the keyboard last landed on when it still holds the selected item (an
     * item in several lanes has several places, and ↑/↓ from its second lane must start there), else its first.
     */
    private int selectedIndex() {
        TimelineData<T> data = getData();
        T selected = getSelectedItem();
        if (selected != null && selectedPlace >= 0 && selectedPlace < data.size()
                && data.item(selectedPlace) == selected) {
            return selectedPlace;
        }
        return data.indexOf(selected);
    }

    /**
     * The bounds of the item's bar in this control's coordinates, clipped to the drawing area, when the
     * bar is drawn and at least partly in view (not hidden, not scrolled away, not merged into a density
     * strip).
     */
    public final Optional<Bounds> itemBounds(T item) {
        return getSkin() instanceof TimelineSkin<?> skin ? skin.itemBounds(item) : Optional.empty();
    }

    /**
     * What the last frame wrote and where, in this control's coordinates: each title with its bar, each lane name
     * with its lane. Read-only, for tests and tools that check the labels against what they belong to.
     */
    public final DrawnLabels drawnLabels() {
        return getSkin() instanceof TimelineSkin<?> skin ? skin.drawnLabels() : DrawnLabels.NONE;
    }

    /** Where {@code time} is on the time axis, in this control's coordinates; empty before the first layout. */
    public final OptionalDouble xOf(Instant time) {
        return getSkin() instanceof TimelineSkin<?> skin ? skin.xOf(time) : OptionalDouble.empty();
    }

    /** Whether the last frame was drawn in the compact measures that turn on when the lanes do not fit the height. */
    public final boolean isCompact() {
        return getSkin() instanceof TimelineSkin<?> skin && skin.compact();
    }

    /** Whether the lanes are taller than the view, so that some are reached only by scrolling. */
    public final boolean isScrollingLanes() {
        return getSkin() instanceof TimelineSkin<?> skin && skin.scrollingLanes();
    }

    // ---- Invalidation ----------------------------------------------------------------------------------

    private void invalidateItems() {
        itemsData = null;
        invalidateColors();
    }

    private void invalidateColors() {
        colouredData = null;
        invalidateFilter();
    }

    private void invalidateFilter() {
        filteredData = null;
        invalidateHighlight();
    }

    private void invalidateHighlight() {
        data = null;
        dataChanged();
    }

    private void dataChanged() {
        dataRevision.set(dataRevision.get() + 1);
    }

    private void repaint() {
        viewRevision.set(viewRevision.get() + 1);
    }

    /**
     * Asks for one layout pass of this control alone, in the next pulse, where the skin repaints. Unlike
     * {@link #requestLayout()} it does not lay out the ancestors again: panning must not relayout the window.
     */
    final void requestRepaint() {
        setNeedsLayout(true);
    }

    // ---- Skin and CSS ----------------------------------------------------------------------------------

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin<>(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    private StyleableObjectProperty<Color> color(CssMetaData<TimelineView<?>, Color> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The CSS properties; each colour's name is also a looked-up token the app's theme can redefine. */
    private static final class StyleableProperties {
        private static final StyleablePropertyFactory<TimelineView<?>> FACTORY =
                new StyleablePropertyFactory<>(Control.getClassCssMetaData());

        static final CssMetaData<TimelineView<?>, Color> BACKGROUND =
                color("-timeline-background", v -> v.backgroundColor, TimelineStyle.DEFAULT_BACKGROUND);
        static final CssMetaData<TimelineView<?>, Color> SURFACE =
                color("-timeline-surface", v -> v.surfaceColor, TimelineStyle.DEFAULT_SURFACE);
        static final CssMetaData<TimelineView<?>, Color> DAY_BAND =
                color("-timeline-day-band", v -> v.dayBandColor, TimelineStyle.DEFAULT_DAY_BAND);
        static final CssMetaData<TimelineView<?>, Color> GRID =
                color("-timeline-grid", v -> v.gridColor, TimelineStyle.DEFAULT_GRID);
        static final CssMetaData<TimelineView<?>, Color> TEXT =
                color("-timeline-text", v -> v.textColor, TimelineStyle.DEFAULT_TEXT);
        static final CssMetaData<TimelineView<?>, Color> MUTED_TEXT =
                color("-timeline-text-muted", v -> v.mutedTextColor, TimelineStyle.DEFAULT_MUTED_TEXT);
        static final CssMetaData<TimelineView<?>, Color> ACCENT =
                color("-timeline-accent", v -> v.accentColor, TimelineStyle.DEFAULT_ACCENT);
        static final CssMetaData<TimelineView<?>, Color> HIGHLIGHT =
                color("-timeline-highlight", v -> v.highlightColor, TimelineStyle.DEFAULT_HIGHLIGHT);
        static final CssMetaData<TimelineView<?>, Color> DENSITY =
                color("-timeline-density", v -> v.densityColor, TimelineStyle.DEFAULT_DENSITY);
        static final CssMetaData<TimelineView<?>, Number> LANE_COLUMN_WIDTH = FACTORY.createSizeCssMetaData(
                "-timeline-lane-column-width", v -> v.laneColumnWidth, TimelineStyle.DEFAULT_LANE_COLUMN_WIDTH, false);
        static final CssMetaData<TimelineView<?>, Font> FONT =
                new FontCssMetaData<>("-fx-font", TimelineStyle.defaultFont()) {
                    @Override
                    public boolean isSettable(TimelineView<?> view) {
                        return !view.font.isBound();
                    }

                    @Override
                    public StyleableProperty<Font> getStyleableProperty(TimelineView<?> view) {
                        return view.font;
                    }
                };

        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.addAll(List.of(BACKGROUND, SURFACE, DAY_BAND, GRID, TEXT, MUTED_TEXT, ACCENT, HIGHLIGHT, DENSITY,
                    LANE_COLUMN_WIDTH, FONT));
            ALL = Collections.unmodifiableList(all);
        }

        private StyleableProperties() {
        }

        private static CssMetaData<TimelineView<?>, Color> color(
                String property, Function<TimelineView<?>, StyleableProperty<Color>> field, Color initial) {
            return FACTORY.createColorCssMetaData(property, field, initial, false);
        }
    }
}
