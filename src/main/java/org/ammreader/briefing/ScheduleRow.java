package org.ammreader.briefing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One meeting of the schedule, on one line where it fits: the time when known, the title, when it ends if it
 * runs over several days, the chairs in a lighter face; its area marks flush right on the first line; the flag
 * of an uncertain meeting hanging left of the title, so that titles keep one left edge; when the filter hides
 * some of its areas, "+9 other areas" after the marks.
 */
final class ScheduleRow {

    static final float PADDING = 0.4f;
    private static final float MARKS_GAP = 10;
    private static final float REMARK_GAP = 5;
    private static final float FLAG_GAP = 3;
    private static final String CHAIR_SEPARATOR = "\u00a0\u00b7 ";

    private final BriefingContent.Row row;
    private final Typography type;
    private final List<TextLine> lines;
    private final TextLine moreAreas;
    private final TextLine flag;
    private final float remarks;

    /**
     * @param remarks the width of the column for "+9 other areas" at the right end of every row (0 if no row has
     *                one): the marks end where it begins
     */
    ScheduleRow(BriefingContent.Row row, Typography type, float width, float remarks) {
        this.row = row;
        this.type = type;
        this.moreAreas = row.moreAreas().isEmpty() ? null : line(type.moreAreas, row.moreAreas(), width);
        this.flag = row.flag().isEmpty() ? null : line(type.flag, row.flag(), width);
        this.remarks = remarks == 0 ? 0 : remarks + REMARK_GAP;
        float marks = AreaMarks.width(row.areas().size()) + this.remarks;
        this.lines = LineBreaker.wrap(runs(), width - (marks == 0 ? 0 : marks + MARKS_GAP));
    }

    BriefingContent.Row row() {
        return row;
    }

    float height() {
        return Blocks.height(lines) + 2 * PADDING;
    }

    /** Where the first line's baseline sits below the row's top. */
    float baseline() {
        return PADDING + lines.get(0).baseline();
    }

    /** Draws the row with its text starting at {@code x} and its marks ending at {@code x + width}. */
    void draw(Canvas canvas, float x, float top, float width) throws IOException {
        Blocks.draw(canvas, lines, x, top + PADDING);
        float baseline = top + baseline();
        if (flag != null) {
            canvas.text(flag, x - FLAG_GAP - flag.width(), baseline - flag.baseline());
        }
        float marksEnd = x + width - remarks;
        AreaMarks.draw(canvas, row.areas(), marksEnd - AreaMarks.width(row.areas().size()), baseline, type.meeting);
        if (moreAreas != null) {
            canvas.text(moreAreas, marksEnd + REMARK_GAP, baseline - moreAreas.baseline());
        }
    }

    private List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        if (!row.time().isEmpty()) {
            // No-break spaces: the time stays on the line of the title it belongs to.
            runs.add(new Run(type.time, Blocks.unbreakable(row.time()) + "\u00a0\u00a0"));
        }
        runs.add(new Run(type.meeting, row.title()));
        if (!row.remark().isEmpty()) {
            runs.add(new Run(type.meetingRemark, " " + row.remark()));
        }
        for (int i = 0; i < row.chairs().size(); i++) {
            // Each name stays whole on its line; the line may break between names or before the first.
            runs.add(new Run(type.chairs, (i == 0 ? "\u2002" : CHAIR_SEPARATOR) + Blocks.unbreakable(row.chairs().get(i))));
        }
        return runs;
    }

    private static TextLine line(Style style, String text, float width) {
        return LineBreaker.wrap(List.of(new Run(style, Blocks.unbreakable(text))), width).get(0);
    }
}
