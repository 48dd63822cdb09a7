package org.ammreader.control.timeline;

/**
 * The vertical measures of one frame: the header's two rows, the lanes' padding, the row pitch and the bar
 * height, the line height of lane names and the text size in bars. {@link #REGULAR} while everything fits;
 * {@link #COMPACT} turns on by itself when the lanes would not fit the height at hand (the whole week on a
 * small window), with text never under {@link #MIN_TEXT_SIZE} (docs/adr/0014).
 *
 * @param header    the header's height: the band row over the tick row
 * @param bandRow   the band row's height (days, months or years)
 * @param padTop    space in a lane above its first bar
 * @param pitch     from one bar's top to the next row's
 * @param bar       a bar's height
 * @param padBottom space in a lane under its last row
 * @param laneLine  the line height of a lane name
 * @param textSize  the size of titles and lane names; NaN for the style's own size
 */
record RowMetrics(double header, double bandRow, double padTop, double pitch, double bar, double padBottom,
                  double laneLine, double textSize) {

    /** The smallest text drawn. */
    static final double MIN_TEXT_SIZE = 11;
    /** On the 8-px grid: a 24-px band row over a 24-px tick row; 20-px bars 24 px apart. */
    static final RowMetrics REGULAR = new RowMetrics(48, 24, 8, 24, 20, 4, 15, Double.NaN);
    /** 11-px text in 14-px bars 16 px apart, under a 40-px header: a lane of 7 rows takes 116 px, not 180. */
    static final RowMetrics COMPACT = new RowMetrics(40, 20, 3, 16, 14, 1, 13, MIN_TEXT_SIZE);

    boolean compact() {
        return this == COMPACT;
    }

    /** The text size in this mode for a style whose font is {@code styleSize}: never under the minimum. */
    double textSize(double styleSize) {
        return Double.isNaN(textSize) ? Math.max(MIN_TEXT_SIZE, styleSize) : textSize;
    }
}
