package org.ammreader.control.timeline;

/**
 * A small glyph drawn before an item's title. The control gives the glyphs no meaning: its user maps its own
 * states to them (the application: one source → {@link #RING}, sources disagree → {@link #EXCLAMATION}, not
 * verified → {@link #QUESTION}) and says what they mean in its legend.
 */
public enum TimelineMarker {
    /** No glyph. */
    NONE,
    /** A small ring. */
    RING,
    /** "!". */
    EXCLAMATION,
    /** "?". */
    QUESTION
}
