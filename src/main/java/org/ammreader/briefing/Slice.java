package org.ammreader.briefing;

import java.io.IOException;

/**
 * The unit of pagination: a horizontal band of the sheet that is never split across pages (a line of a
 * paragraph, a row of the schedule, the whole box of the meeting in focus).
 *
 * @param spaceBefore  white space above the band, dropped at the top of a page
 * @param keepWithNext whether a page may not break between this band and the next (headings, first lines)
 * @param repeat       what to draw first when a page break falls just before this band (a day's heading,
 *                     "continued"), or null
 */
record Slice(float height, float spaceBefore, boolean keepWithNext, Drawing drawing, Slice repeat) {

    /** Draws the band with its top-left corner at (x, top) of the content area. */
    @FunctionalInterface
    interface Drawing {
        void draw(Canvas canvas, float x, float top) throws IOException;
    }

    static Slice of(float height, float spaceBefore, Drawing drawing) {
        return new Slice(height, spaceBefore, false, drawing, null);
    }

    Slice keptWithNext() {
        return new Slice(height, spaceBefore, true, drawing, repeat);
    }

    Slice repeating(Slice heading) {
        return new Slice(height, spaceBefore, keepWithNext, drawing, heading);
    }
}
