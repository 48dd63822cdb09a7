package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The meeting in focus, in a tinted box: who co-chaired it, what it adopted, then the week's key facts, each
 * with the date its value refers to.
 */
final class FeaturedSection {

    private static final float PADDING = 13;
    private static final float LABEL_COLUMN = 76;
    private static final float GUTTER = 12;

    private FeaturedSection() {
    }

    static List<Slice> slices(BriefingContent.Featured featured, Locale locale, Typography type, float width) {
        float inner = width - 2 * PADDING;
        List<Slice> slices = new ArrayList<>();
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.kicker,
                featured.kicker().toUpperCase(locale))), inner), 18).keptWithNext());
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.heading, featured.title())), inner), 2)
                .keptWithNext());
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.meta.withColor(Typography.MUTED),
                featured.when())), inner), 0).keptWithNext());
        if (!featured.chairs().isEmpty()) {
            slices.add(labelled(type, featured.chairsLabel(), featured.chairs(), type.factValue, inner, 9));
        }
        if (!featured.adopted().isEmpty()) {
            slices.add(labelled(type, featured.adoptedLabel(), featured.adopted(), type.adopted, inner, 5));
        }
        if (!featured.facts().isEmpty()) {
            slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.smallCaps,
                    featured.factsLabel().toUpperCase(locale))), inner), 10).keptWithNext());
            for (BriefingContent.Fact fact : featured.facts()) {
                slices.addAll(fact(type, fact, inner));
            }
        }
        return Blocks.panel(slices, width, PADDING);
    }

    /** A label in a narrow left column, its values one under the other on the right. */
    private static Slice labelled(Typography type, String label, List<String> values, Style style, float inner,
                                  float spaceBefore) {
        List<TextLine> labelLines = LineBreaker.wrap(List.of(new Run(type.label, label)), LABEL_COLUMN - GUTTER);
        List<TextLine> valueLines = new ArrayList<>();
        values.forEach(value -> valueLines.addAll(LineBreaker.wrap(List.of(new Run(style, value)),
                inner - LABEL_COLUMN)));
        return Blocks.row(labelLines, LABEL_COLUMN, valueLines, spaceBefore);
    }

    /**
     * A fact as a paragraph with a run-in head: the fact's name in bold sans, its value, then the date it refers
     * to, small and muted, as a footnote would give it. A table with the names in a column of their own took a
     * line more per fact.
     */
    private static List<Slice> fact(Typography type, BriefingContent.Fact fact, float inner) {
        return Blocks.paragraph(List.of(new Run(type.factLabel, fact.label() + "."),
                new Run(type.factValue, " " + fact.value()),
                new Run(type.factReference, "\u2002" + Blocks.unbreakable(fact.reference()))), inner, 0, 5);
    }
}
