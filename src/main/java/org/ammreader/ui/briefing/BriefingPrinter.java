package org.ammreader.ui.briefing;

import java.io.IOException;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import org.ammreader.briefing.PaperSize;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints the sheet through a JavaFX PrinterJob: each PDF page is rendered afresh at print resolution into an
 * off-screen image, scaled to the printer's printable area, and sent as one page. Printing the very PDF keeps
 * paper, screen and file identical; nothing on screen is touched, so this may run on any thread.
 */
public final class BriefingPrinter {

    /** Enough for 10-point text to print crisply, small enough (35 MB a page) to print page by page. */
    static final float PRINT_DPI = 300;

    /**
     * Prints every page of {@code pdf} and ends the job.
     *
     * @return false when the printer refused a page (the job is then cancelled) or the job could not end
     */
    public boolean print(PrinterJob job, byte[] pdf, PaperSize paper, String jobName) throws IOException {
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(paper == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4,
                PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        job.getJobSettings().setJobName(jobName);
        try (PDDocument document = PageImages.open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                if (!job.printPage(layout, pageNode(renderer, page, document.getPage(page).getMediaBox(), layout))) {
                    job.cancelJob();
                    return false;
                }
            }
        }
        return job.endJob();
    }

    /** The page as an image the size of the printable area (in points, as JavaFX printing measures). */
    private static ImageView pageNode(PDFRenderer renderer, int page, PDRectangle box, PageLayout layout)
            throws IOException {
        ImageView view = new ImageView(PageImages.render(renderer, page, PRINT_DPI));
        double scale = Math.min(layout.getPrintableWidth() / box.getWidth(),
                layout.getPrintableHeight() / box.getHeight());
        view.setFitWidth(box.getWidth() * scale);
        view.setFitHeight(box.getHeight() * scale);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        return view;
    }
}
