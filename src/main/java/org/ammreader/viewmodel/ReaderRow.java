package org.ammreader.viewmodel;

import java.util.List;

/**
 * One line of the reader: paragraph {@code index} (0-based in its document) in the left and the right language,
 * the areas to mark in the margin (those the area filter selects) and whether the paragraph passes the filter.
 */
public record ReaderRow(int index, String left, String right, List<AreaMark> marks, boolean matchesFilter) {

    public ReaderRow {
        marks = List.copyOf(marks);
    }

    /** The number printed in the margin. */
    public int number() {
        return index + 1;
    }

    /** The text shown in {@code column}. */
    public String text(ReaderColumn column) {
        return column == ReaderColumn.LEFT ? left : right;
    }
}
