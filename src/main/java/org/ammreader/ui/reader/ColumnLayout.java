package org.ammreader.ui.reader;

/**
 * Where the margin and the columns of the reader go across a given width. The heading and every row use the
 * same layout, so that paragraph n starts at the same x in every row and both columns at the same top.
 *
 * <p>Columns never grow past a comfortable measure (about 70 characters of Liberation Serif); on wide windows
 * the text block is centred, on narrow ones it fills the width and the margin keeps the numbers clear of it.
 *
 * @param marginX where the margin (paragraph numbers, area chips) starts
 * @param marginWidth its width, including the space before the text
 * @param leftX where the left column's text starts
 * @param rightX where the right column's text starts
 * @param columnWidth the width of each column's text
 */
record ColumnLayout(double marginX, double marginWidth, double leftX, double rightX, double columnWidth) {

    /** The widest a column gets, in ems: 32 em of Liberation Serif hold about 70 characters. */
    static final double MEASURE_EM = 32;
    static final double MARGIN_EM = 3;
    static final double GUTTER_EM = 2.5;
    /** The narrowest a column gets, in ems, however narrow the window. */
    static final double MIN_COLUMN_EM = 8;
    static final double SIDE = 16;

    static ColumnLayout of(double width, double em, boolean singleColumn) {
        double margin = MARGIN_EM * em;
        double gutter = GUTTER_EM * em;
        int columns = singleColumn ? 1 : 2;
        double available = width - 2 * SIDE - margin - (columns - 1) * gutter;
        double column = Math.max(MIN_COLUMN_EM * em, Math.min(MEASURE_EM * em, available / columns));
        double block = columns * column + (columns - 1) * gutter;
        double left = Math.max(SIDE + margin, (width - block) / 2);
        return new ColumnLayout(left - margin, margin, left, left + column + gutter, column);
    }
}
