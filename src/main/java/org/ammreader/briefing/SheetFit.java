package org.ammreader.briefing;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds how many schedule rows a sheet can show within its page limit. Pages only grow as rows are added, so a
 * binary search over the number of rows needs about nine paginations for the few hundred rows worded, each a
 * matter of adding heights: the rows are laid out once, whatever the number tried.
 */
final class SheetFit {

    /** The sheet paginated with the first {@code shown} rows of the schedule. */
    private final IntFunction<List<List<Paginator.Placed>>> sheet;

    SheetFit(IntFunction<List<List<Paginator.Placed>>> sheet) {
        this.sheet = sheet;
    }

    /**
     * The pages of the sheet with the most of its {@code rows} rows that keeps to {@code maxPages} pages; with
     * none, the sheet without a schedule, whatever its length.
     */
    List<List<Paginator.Placed>> mostRows(int rows, int maxPages) {
        List<List<Paginator.Placed>> all = sheet.apply(rows);
        if (all.size() <= maxPages) {
            return all;
        }
        int fits = 0;
        List<List<Paginator.Placed>> best = sheet.apply(0);
        int tooMany = rows;
        while (tooMany - fits > 1) {
            int middle = (fits + tooMany) >>> 1;
            List<List<Paginator.Placed>> pages = sheet.apply(middle);
            if (pages.size() <= maxPages) {
                fits = middle;
                best = pages;
            } else {
                tooMany = middle;
            }
        }
        return best;
    }
}
