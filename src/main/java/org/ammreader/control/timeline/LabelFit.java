package org.ammreader.control.timeline;

/**
 * Decides where an item's title goes (docs/adr/0014): its label inside its bar if it fits, else beside it if the
 * room there is enough, else its short label inside, else beside; otherwise the short label truncated with an
 * ellipsis into the larger of the two rooms (keeping at least a few characters), otherwise only the certainty
 * glyph, otherwise nothing. The rooms never reach another item nor, where days are columns, another day, so
 * text never lands on text and is always read with its own bar.
 */
final class LabelFit {

    /** Horizontal space a certainty glyph takes, its gap to the title included. */
    static final double MARKER_WIDTH = 12;
    /** A truncated title keeps at least this many characters, or it is left out: "I…" says nothing. */
    static final int MIN_TRUNCATED_CHARS = 3;

    enum Where { INSIDE, BESIDE, NONE }

    /** The decision: where, the (possibly shortened) text, whether the glyph is drawn. */
    record Placement(Where where, String text, boolean marker) {
        static final Placement NOTHING = new Placement(Where.NONE, "", false);
    }

    private LabelFit() {
    }

    /**
     * @param shortText the short label, or {@code text} itself when there is none
     * @param inside    free width inside the bar (its padding already removed)
     * @param beside    free width from the bar's end to the next item in its row, or to the end of the bar's
     *                  day where days are columns (gaps already removed)
     */
    static Placement place(String text, String shortText, boolean marker, double inside, double beside,
                           TextMeasure measure) {
        double glyph = marker ? MARKER_WIDTH : 0;
        for (String candidate : new String[] {text, shortText}) {
            double full = glyph + (candidate.isEmpty() ? 0 : measure.width(candidate));
            if (full <= inside) {
                return new Placement(Where.INSIDE, candidate, marker);
            }
            if (full <= beside) {
                return new Placement(Where.BESIDE, candidate, marker);
            }
        }
        Where where = inside >= beside ? Where.INSIDE : Where.BESIDE;
        double room = Math.max(inside, beside);
        String truncated = shortText.isEmpty() ? "" : measure.truncate(shortText, room - glyph);
        int kept = truncated.length() - TextMeasure.ELLIPSIS.length();
        if (kept >= Math.min(MIN_TRUNCATED_CHARS, shortText.length())) {
            return new Placement(where, truncated, marker);
        }
        if (marker && room >= glyph) {
            return new Placement(where, "", true);
        }
        return Placement.NOTHING;
    }
}
