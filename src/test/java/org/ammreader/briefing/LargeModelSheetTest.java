package org.ammreader.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.synthetic.SyntheticModel;
import org.ammreader.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sheet stays a briefing whatever the model's size: a synthetic model of 20,000 meetings gives at most four
 * pages, whose header says how many meetings were left out and why, in the sheet's language.
 */
class LargeModelSheetTest {

    private static final int MEETINGS = 20_000;
    private static Model model;

    @BeforeAll
    static void generate() {
        model = new SyntheticModel(MEETINGS).model();
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The meetings in {@code period}, counted from the model, not from the composer. */
    private static int inPeriod(BriefingPeriod period) {
        return (int) model.meetings().stream().filter(period::includes).count();
    }

    private static String format(String pattern, int count, Locale locale) {
        return new java.text.MessageFormat(pattern, locale).format(new Object[] {count});
    }

    @Test
    void theWholeModelInEnglishTakesFourPagesAndSaysHowManyItLeftOutOverTheLimit() throws IOException {
        BriefingContent content = Sheets.content(model, AreaFilter.ALL, "en", false);
        byte[] pdf = new PdfBriefingWriter().toBytes(content, PaperSize.A4);
        assertEquals(PdfBriefingWriter.MAX_PAGES, pages(pdf), "a full sheet, not more");
        String text = Sheets.text(pdf);
        int shown = rowsShown(text, content);
        assertTrue(shown > 100, "four pages of rows: " + shown);
        String expected = PdfText.normalized("Left out: " + format("{0,number,integer}", MEETINGS - shown,
                Locale.ENGLISH) + " later meetings of the period, over the 4-page limit");
        assertTrue(text.contains(expected), expected + " in " + Sheets.excerpt(text));
        assertFalse(text.contains("outside the period"), "the whole model: nothing is outside its period");
    }

    @Test
    void aMonthInFrenchSaysHowManyAreOutsideThePeriodAndOverTheLimitWithFrenchTypography() throws IOException {
        BriefingPeriod week = new BriefingPeriod(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 30));
        BriefingContent content = content(week, "fr");
        byte[] pdf = new PdfBriefingWriter().toBytes(content, PaperSize.A4);
        assertTrue(pages(pdf) <= PdfBriefingWriter.MAX_PAGES, "at most four pages: " + pages(pdf));
        String text = Sheets.text(pdf);
        int outside = MEETINGS - inPeriod(week);
        int over = inPeriod(week) - rowsShown(text, content);
        // French groups thousands with a narrow no-break space and puts a no-break space before the colon.
        String expected = PdfText.normalized("Non repris\u00a0: " + format("{0,number,integer}", outside, Locale.FRENCH)
                + " réunions hors de la période\u00a0; " + format("{0,number,integer}", over, Locale.FRENCH)
                + " réunions plus tardives de la période, au-delà de la limite de 4\u00a0pages");
        assertTrue(text.contains(expected), expected + " in " + Sheets.excerpt(text));
        assertTrue(text.contains(PdfText.normalized("Période\u00a0: du 1er au 30 septembre 2019")), Sheets.excerpt(text));
    }

    @Test
    void aDayThatFitsLeavesOutOnlyWhatIsOutsideItAndListsOnlyItsMeetings() throws IOException {
        LocalDate day = LocalDate.of(2019, 8, 1);
        BriefingPeriod period = new BriefingPeriod(day, day);
        String text = Sheets.text(new PdfBriefingWriter().toBytes(content(period, "en"), PaperSize.A4));
        assertTrue(text.contains(PdfText.normalized("Left out: " + format("{0,number,integer}",
                MEETINGS - inPeriod(period), Locale.ENGLISH) + " meetings outside the period")), Sheets.excerpt(text));
        assertFalse(text.contains("over the 4-page limit"), "a day of 30 meetings fits");
        assertFalse(text.contains("MEETING IN FOCUS"), "the meeting in focus is on 29 July, outside the day");
        List<Meeting> ofTheDay = model.meetings().stream().filter(period::includes).toList();
        Set<String> titlesOfTheDay = ofTheDay.stream().map(m -> PdfText.normalized(m.title().get("en")))
                .collect(Collectors.toSet());
        assertTrue(titlesOfTheDay.stream().allMatch(text::contains), "every meeting of the day");
        List<Meeting> othersWithTitlesOfTheirOwn = model.meetings().stream().filter(m -> !period.includes(m))
                .filter(m -> !titlesOfTheDay.contains(PdfText.normalized(m.title().get("en")))).toList();
        assertTrue(othersWithTitlesOfTheirOwn.size() > 1000, "enough to tell: " + othersWithTitlesOfTheirOwn.size());
        for (Meeting other : othersWithTitlesOfTheirOwn) {
            assertFalse(text.contains(PdfText.normalized(other.title().get("en"))), other.id() + " " + other.date());
        }
    }

    private static BriefingContent content(BriefingPeriod period, String language) {
        return new BriefingComposer(Sheets.CLOCK).compose(model, AreaFilter.ALL, period, language, false);
    }

    /**
     * How many of the composed schedule's rows the sheet shows: its rows' text (title, remark, chairs) found one
     * after the other in the PDF's text, in the schedule's order.
     */
    private static int rowsShown(String text, BriefingContent content) {
        int from = 0;
        int rows = 0;
        for (BriefingContent.Day day : content.schedule().days()) {
            for (BriefingContent.Row row : day.rows()) {
                String line = PdfText.normalized(String.join(" ", row.title(), row.remark(),
                        String.join(" · ", row.chairs())));
                int at = text.indexOf(line, from);
                if (at < 0) {
                    return rows;
                }
                from = at + line.length();
                rows++;
            }
        }
        return rows;
    }
}
