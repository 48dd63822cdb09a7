package org.ammreader.control.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.scene.paint.Color;

/**
 * Tells the timeline what it needs to know about an item of the application's own type. The timeline
 * reads every value once when the items change (except {@link #tooltip} and {@link #accessibleText},
 * read on demand), so the methods should be cheap but need not be memoised.
 *
 * @param <T> the application's item type
 */
public interface TimelineAdapter<T> {

    /** The {@link TimelineLane#id()} of the lane the item belongs to; items of unknown lanes are not shown. */
    String lane(T item);

    /**
     * The lanes the item is drawn in: an item in several (a meeting of three delegations, in lanes by delegation)
     * is drawn once in each, and selecting it outlines every copy. Only {@link #lane} by default.
     */
    default Collection<String> lanes(T item) {
        return List.of(lane(item));
    }

    /** When the item starts; for an all-day item, any instant of its first day in the view's zone. */
    Instant start(T item);

    /**
     * When the item ends (exclusive), or empty when its end is not known: it is then drawn as a short bar
     * with a fading tail. For an all-day item, an instant of its last day, or midnight after it; empty
     * means a single day.
     */
    Optional<Instant> end(T item);

    /**
     * How much of the item, from its {@link #start}, is uncertain: the bar fades in over that span instead of
     * starting sharply — a start known only roughly, or one sources place at different times. Zero, a sharp
     * start, by default. Only for items with a known end; longer than the item is drawn as the whole item.
     */
    default Duration softStart(T item) {
        return Duration.ZERO;
    }

    /** Likewise before the item's {@link #end}: the bar fades out over that span. Zero, a sharp end, by default. */
    default Duration softEnd(T item) {
        return Duration.ZERO;
    }

    /** Whether the item is known only by date(s): it is drawn as whole days, lighter and outlined. */
    boolean allDay(T item);

    /** The title drawn in or beside the bar. */
    String label(T item);

    /**
     * A shorter title, drawn where {@link #label} fits neither in the bar nor beside it; the label itself by
     * default. The full label stays in the {@link #tooltip}.
     */
    default String shortLabel(T item) {
        return label(item);
    }

    /** The bar colour; the text colour on it is chosen for contrast. */
    Color color(T item);

    /**
     * The categories the item belongs to (subject areas, say), for {@link TimelineView#shownCategoriesProperty()}.
     * Read once with the rest, so that showing other categories calls nothing per item: on 100,000 items that is
     * a few milliseconds where a {@link TimelineView#filterProperty() filter} calling back each item takes tens.
     * None by default.
     */
    default Collection<String> categories(T item) {
        return List.of();
    }

    /** The certainty glyph drawn before the title. */
    default TimelineMarker marker(T item) {
        return TimelineMarker.NONE;
    }

    /** The text of the tooltip shown when the pointer rests on the item. */
    String tooltip(T item);

    /** What assistive technology announces when the item is selected. */
    default String accessibleText(T item) {
        return tooltip(item);
    }
}
