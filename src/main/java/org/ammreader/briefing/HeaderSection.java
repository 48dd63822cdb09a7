package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The top of the first page: a small kicker with the dateline, the week's title, when and where, then chair,
 * clock and areas.
 */
final class HeaderSection {

    private static final int SHORT_VALUE = 48;

    private HeaderSection() {
    }

    /**
     * @param generatedOn when and from what the sheet was made: a dateline flush right on the kicker's line, where
     *                    a reader looks first to know how fresh the sheet is, or under the header if too long
     */
    static List<Slice> slices(BriefingContent.Header header, String generatedOn, Locale locale, Typography type,
                              float width) {
        List<Slice> slices = new ArrayList<>();
        TextLine kicker = LineBreaker.wrap(List.of(new Run(type.kicker, header.kicker().toUpperCase(locale))), width)
                .get(0);
        List<TextLine> dateline = LineBreaker.wrap(List.of(new Run(type.dateline, generatedOn)), width);
        boolean beside = dateline.size() == 1 && kicker.width() + 24 + dateline.get(0).width() <= width;
        slices.add(beside ? Blocks.row(List.of(kicker), width - dateline.get(0).width(), dateline, 0).keptWithNext()
                : Blocks.together(List.of(kicker), 0).keptWithNext());
        slices.add(Blocks.together(title(header.title(), type, width), 2).keptWithNext());
        slices.addAll(Blocks.paragraph(type.meta, header.datesAndVenue(), width, 6));
        List<Run> details = new ArrayList<>();
        for (BriefingContent.Labelled detail : header.details()) {
            if (!details.isEmpty()) {
                // A no-break space before the dot keeps the separator off the start of a line.
                details.add(new Run(type.meta.withColor(Typography.RULE), "\u00a0\u00a0\u00b7 "));
            }
            // A short value stays whole on its line with its label; a long one (a list of areas) wraps.
            boolean shortValue = detail.value().length() <= SHORT_VALUE;
            details.add(new Run(type.metaLabel, Blocks.unbreakable(detail.label()) + (shortValue ? "\u00a0" : " ")));
            details.add(new Run(type.meta, shortValue ? Blocks.unbreakable(detail.value()) : detail.value()));
        }
        slices.addAll(Blocks.paragraph(details, width, 0, 1));
        if (!beside) {
            slices.addAll(Blocks.paragraph(type.dateline, generatedOn, width, 2));
        }
        slices.add(Slice.of(1.2f, 8, (canvas, x, top) -> canvas.rule(x, top + 0.6f, width, 1.2f, Typography.INK)));
        return slices;
    }

    /**
     * The week's title in 18 pt, or in 16 pt when that saves a line: a long title (the French one) then keeps to
     * one line instead of leaving a word or two alone on a second.
     */
    private static List<TextLine> title(String title, Typography type, float width) {
        List<TextLine> lines = LineBreaker.wrap(List.of(new Run(type.title, title)), width);
        List<TextLine> compact = LineBreaker.wrap(List.of(new Run(type.compactTitle, title)), width);
        return compact.size() < lines.size() ? compact : lines;
    }
}
