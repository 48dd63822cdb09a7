package org.ammreader.control.timeline;

/** A small glyph drawn before an item's title to flag how certain the item is. */
public enum TimelineMarker {
    /** No glyph. */
    NONE,
    /** A small ring: only one source reports the item. */
    SINGLE_SOURCE,
    /** "!": sources disagree about the item. */
    DISPUTED,
    /** "?": the item has not been verified. */
    UNVERIFIED
}
