package org.ammreader.briefing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sources in two columns, read row by row: publisher, title, date and the site's address; each entry is a
 * link to the page in a PDF reader. A title in a script the embedded fonts cannot draw (Thai, for instance) is
 * left out rather than printed as empty boxes: the publisher, date and site still identify the source.
 */
final class SourcesSection {

    private static final float COLUMN_GAP = 18;
    private static final float NUMBER_GUTTER = 16;

    private SourcesSection() {
    }

    static List<Slice> slices(BriefingContent.Sources sources, Locale locale, Typography type, float width) {
        List<Slice> slices = new ArrayList<>();
        slices.addAll(Blocks.minorHeading(type, sources.heading().toUpperCase(locale), sources.note(), width));
        float column = (width - COLUMN_GAP) / 2;
        List<BriefingContent.SourceEntry> entries = sources.entries();
        for (int i = 0; i < entries.size(); i += 2) {
            List<BriefingContent.SourceEntry> pair = entries.subList(i, Math.min(i + 2, entries.size()));
            slices.add(pair(type, pair, i + 1, column, i == 0 ? 4 : 3));
        }
        return slices;
    }

    private static Slice pair(Typography type, List<BriefingContent.SourceEntry> pair, int firstNumber, float column,
                              float spaceBefore) {
        List<List<TextLine>> cells = new ArrayList<>();
        List<TextLine> numbers = new ArrayList<>();
        for (int i = 0; i < pair.size(); i++) {
            cells.add(LineBreaker.wrap(runs(type, pair.get(i)), column - NUMBER_GUTTER));
            numbers.add(LineBreaker.wrap(List.of(new Run(type.sourceTitle, (firstNumber + i) + ".")), NUMBER_GUTTER)
                    .get(0));
        }
        float height = 0;
        for (List<TextLine> cell : cells) {
            height = Math.max(height, Blocks.height(cell));
        }
        return Slice.of(height, spaceBefore, (canvas, x, top) -> {
            for (int i = 0; i < cells.size(); i++) {
                float left = x + i * (column + COLUMN_GAP);
                canvas.text(numbers.get(i), left, top);
                Blocks.draw(canvas, cells.get(i), left + NUMBER_GUTTER, top);
                canvas.link(left, top, column, Blocks.height(cells.get(i)), pair.get(i).url());
            }
        });
    }

    private static List<Run> runs(Typography type, BriefingContent.SourceEntry entry) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(type.source, entry.publisher() + "."));
        if (type.sourceTitle.face().covers(entry.title())) {
            // A headline is set apart in the muted title style; the project’s own description, in brackets, is not.
            Style style = entry.described() ? type.source : type.sourceTitle;
            runs.add(new Run(style, " " + entry.title() + (entry.date().isEmpty() ? "." : ",")));
        }
        if (!entry.date().isEmpty()) {
            runs.add(new Run(type.sourceTitle, " " + entry.date() + "."));
        }
        runs.add(new Run(type.sourceTitle.withColor(Typography.ACCENT), " " + site(entry.url())));
        return runs;
    }

    /** "mfa.gov.sg": the site without "www.", which is what a reader needs to tell sources apart on paper. */
    static String site(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return url;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
