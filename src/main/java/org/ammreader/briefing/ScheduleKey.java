package org.ammreader.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule's key, given once above the days: a swatch and the name of each area the rows mark, in the
 * model's order, down up to four columns (as many as give the shortest key; a name too long for its column
 * wraps beside its swatch), then on a line of their own each flag the rows carry and what it means.
 */
final class ScheduleKey {

    private static final int MOST_COLUMNS = 4;
    private static final float COLUMN_GAP = 16;
    private static final float SWATCH_GAP = 4;

    /** One entry: what stands in the swatch's place (a colour, or a glyph) and the lines of its name. */
    private record Entry(int color, TextLine glyph, List<TextLine> lines) {
    }

    private ScheduleKey() {
    }

    /** The key as one slice per line of entries, all kept together and with what follows. */
    static List<Slice> slices(BriefingContent.Schedule schedule, Typography type, float width, float spaceBefore) {
        int count = Math.max(schedule.key().size(), schedule.flags().size());
        List<List<Entry>> grid = List.of();
        float shortest = Float.MAX_VALUE;
        for (int columns = 1; columns <= Math.min(MOST_COLUMNS, count); columns++) {
            float column = (width - COLUMN_GAP * (columns - 1)) / columns;
            List<List<Entry>> rows = new ArrayList<>(rows(areas(schedule, type, column), columns));
            rows.addAll(flagRows(flags(schedule, type, column), columns));
            float height = (float) rows.stream().mapToDouble(ScheduleKey::height).sum();
            if (height < shortest) {
                shortest = height;
                grid = rows;
            }
        }
        float[] lefts = lefts(grid);
        List<Slice> slices = new ArrayList<>();
        for (List<Entry> row : grid) {
            slices.add(Slice.of(height(row), slices.isEmpty() ? spaceBefore : 0, (canvas, x, top) -> {
                for (int i = 0; i < row.size(); i++) {
                    if (row.get(i) != null) {
                        draw(canvas, type, row.get(i), x + lefts[i], top);
                    }
                }
            }).keptWithNext());
        }
        return slices;
    }

    /**
     * Where each column starts: right after the widest entry of the column before, so that a short key (two
     * areas) reads as one group on the left instead of spreading over the width.
     */
    private static float[] lefts(List<List<Entry>> grid) {
        int columns = grid.isEmpty() ? 0 : grid.get(0).size();
        float[] lefts = new float[columns];
        for (int c = 1; c < columns; c++) {
            float widest = 0;
            for (List<Entry> row : grid) {
                Entry entry = row.get(c - 1);
                if (entry != null) {
                    widest = Math.max(widest, (float) entry.lines().stream().mapToDouble(TextLine::width).max()
                            .orElse(0));
                }
            }
            lefts[c] = lefts[c - 1] + AreaMarks.SIZE + SWATCH_GAP + widest + COLUMN_GAP;
        }
        return lefts;
    }

    private static void draw(Canvas canvas, Typography type, Entry entry, float left, float top) throws IOException {
        TextLine first = entry.lines().get(0);
        if (entry.glyph() == null) {
            Style style = type.keyEntry;
            AreaMarks.square(canvas, entry.color(), left,
                    top + first.baseline() - style.size() * style.face().capHeight() / 2 - AreaMarks.SIZE / 2);
        } else {
            canvas.text(entry.glyph(), left + (AreaMarks.SIZE - entry.glyph().width()) / 2,
                    top + first.baseline() - entry.glyph().baseline());
        }
        Blocks.draw(canvas, entry.lines(), left + AreaMarks.SIZE + SWATCH_GAP, top);
    }

    private static List<Entry> areas(BriefingContent.Schedule schedule, Typography type, float column) {
        float measure = column - AreaMarks.SIZE - SWATCH_GAP;
        return schedule.key().stream().map(mark -> new Entry(AreaColors.parse(mark.color()), null,
                LineBreaker.wrap(List.of(new Run(type.keyEntry, mark.label())), measure))).toList();
    }

    private static List<Entry> flags(BriefingContent.Schedule schedule, Typography type, float column) {
        float measure = column - AreaMarks.SIZE - SWATCH_GAP;
        return schedule.flags().stream().map(flag -> new Entry(0,
                LineBreaker.wrap(List.of(new Run(type.flag, flag.glyph())), measure).get(0),
                LineBreaker.wrap(List.of(new Run(type.keyEntry, flag.meaning())), measure))).toList();
    }

    /** The flags after the areas, on lines of their own, one per column from the left. */
    private static List<List<Entry>> flagRows(List<Entry> flags, int columns) {
        List<List<Entry>> rows = new ArrayList<>();
        for (int i = 0; i < flags.size(); i += columns) {
            List<Entry> row = new ArrayList<>(flags.subList(i, Math.min(i + columns, flags.size())));
            while (row.size() < columns) {
                row.add(null);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The entries in rows of {@code columns} cells, filled column after column; null marks an empty cell. */
    private static List<List<Entry>> rows(List<Entry> entries, int columns) {
        int rows = (entries.size() + columns - 1) / columns;
        List<List<Entry>> grid = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Entry> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int i = c * rows + r;
                row.add(i < entries.size() ? entries.get(i) : null);
            }
            grid.add(row);
        }
        return grid;
    }

    private static float height(List<Entry> row) {
        float height = 0;
        for (Entry entry : row) {
            if (entry != null) {
                height = Math.max(height, Blocks.height(entry.lines()));
            }
        }
        return height;
    }
}
