package org.ammreader.control.timeline;

import java.util.List;

/**
 * The vertical measures of one frame: the header's two rows, the lanes' padding, the row pitch and the bar
 * height, the line height of lane names, the text size and padding in bars. {@link #REGULAR} while everything
 * fits; {@link #SNUG}, then {@link #COMPACT}, turn on by themselves when the lanes would not fit the height at
 * hand (the whole week on a small window), with text never under {@link #MIN_TEXT_SIZE} (docs/adr/0014).
 *
 * @param header    the header's height: the band row over the tick row
 * @param bandRow   the band row's height (days, months or years)
 * @param padTop    space in a lane above its first bar
 * @param pitch     from one bar's top to the next row's
 * @param bar       a bar's height
 * @param padBottom space in a lane under its last row
 * @param laneLine  the line height of a lane name
 * @param textSize  the size of titles and lane names; NaN for the style's own size
 * @param textPad   space between a bar's ends and a title inside it
 */
record RowMetrics(double header, double bandRow, double padTop, double pitch, double bar, double padBottom,
                  double laneLine, double textSize, double textPad) {

    /** The smallest text drawn. */
    static final double MIN_TEXT_SIZE = 11;
    /** On the 8-px grid: a 24-px band row over a 24-px tick row; 20-px bars 24 px apart. */
    static final RowMetrics REGULAR = new RowMetrics(48, 24, 8, 24, 20, 4, 15, Double.NaN, 6);
    /** The style's text in 17-px bars 20 px apart: a lane of 7 rows takes 146 px. */
    static final RowMetrics SNUG = new RowMetrics(44, 22, 4, 20, 17, 2, 14, Double.NaN, 5);
    /**
     * 11-px text in 14-px bars 15 px apart (the descenders clear the outline), under a 40-px header: a lane of 7
     * rows takes 109 px. Two 11-px lines would need 26 px: titles are not wrapped inside bars in any of these measures.
     */
    static final RowMetrics COMPACT = new RowMetrics(40, 20, 3, 15, 14, 1, 13, MIN_TEXT_SIZE, 4);
    /** From the roomiest to the densest: the first whose lanes fit is used. */
    static final List<RowMetrics> STEPS = List.of(REGULAR, SNUG, COMPACT);

    /** Whether these are denser than the regular measures. */
    boolean compact() {
        return this != REGULAR;
    }

    /** The text size in this mode for a style whose font is {@code styleSize}: never under the minimum. */
    double textSize(double styleSize) {
        return Double.isNaN(textSize) ? Math.max(MIN_TEXT_SIZE, styleSize) : textSize;
    }
}
