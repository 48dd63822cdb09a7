package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The meeting in focus, in a tinted box: who co-chaired it, what it adopted, then the week's key facts, each
 * with the date its value refers to.
 */
final class FeaturedSection {

    private static final float SPACE_BEFORE = 12;
    private static final float PADDING = 10;
    private static final float GUTTER = 14;

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
            for (BriefingContent.Fact fact : featured.facts()) {
                slices.addAll(fact(type, fact, inner));
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

    /**
     * A fact as a paragraph with a run-in head: the fact's name in bold sans, its value, then the date it refers
     * to, small and muted, as a footnote would give it. A table with the names in a column of their own took a
     * line more per fact.
     */
    private static List<Slice> fact(Typography type, BriefingContent.Fact fact, float inner) {
        return Blocks.paragraph(List.of(new Run(type.factLabel, fact.label() + "."),
                new Run(type.factValue, " " + fact.value()),
                new Run(type.factReference, "\u2002" + Blocks.unbreakable(fact.reference()))), inner, 0, 3);
    }
}
