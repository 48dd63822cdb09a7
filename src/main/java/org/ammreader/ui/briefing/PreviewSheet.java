package org.ammreader.ui.briefing;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.PaperSize;
import org.ammreader.briefing.PdfBriefingWriter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.model.Model;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** One laid-out sheet: the PDF that is saved and printed, and its pages as the preview shows them. */
record PreviewSheet(byte[] pdf, PaperSize paper, List<Image> pages) {

    /** Screen resolution of the preview's pages; the window scales them to its output scale. */
    static final float PREVIEW_DPI = 96;

    PreviewSheet {
        pages = List.copyOf(pages);
    }

    /** Lays the sheet out and renders its pages; slow (a few hundred milliseconds), so never on the FX thread. */
    static PreviewSheet build(Model model, AreaFilter filter, String language, boolean bilingual, PaperSize paper,
                              float scale) throws IOException {
        byte[] pdf = new PdfBriefingWriter().toBytes(
                new BriefingComposer(Clock.systemDefaultZone()).compose(model, filter, language, bilingual), paper);
        List<Image> pages = new ArrayList<>();
        try (PDDocument document = PageImages.open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(PageImages.render(renderer, page, PREVIEW_DPI * scale));
            }
        }
        return new PreviewSheet(pdf, paper, pages);
    }
}
