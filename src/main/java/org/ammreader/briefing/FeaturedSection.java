package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The meeting in focus, in a tinted box: who co-chaired it, what it adopted, then the week's key facts in two
 * columns, each with the date its value refers to and, when the sources do not settle it, the flag and note a
 * meeting would have.
 */
final class FeaturedSection {

    private static final float SPACE_BEFORE = 12;
    private static final float PADDING = 10;
    private static final float GUTTER = 14;
    private static final float COLUMN_GAP = 14;

    private FeaturedSection() {
    }

    static List<Slice> slices(BriefingContent.Featured featured, Locale locale, Typography type, float width) {
        float inner = width - 2 * PADDING;
        List<Slice> slices = new ArrayList<>();
        slices.add(kickerAndDay(featured, locale, type, inner));
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.heading, featured.title())), inner), 1)
                .keptWithNext());
        float labels = labelWidth(featured, type, inner);
        if (!featured.chairs().isEmpty()) {
            slices.add(labelled(type, featured.chairsLabel(), featured.chairs(), type.factValue, inner, labels, 5));
        }
        if (!featured.adopted().isEmpty()) {
            slices.add(labelled(type, featured.adoptedLabel(), featured.adopted(), type.adopted, inner, labels, 3));
        }
        if (!featured.facts().isEmpty()) {
            slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.smallCaps,
                    featured.factsLabel().toUpperCase(locale))), inner), 6).keptWithNext());
            float column = (inner - COLUMN_GAP) / 2;
            List<BriefingContent.Fact> facts = featured.facts();
            for (int i = 0; i < facts.size(); i += 2) {
                slices.add(factPair(type, facts.subList(i, Math.min(i + 2, facts.size())), column));
            }
        }
        return Blocks.panel(slices, width, PADDING);
    }

    /** "MEETING IN FOCUS" with the meeting's day and time flush right on its line, or under it if too long. */
    private static Slice kickerAndDay(BriefingContent.Featured featured, Locale locale, Typography type, float inner) {
        TextLine kicker = LineBreaker.wrap(List.of(new Run(type.kicker, featured.kicker().toUpperCase(locale))),
                inner).get(0);
        List<TextLine> when = LineBreaker.wrap(List.of(new Run(type.note, featured.when())), inner);
        if (when.size() == 1 && kicker.width() + 24 + when.get(0).width() <= inner) {
            TextLine day = when.get(0);
            return Blocks.row(List.of(kicker), inner - day.width(), when, SPACE_BEFORE).keptWithNext();
        }
        List<TextLine> lines = new ArrayList<>(List.of(kicker));
        lines.addAll(when);
        return Blocks.together(lines, SPACE_BEFORE).keptWithNext();
    }

    /** As wide as the longer label ("Texto aprobado"), so that each takes one line, up to a fifth of the box. */
    private static float labelWidth(BriefingContent.Featured featured, Typography type, float inner) {
        float widest = 0;
        for (String label : List.of(featured.chairsLabel(), featured.adoptedLabel())) {
            for (TextLine line : LineBreaker.wrap(List.of(new Run(type.label, label)), inner / 5)) {
                widest = Math.max(widest, line.width());
            }
        }
        return widest;
    }

    /** A label in a narrow left column, its values one under the other on the right. */
    private static Slice labelled(Typography type, String label, List<String> values, Style style, float inner,
                                  float labelWidth, float spaceBefore) {
        float column = labelWidth + GUTTER;
        List<TextLine> labelLines = LineBreaker.wrap(List.of(new Run(type.label, label)), labelWidth);
        List<TextLine> valueLines = new ArrayList<>();
        values.forEach(value -> valueLines.addAll(LineBreaker.wrap(List.of(new Run(style, value)), inner - column)));
        return Blocks.row(labelLines, column, valueLines, spaceBefore);
    }

    /** Two facts side by side, read row by row: in one column the week's dozen facts took most of a page. */
    private static Slice factPair(Typography type, List<BriefingContent.Fact> pair, float column) {
        List<List<TextLine>> cells = pair.stream().map(fact -> LineBreaker.wrap(runs(type, fact), column)).toList();
        float height = 0;
        for (List<TextLine> cell : cells) {
            height = Math.max(height, Blocks.height(cell));
        }
        return Slice.of(height, 4, (canvas, x, top) -> {
            for (int i = 0; i < cells.size(); i++) {
                Blocks.draw(canvas, cells.get(i), x + i * (column + COLUMN_GAP), top);
            }
        });
    }

    /**
     * A fact as a paragraph with a run-in head: the flag of a fact the sources do not settle, the fact's name in
     * bold sans, its value, then the date it refers to, small and muted, as a footnote would give it, and what is
     * in doubt. A table with the names in a column of their own took a line more per fact.
     */
    private static List<Run> runs(Typography type, BriefingContent.Fact fact) {
        List<Run> runs = new ArrayList<>();
        if (!fact.flag().isEmpty()) {
            runs.add(new Run(type.flag, fact.flag() + "\u00a0"));
        }
        runs.add(new Run(type.factLabel, fact.label() + "."));
        runs.add(new Run(type.factValue, " " + fact.value()));
        runs.add(new Run(type.factReference, "\u2002" + Blocks.unbreakable(fact.reference())));
        if (!fact.doubt().isEmpty()) {
            runs.add(new Run(type.meetingRemark, "\u2002" + fact.doubt()));
        }
        return runs;
    }
}
