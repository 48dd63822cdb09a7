package org.ammreader.control.timeline;

/**
 * Decides where an item's title goes: inside its bar if it fits, beside it if the row is free up to the
 * next item, otherwise truncated with an ellipsis into the larger of the two rooms (keeping at least a few
 * characters), otherwise only the certainty glyph, otherwise nothing. The rooms never reach another item, so text never lands on text.
 */
final class LabelFit {

    /** Horizontal space a certainty glyph takes, its gap to the title included. */
    static final double MARKER_WIDTH = 12;
    /** A truncated title keeps at least this many characters, or it is left out: "I…" says nothing. */
    static final int MIN_TRUNCATED_CHARS = 3;

    enum Where { INSIDE, BESIDE, NONE }

    /** The decision: where, the (possibly truncated) text, whether the glyph is drawn. */
    record Placement(Where where, String text, boolean marker) {
        static final Placement NOTHING = new Placement(Where.NONE, "", false);
    }

    private LabelFit() {
    }

    /**
     * @param inside free width inside the bar (its padding already removed)
     * @param beside free width from the bar's end to the next item in its row (gaps already removed)
     */
    static Placement place(String text, boolean marker, double inside, double beside, TextMeasure measure) {
        double glyph = marker ? MARKER_WIDTH : 0;
        double full = glyph + (text.isEmpty() ? 0 : measure.width(text));
        if (full <= inside) {
            return new Placement(Where.INSIDE, text, marker);
        }
        if (full <= beside) {
            return new Placement(Where.BESIDE, text, marker);
        }
        Where where = inside >= beside ? Where.INSIDE : Where.BESIDE;
        double room = Math.max(inside, beside);
        String truncated = text.isEmpty() ? "" : measure.truncate(text, room - glyph);
        int kept = truncated.length() - TextMeasure.ELLIPSIS.length();
        if (kept >= Math.min(MIN_TRUNCATED_CHARS, text.length())) {
            return new Placement(where, truncated, marker);
        }
        if (marker && room >= glyph) {
            return new Placement(where, "", true);
        }
        return Placement.NOTHING;
    }
}
