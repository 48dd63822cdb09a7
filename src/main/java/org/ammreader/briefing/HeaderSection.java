package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The top of the first page: a small kicker, the week's title, when and where, then chair, clock and areas. */
final class HeaderSection {

    private static final int SHORT_VALUE = 48;

    private HeaderSection() {
    }

    static List<Slice> slices(BriefingContent.Header header, Locale locale, Typography type, float width) {
        List<Slice> slices = new ArrayList<>();
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.kicker,
                header.kicker().toUpperCase(locale))), width), 0).keptWithNext());
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.title, header.title())), width), 2)
                .keptWithNext());
        slices.addAll(Blocks.paragraph(type.meta, header.datesAndVenue(), width, 6));
        List<Run> details = new ArrayList<>();
        for (BriefingContent.Labelled detail : header.details()) {
            if (!details.isEmpty()) {
                // A no-break space before the dot keeps the separator off the start of a line.
                details.add(new Run(type.meta.withColor(Typography.RULE), "\u00a0\u00a0\u00b7  "));
            }
            // A short value stays whole on its line with its label; a long one (a list of areas) wraps.
            boolean shortValue = detail.value().length() <= SHORT_VALUE;
            details.add(new Run(type.metaLabel, Blocks.unbreakable(detail.label()) + (shortValue ? "\u00a0" : " ")));
            details.add(new Run(type.meta, shortValue ? Blocks.unbreakable(detail.value()) : detail.value()));
        }
        slices.addAll(Blocks.paragraph(details, width, 0, 1));
        slices.add(Slice.of(1.2f, 10, (canvas, x, top) -> canvas.rule(x, top + 0.6f, width, 1.2f, Typography.INK)));
        return slices;
    }
}
