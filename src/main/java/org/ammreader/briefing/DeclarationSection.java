package org.ammreader.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The declaration's key points: its title, what the text is (a rendition, not the official text), then the
 * paragraphs in the filter with their numbers in the margin, in one column or in two aligned languages.
 */
final class DeclarationSection {

    private static final float NUMBER_GUTTER = 22;
    private static final float COLUMN_GAP = 18;

    private DeclarationSection() {
    }

    static List<Slice> slices(BriefingContent.Declaration declaration, Locale locale, Typography type, float width) {
        List<Slice> slices = new ArrayList<>();
        slices.addAll(Blocks.sectionHeading(type, declaration.heading(), "", width));
        // The date of adoption runs on after the title, small and grey, rather than on a line of its own.
        slices.add(Blocks.together(LineBreaker.wrap(List.of(new Run(type.subheading, declaration.title()),
                new Run(type.note, "\u2002" + Blocks.unbreakable(declaration.subtitle()))), width), 0).keptWithNext());
        List<Slice> rendition = Blocks.paragraph(type.rendition, declaration.rendition(), width, 3);
        slices.addAll(rendition.subList(0, rendition.size() - 1));
        slices.add(rendition.get(rendition.size() - 1).keptWithNext());
        if (declaration.points().isEmpty()) {
            slices.addAll(Blocks.paragraph(type.body, declaration.emptyText(), width, 8));
            return slices;
        }
        int columns = Math.max(1, declaration.columns().size());
        float columnWidth = (width - NUMBER_GUTTER - COLUMN_GAP * (columns - 1)) / columns;
        if (columns > 1) {
            List<List<TextLine>> headings = declaration.columns().stream()
                    .map(name -> LineBreaker.wrap(List.of(new Run(type.smallCaps, name.toUpperCase(locale))),
                            columnWidth))
                    .toList();
            slices.add(aligned(headings, null, columnWidth, 10, true));
        }
        for (BriefingContent.Point point : declaration.points()) {
            List<List<TextLine>> texts = point.texts().stream()
                    .map(text -> LineBreaker.wrap(List.of(new Run(type.body, text)), columnWidth)).toList();
            TextLine number = LineBreaker.wrap(List.of(new Run(type.pointNumber, point.number())), NUMBER_GUTTER)
                    .get(0);
            int lines = texts.stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < lines; i++) {
                boolean keep = i == 0 && lines > 1 || i == lines - 2;
                slices.add(aligned(lineAt(texts, i), i == 0 ? number : null, columnWidth, i == 0 ? 4 : 0, keep));
            }
        }
        return slices;
    }

    /** The i-th line of each column (an empty list where a column has fewer lines). */
    private static List<List<TextLine>> lineAt(List<List<TextLine>> columns, int i) {
        return columns.stream().map(lines -> i < lines.size() ? List.of(lines.get(i)) : List.<TextLine>of()).toList();
    }

    /** One band across the columns, with the point's number in the gutter on its first line. */
    private static Slice aligned(List<List<TextLine>> cells, TextLine number, float columnWidth, float spaceBefore,
                                 boolean keepWithNext) {
        float height = 0;
        for (List<TextLine> cell : cells) {
            height = Math.max(height, Blocks.height(cell));
        }
        Slice slice = Slice.of(height, spaceBefore, (canvas, x, top) -> {
            if (number != null) {
                TextLine first = cells.get(0).isEmpty() ? number : cells.get(0).get(0);
                canvas.text(number, x, top + first.baseline() - number.baseline());
            }
            for (int c = 0; c < cells.size(); c++) {
                Blocks.draw(canvas, cells.get(c), x + NUMBER_GUTTER + c * (columnWidth + COLUMN_GAP), top);
            }
        });
        return keepWithNext ? slice.keptWithNext() : slice;
    }
}
