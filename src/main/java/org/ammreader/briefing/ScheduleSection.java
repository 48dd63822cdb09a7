package org.ammreader.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schedule: its heading, the key to its marks, then the days. Each day's weekday and date stand in a narrow
 * left column beside its meetings, one line per meeting where it fits, rows parted by hairlines and days by a
 * rule. A heading row per day cost a sixth of a page for the bundled week; the column costs little width, since
 * titles are short. When a day's rows go on over a page break, its label is repeated there, marked as continued.
 */
final class ScheduleSection {

    private static final float DAY_GAP = 14;
    private static final float DAY_SPACE = 3.5f;
    private static final float AFTER_KEY = 10;

    private final BriefingContent.Schedule schedule;
    private final Typography type;
    private final float width;
    private final float labelWidth;
    /** Every row of every day, in order, laid out once: the page limit then only decides how many are drawn. */
    private final List<ScheduleRow> rows = new ArrayList<>();

    ScheduleSection(BriefingContent.Schedule schedule, Typography type, float width) {
        this.schedule = schedule;
        this.type = type;
        this.width = width;
        // The label's measure and the column are kept apart: (a + b) - b need not give back a in floating point,
        // and a measure a hair narrower than the label would cut its last letter off.
        this.labelWidth = labelWidth(schedule, type, width);
        float column = labelWidth + DAY_GAP;
        float remarks = remarkColumn(schedule, type);
        for (BriefingContent.Day day : schedule.days()) {
            day.rows().forEach(row -> rows.add(new ScheduleRow(row, type, width - column, remarks)));
        }
    }

    /** How many rows the schedule can show. */
    int rowCount() {
        return rows.size();
    }

    /**
     * The schedule with its first {@code shown} rows, the key naming only what those rows use. With none shown
     * while some could be, it is left out: the header says how many meetings the page limit left out.
     */
    List<Slice> slices(int shown) {
        List<Slice> slices = new ArrayList<>();
        if (shown == 0 && !rows.isEmpty()) {
            return slices;
        }
        slices.addAll(Blocks.sectionHeading(type, schedule.heading(), schedule.note(), width));
        if (rows.isEmpty()) {
            slices.addAll(Blocks.paragraph(type.body, schedule.emptyText(), width, 8));
            return slices;
        }
        slices.addAll(ScheduleKey.slices(keyOf(shown), type, width, 6));
        int keyEnd = slices.size();
        int next = 0;
        for (BriefingContent.Day day : schedule.days()) {
            int count = Math.min(day.rows().size(), shown - next);
            if (count <= 0) {
                break;
            }
            slices.addAll(day(type, day, rows.subList(next, next + count), schedule.continued(), width, labelWidth,
                    slices.size() == keyEnd ? AFTER_KEY : DAY_SPACE));
            next += count;
        }
        return slices;
    }

    /** The schedule with a key of the areas and flags its first {@code shown} rows use, in the key's order. */
    private BriefingContent.Schedule keyOf(int shown) {
        Set<BriefingContent.AreaMark> marks = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (ScheduleRow row : rows.subList(0, shown)) {
            marks.addAll(row.row().areas());
            flags.add(row.row().flag());
        }
        return new BriefingContent.Schedule(schedule.heading(), schedule.note(),
                schedule.key().stream().filter(marks::contains).toList(),
                schedule.flags().stream().filter(flag -> flags.contains(flag.glyph())).toList(), schedule.days(),
                schedule.continued(), schedule.emptyText(), schedule.leftOut());
    }

    /** As wide as the widest "+9 other areas", so that the marks beside it end on one vertical line. */
    private static float remarkColumn(BriefingContent.Schedule schedule, Typography type) {
        float widest = 0;
        for (BriefingContent.Day day : schedule.days()) {
            for (BriefingContent.Row row : day.rows()) {
                widest = Math.max(widest, type.moreAreas.width(Blocks.unbreakable(row.moreAreas())));
            }
        }
        return widest;
    }

    /** As wide as the widest weekday, date or "continued", so that each takes one line, up to a fifth of the width. */
    private static float labelWidth(BriefingContent.Schedule schedule, Typography type, float width) {
        float widest = type.note.width(schedule.continued());
        for (BriefingContent.Day day : schedule.days()) {
            widest = Math.max(widest, Math.max(type.weekday.width(day.weekday()),
                    type.dayDate.width(Blocks.unbreakable(day.date()))));
        }
        return Math.min(widest, width / 5);
    }

    /**
     * A day's rows. The label beside them is taller than a row, so the first rows stay together until they
     * cover it; after a page break at least as many rows follow as cover the repeated label.
     */
    private static List<Slice> day(Typography type, BriefingContent.Day day, List<ScheduleRow> rows, String continued,
                                   float width, float labelWidth, float spaceBefore) {
        float column = labelWidth + DAY_GAP;
        List<TextLine> label = label(type, day, "", labelWidth);
        List<TextLine> repeated = label(type, day, continued, labelWidth);
        float labelHeight = Blocks.height(label) + 2 * ScheduleRow.PADDING;
        float total = (float) rows.stream().mapToDouble(ScheduleRow::height).sum();
        Slice repeat = Slice.of(0, 0, (canvas, x, top) -> drawLabel(canvas, repeated, rows.get(0), x, top));
        List<Slice> slices = new ArrayList<>();
        float above = 0;
        for (int i = 0; i < rows.size(); i++) {
            ScheduleRow row = rows.get(i);
            boolean first = i == 0;
            boolean last = i == rows.size() - 1;
            float height = row.height() + (last ? Math.max(0, labelHeight - total) : 0);
            above += row.height();
            float below = total - above;
            Slice slice = Slice.of(height, first ? spaceBefore : 0, (canvas, x, top) -> {
                if (first) {
                    canvas.rule(x, top, width, 0.7f, Typography.RULE);
                    drawLabel(canvas, label, row, x, top);
                } else {
                    canvas.rule(x + column, top, width - column, 0.4f, Typography.HAIRLINE);
                }
                row.draw(canvas, x + column, top, width - column);
            });
            boolean orphan = above < labelHeight;
            boolean widow = below > 0 && below < Blocks.height(repeated) + 2 * ScheduleRow.PADDING;
            slice = first ? slice : slice.repeating(repeat);
            slices.add(!last && (orphan || widow) ? slice.keptWithNext() : slice);
        }
        return slices;
    }

    /** The weekday, the date and, after a page break, "continued", each on its line if it fits the column. */
    private static List<TextLine> label(Typography type, BriefingContent.Day day, String continued, float measure) {
        List<TextLine> lines = new ArrayList<>(LineBreaker.wrap(List.of(new Run(type.weekday, day.weekday())), measure));
        lines.addAll(LineBreaker.wrap(List.of(new Run(type.dayDate, Blocks.unbreakable(day.date()))), measure));
        if (!continued.isEmpty()) {
            lines.addAll(LineBreaker.wrap(List.of(new Run(type.note, continued)), measure));
        }
        return lines;
    }

    /** The label with its first baseline on the first line of {@code row}'s, whatever their sizes. */
    private static void drawLabel(Canvas canvas, List<TextLine> label, ScheduleRow row, float x, float top)
            throws IOException {
        Blocks.draw(canvas, label, x, top + row.baseline() - label.get(0).baseline());
    }
}
