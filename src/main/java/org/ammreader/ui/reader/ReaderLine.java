package org.ammreader.ui.reader;

import org.ammreader.viewmodel.ReaderHeading;
import org.ammreader.viewmodel.ReaderRow;

/**
 * An item of the reader's list: the document's heading first, then one row per paragraph. Items carry all
 * they show, so that the list redraws a cell exactly when what it shows has changed.
 */
sealed interface ReaderLine {

    record Heading(ReaderHeading left, ReaderHeading right, boolean single) implements ReaderLine {
    }

    record Row(ReaderRow row, boolean single) implements ReaderLine {
    }
}
