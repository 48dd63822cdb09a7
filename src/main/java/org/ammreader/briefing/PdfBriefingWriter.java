package org.ammreader.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.ammreader.info.AppInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Lays the sheet out once, with PDFBox, and writes it as PDF: the one layout behind the saved file, the
 * command line's file, the preview's page images and the printed pages (ADR 0006).
 */
public final class PdfBriefingWriter {

    // Margins of 13 mm on the sides, 12 at the head and 14 at the foot leave every printer's unprintable edge
    // clear and give the schedule the measure it needs for one line per meeting.
    private static final float MM = 72f / 25.4f;
    private static final float SIDE_MARGIN = 13 * MM;
    private static final float TOP_MARGIN = 12 * MM;
    private static final float BOTTOM_MARGIN = 14 * MM;
    private static final float FOOTER_FROM_BOTTOM = 8 * MM;

    /**
     * The most pages a sheet takes: the schedule keeps as many of its rows as fit, the earliest first, and the
     * header says how many it left out. Only a meeting in focus and declaration longer than this alone exceed it.
     */
    public static final int MAX_PAGES = 4;

    /** Writes the sheet to {@code out} (not closed) and returns its number of pages. */
    public int write(BriefingContent content, PaperSize paper, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); Typography type = new Typography(document)) {
            int pages = layOut(document, type, content, paper);
            describe(document, content.info());
            document.save(out);
            return pages;
        }
    }

    /** The sheet as PDF bytes, for the preview, which renders, saves and prints the very same document. */
    public byte[] toBytes(BriefingContent content, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        write(content, paper, out);
        return out.toByteArray();
    }

    private static int layOut(PDDocument document, Typography type, BriefingContent content, PaperSize paper)
            throws IOException {
        Locale locale = Locale.forLanguageTag(content.language());
        float width = paper.width() - 2 * SIDE_MARGIN;
        // The declaration follows the meeting that adopted it, then the sources of both; the schedule of the
        // period, a table to consult rather than read, comes last.
        List<Slice> body = new ArrayList<>();
        content.featured().ifPresent(featured -> body.addAll(FeaturedSection.slices(featured, locale, type, width)));
        content.declaration().ifPresent(declaration ->
                body.addAll(DeclarationSection.slices(declaration, locale, type, width)));
        content.sources().ifPresent(sources -> body.addAll(SourcesSection.slices(sources, locale, type, width)));
        ScheduleSection schedule = new ScheduleSection(content.schedule(), type, width);
        SheetFit fit = new SheetFit(shown -> {
            List<Slice> slices = new ArrayList<>(HeaderSection.slices(header(content, shown, locale),
                    content.generatedOn(), locale, type, width));
            slices.addAll(body);
            slices.addAll(schedule.slices(shown));
            return Paginator.paginate(slices, TOP_MARGIN, paper.height() - BOTTOM_MARGIN);
        });
        List<List<Paginator.Placed>> pages = fit.mostRows(schedule.rowCount(), MAX_PAGES);
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(page, stream);
                for (Paginator.Placed placed : pages.get(i)) {
                    placed.slice().drawing().draw(canvas, SIDE_MARGIN, placed.top());
                }
                footer(canvas, type, content, paper, width, i + 1, pages.size());
            }
        }
        return pages.size();
    }

    /** The header, with a "Left out:" line when the period or the page limit leaves meetings out. */
    private static BriefingContent.Header header(BriefingContent content, int shown, Locale locale) {
        BriefingContent.Header header = content.header();
        BriefingContent.LeftOut leftOut = content.schedule().leftOut();
        List<String> reasons = new ArrayList<>();
        if (!leftOut.outsideText().isEmpty()) {
            reasons.add(leftOut.outsideText());
        }
        int overLimit = leftOut.inPeriod() - shown;
        if (overLimit > 0) {
            reasons.add(new MessageFormat(leftOut.overLimitPattern(), locale).format(new Object[] {overLimit,
                    MAX_PAGES}));
        }
        if (reasons.isEmpty()) {
            return header;
        }
        List<BriefingContent.Labelled> details = new ArrayList<>(header.details());
        details.add(new BriefingContent.Labelled(leftOut.label(), String.join(leftOut.separator(), reasons)));
        return new BriefingContent.Header(header.kicker(), header.title(), header.datesAndVenue(), details);
    }

    /** The sheet's name on the left, "Page 1 of 2" on the right, under the text area of every page. */
    private static void footer(Canvas canvas, Typography type, BriefingContent content, PaperSize paper, float width,
                               int page, int pages) throws IOException {
        TextLine number = LineBreaker.wrap(List.of(new Run(type.footer,
                MessageFormat.format(content.pagePattern(), page, pages))), width).get(0);
        float top = paper.height() - FOOTER_FROM_BOTTOM - number.baseline();
        TextLine name = LineBreaker.wrap(List.of(new Run(type.footer, content.header().title())),
                width - number.width() - 24).get(0);
        canvas.text(name, SIDE_MARGIN, top);
        canvas.text(number, SIDE_MARGIN + width - number.width(), top);
    }

    private static void describe(PDDocument document, BriefingContent.DocumentInfo info) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setKeywords(info.keywords());
        information.setCreator(AppInfo.name() + " " + AppInfo.version());
        information.setCreationDate(GregorianCalendar.from(info.created()));
        document.getDocumentCatalog().setLanguage(info.language());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }
}
