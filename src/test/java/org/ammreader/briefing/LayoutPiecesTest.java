package org.ammreader.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ammreader.color.Wcag;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The small rules the layout relies on: line breaking, pagination, readable colours, date patterns. */
class LayoutPiecesTest {

    private static String text(TextLine line) {
        return String.join("", line.pieces().stream().map(TextLine.Piece::text).toList());
    }

    @Test
    void linesNeverExceedTheMeasureAndLoseNoWord() throws IOException {
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            String text = "ASEAN and the European Union commit to working together for an open, secure, stable, "
                    + "accessible and peaceful information and communications technology environment: "
                    + "https://www.mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2019/08/010819_ASEAN-EU";
            List<TextLine> lines = LineBreaker.wrap(List.of(new Run(type.body, text)), 160);
            assertTrue(lines.size() > 3);
            lines.forEach(line -> assertTrue(line.width() <= 160.01f, text(line) + " " + line.width()));
            String joined = String.join("", lines.stream().map(LayoutPiecesTest::text).toList());
            assertEquals(text.replace(" ", ""), joined.replace(" ", ""));
        }
    }

    @Test
    void aNoBreakSpaceHoldsItsNeighboursTogether() throws IOException {
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            String text = "Présidence\u00a0: Don Pramudwinai";
            float width = type.body.width("Présidence\u00a0: Don");
            List<TextLine> lines = LineBreaker.wrap(List.of(new Run(type.body, text)), width - 1);
            assertTrue(text(lines.get(0)).endsWith("\u00a0:"), text(lines.get(0)));
        }
    }

    @Test
    void anEnSpaceIsWhereAFactsReferenceMayGoToTheNextLine() throws IOException {
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            List<Run> runs = List.of(new Run(type.factValue, "not yet in force."),
                    new Run(type.factReference, "\u2002Reference\u00a0date:\u00a01\u00a0August\u00a02019"));
            float measure = Math.max(type.factValue.width("not yet in force."),
                    type.factReference.width(runs.get(1).text().strip())) + 2;
            List<TextLine> lines = LineBreaker.wrap(runs, measure);
            assertEquals(List.of("not yet in force.", "Reference\u00a0date:\u00a01\u00a0August\u00a02019"),
                    lines.stream().map(LayoutPiecesTest::text).toList());
        }
    }

    @Test
    void pagesBreakBeforeAGroupThatDoesNotFit() {
        Slice heading = Slice.of(20, 0, (canvas, x, top) -> { }).keptWithNext();
        Slice line = Slice.of(10, 0, (canvas, x, top) -> { });
        List<Slice> slices = new ArrayList<>(IntStream.range(0, 7).mapToObj(i -> line).toList());
        slices.add(heading);
        slices.add(line);
        List<List<Paginator.Placed>> pages = Paginator.paginate(slices, 0, 95);
        assertEquals(2, pages.size());
        assertEquals(7, pages.get(0).size());
        assertEquals(heading, pages.get(1).get(0).slice());
    }

    @Test
    void aContinuedHeadingOpensTheNextPage() {
        Slice continued = Slice.of(15, 0, (canvas, x, top) -> { });
        Slice row = Slice.of(30, 0, (canvas, x, top) -> { }).repeating(continued);
        List<List<Paginator.Placed>> pages = Paginator.paginate(List.of(row, row, row, row), 0, 100);
        assertEquals(continued, pages.get(1).get(0).slice());
        assertEquals(15, pages.get(1).get(1).top(), 0.001);
    }

    @Test
    void paleAreaMarksGetAnOutlineThatStandsOutOnPaper() {
        int pale = AreaColors.parse("#9fd3ff");
        assertTrue(AreaColors.tooPale(pale));
        assertTrue(AreaColors.contrast(AreaColors.outline(pale), 0xffffff) >= Wcag.GRAPHICS_CONTRAST);
        int dark = AreaColors.parse("#1f3a5f");
        assertFalse(AreaColors.tooPale(dark));
        assertEquals(0x555555, AreaColors.parse("blue"));
    }

    @Test
    void theDayOfMonthIsFoundOutsideQuotedText() {
        assertEquals("EEEE '1er' MMMM", DayPatterns.replaceDay("EEEE d MMMM", "'1er'"));
        assertEquals("EEEE X 'de' MMMM", DayPatterns.replaceDay("EEEE d 'de' MMMM", "X"));
        assertEquals("dd MMMM", DayPatterns.replaceDay("dd MMMM", "X"));
    }
}
