package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;

/**
 * The schedule as a day-by-day table: the time in a narrow left column (as wide as the longest time, absent
 * when no meeting has one); the meeting's title, then its chairs and area chips on the right. Rows are parted
 * by hairlines; a day's heading is repeated, marked as continued, when its rows go on over a page break.
 */
final class ScheduleSection {

    private static final float TIME_GAP = 10;
    private static final float ROW_PADDING = 3.5f;
    private static final String CHAIR_SEPARATOR = "\u00a0\u00b7";

    private ScheduleSection() {
    }

    static List<Slice> slices(BriefingContent.Schedule schedule, Typography type, float width) {
        List<Slice> slices = new ArrayList<>();
        slices.addAll(Blocks.sectionHeading(type, schedule.heading(), schedule.note(), width));
        if (schedule.days().isEmpty()) {
            slices.addAll(Blocks.paragraph(type.body, schedule.emptyText(), width, 8));
        }
        float timeColumn = timeColumn(schedule, type, width);
        for (BriefingContent.Day day : schedule.days()) {
            Slice continued = dayHeading(type, day.continued(), width, 0);
            slices.add(dayHeading(type, day.heading(), width, 11));
            for (int i = 0; i < day.rows().size(); i++) {
                slices.add(row(type, day.rows().get(i), width, timeColumn, i > 0).repeating(continued));
            }
        }
        return slices;
    }

    private static float timeColumn(BriefingContent.Schedule schedule, Typography type, float width) {
        float widest = 0;
        for (BriefingContent.Day day : schedule.days()) {
            for (BriefingContent.Row row : day.rows()) {
                widest = Math.max(widest, type.time.width(row.time()));
            }
        }
        return widest == 0 ? 0 : Math.min(widest, width / 5) + TIME_GAP;
    }

    private static Slice dayHeading(Typography type, String text, float width, float spaceBefore) {
        List<TextLine> lines = LineBreaker.wrap(List.of(new Run(type.dayHeading, text)), width);
        float height = Blocks.height(lines) + 2;
        return new Slice(height, spaceBefore, true, (canvas, x, top) -> {
            Blocks.draw(canvas, lines, x, top);
            canvas.rule(x, top + height - 0.4f, width, 0.8f, Typography.ACCENT);
        }, null);
    }

    private static Slice row(Typography type, BriefingContent.Row row, float width, float timeColumn,
                             boolean ruleAbove) {
        float content = width - timeColumn;
        List<TextLine> time = timeColumn == 0 ? List.of()
                : LineBreaker.wrap(List.of(new Run(type.time, row.time())), timeColumn - TIME_GAP);
        List<Run> titleRuns = new ArrayList<>(List.of(new Run(type.meeting, row.title())));
        if (!row.remark().isEmpty()) {
            titleRuns.add(new Run(type.meetingRemark, " " + row.remark()));
        }
        List<TextLine> title = LineBreaker.wrap(titleRuns, content);
        List<String> chairs = new ArrayList<>();
        for (int i = 0; i < row.chairs().size(); i++) {
            chairs.add(row.chairs().get(i) + (i < row.chairs().size() - 1 ? CHAIR_SEPARATOR : ""));
        }
        InlineFlow details = new InlineFlow(chairs, type.chairs, row.areas(), row.moreAreas(), type, content);
        float detailsTop = Blocks.height(title) + (details.height() > 0 ? 1 : 0);
        float timeShift = time.isEmpty() ? 0 : title.get(0).baseline() - time.get(0).baseline();
        float height = ROW_PADDING * 2 + Math.max(detailsTop + details.height(), timeShift + Blocks.height(time));
        return Slice.of(height, 0, (canvas, x, top) -> {
            if (ruleAbove) {
                canvas.rule(x, top, width, 0.5f, Typography.HAIRLINE);
            }
            float y = top + ROW_PADDING;
            Blocks.draw(canvas, time, x, y + timeShift);
            Blocks.draw(canvas, title, x + timeColumn, y);
            details.draw(canvas, x + timeColumn, y + detailsTop);
        });
    }
}
