package org.ammreader.briefing;

import java.io.IOException;
import java.util.List;

/**
 * A meeting's areas as a row of small squares in the areas' colours, the schedule's compact stand-in for their
 * names, which the key gives once. Squares rather than dots: they read as the swatches of the key.
 */
final class AreaMarks {

    static final float SIZE = 6;
    private static final float GAP = 1.6f;
    private static final float OUTLINE = 0.6f;

    private AreaMarks() {
    }

    static float width(int count) {
        return count == 0 ? 0 : count * SIZE + (count - 1) * GAP;
    }

    /** Draws the marks from {@code x}, centred on the capitals of a line whose baseline is at {@code baseline}. */
    static void draw(Canvas canvas, List<BriefingContent.AreaMark> marks, float x, float baseline, Style beside)
            throws IOException {
        float top = baseline - beside.size() * beside.face().capHeight() / 2 - SIZE / 2;
        for (int i = 0; i < marks.size(); i++) {
            square(canvas, AreaColors.parse(marks.get(i).color()), x + i * (SIZE + GAP), top);
        }
    }

    static void square(Canvas canvas, int color, float x, float top) throws IOException {
        if (AreaColors.tooPale(color)) {
            canvas.fill(x, top, SIZE, SIZE, 1, AreaColors.outline(color));
            canvas.fill(x + OUTLINE, top + OUTLINE, SIZE - 2 * OUTLINE, SIZE - 2 * OUTLINE, 0.6f, color);
        } else {
            canvas.fill(x, top, SIZE, SIZE, 1, color);
        }
    }
}
