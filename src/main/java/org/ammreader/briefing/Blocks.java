package org.ammreader.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Slices the sections share: wrapped paragraphs, section headings, stacks of lines. */
final class Blocks {

    /** Space between a heading's rule and its text. */
    private static final float HEADING_GAP = 5;
    private static final float MINOR_HEADING_GAP = 4;

    private Blocks() {
    }

    /**
     * A paragraph as one slice per line, so pages may break inside it, but never leaving a single line alone
     * at the foot or the head of a page.
     */
    static List<Slice> paragraph(List<Run> runs, float width, float indent, float spaceBefore) {
        List<TextLine> lines = LineBreaker.wrap(runs, width - indent);
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Slice slice = Slice.of(line.leading(), i == 0 ? spaceBefore : 0,
                    (canvas, x, top) -> canvas.text(line, x + indent, top));
            boolean orphan = i == 0 && lines.size() > 1;
            boolean widow = i == lines.size() - 2;
            slices.add(orphan || widow ? slice.keptWithNext() : slice);
        }
        return slices;
    }

    static List<Slice> paragraph(Style style, String text, float width, float spaceBefore) {
        return paragraph(List.of(new Run(style, text)), width, 0, spaceBefore);
    }

    /** The text with no-break spaces, so that it moves to the next line whole rather than split. */
    static String unbreakable(String text) {
        return text.replace(' ', '\u00a0');
    }

    /** Lines that stay together in one slice (a heading, a cell of a table). */
    static Slice together(List<TextLine> lines, float spaceBefore) {
        return Slice.of(height(lines), spaceBefore, (canvas, x, top) -> draw(canvas, lines, x, top));
    }

    static float height(List<TextLine> lines) {
        float height = 0;
        for (TextLine line : lines) {
            height += line.leading();
        }
        return height;
    }

    static void draw(Canvas canvas, List<TextLine> lines, float x, float top) throws IOException {
        float y = top;
        for (TextLine line : lines) {
            canvas.text(line, x, y);
            y += line.leading();
        }
    }

    /**
     * Two columns side by side, the right one starting {@code column} points from the left; the first lines of
     * both share a baseline even when their sizes differ (a small label beside a larger value).
     */
    static Slice row(List<TextLine> left, float column, List<TextLine> right, float spaceBefore) {
        float leftBaseline = left.isEmpty() ? 0 : left.get(0).baseline();
        float rightBaseline = right.isEmpty() ? 0 : right.get(0).baseline();
        float leftShift = Math.max(0, rightBaseline - leftBaseline);
        float rightShift = Math.max(0, leftBaseline - rightBaseline);
        float height = Math.max(leftShift + height(left), rightShift + height(right));
        return Slice.of(height, spaceBefore, (canvas, x, top) -> {
            draw(canvas, left, x, top + leftShift);
            draw(canvas, right, x + column, top + rightShift);
        });
    }

    /**
     * A section's heading under a thin rule across the measure, with a short note set flush right on the
     * heading's baseline when it fits there, under the heading otherwise; it stays with what follows.
     */
    static List<Slice> sectionHeading(Typography type, String text, String note, float width) {
        return heading(type.heading, text, type.note, note, width, 12, HEADING_GAP);
    }

    /** A smaller heading, in small capitals, for the sheet's apparatus (the sources) rather than its content. */
    static List<Slice> minorHeading(Typography type, String capitals, String note, float width) {
        return heading(type.smallCaps, capitals, type.note, note, width, 10, MINOR_HEADING_GAP);
    }

    private static List<Slice> heading(Style style, String text, Style noteStyle, String note, float width,
                                       float spaceBefore, float gap) {
        List<TextLine> lines = LineBreaker.wrap(List.of(new Run(style, text)), width);
        List<TextLine> noteLines = note.isEmpty() ? List.of() : LineBreaker.wrap(List.of(new Run(noteStyle, note)), width);
        TextLine last = lines.get(lines.size() - 1);
        boolean beside = noteLines.size() == 1 && last.width() + 24 + noteLines.get(0).width() <= width;
        Slice heading = new Slice(gap + height(lines), spaceBefore, true, (canvas, x, top) -> {
            canvas.rule(x, top, width, 0.6f, Typography.RULE);
            draw(canvas, lines, x, top + gap);
            if (beside) {
                TextLine noteLine = noteLines.get(0);
                float baseline = top + gap + height(lines) - last.leading() + last.baseline();
                canvas.text(noteLine, x + width - noteLine.width(), baseline - noteLine.baseline());
            }
        }, null);
        if (beside || noteLines.isEmpty()) {
            return List.of(heading);
        }
        return List.of(heading, together(noteLines, 1).keptWithNext());
    }

    /**
     * Slices drawn on a tinted panel with a thin accent bar on its left: the panel is painted slice by slice,
     * so a box taller than what is left of a page continues on the next one. Spaces between the inner slices
     * become painted height; {@code padding} surrounds the content.
     */
    static List<Slice> panel(List<Slice> inner, float width, float padding) {
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < inner.size(); i++) {
            Slice slice = inner.get(i);
            float above = (i == 0 ? padding : 0) + (i == 0 ? 0 : slice.spaceBefore());
            float below = i == inner.size() - 1 ? padding : 0;
            float height = above + slice.height() + below;
            slices.add(new Slice(height, i == 0 ? slice.spaceBefore() : 0, slice.keepWithNext(), (canvas, x, top) -> {
                canvas.fill(x, top, width, height, 0, Typography.PANEL);
                canvas.fill(x, top, 2.5f, height, 0, Typography.ACCENT);
                slice.drawing().draw(canvas, x + padding, top + above);
            }, null));
        }
        return slices;
    }
}
