package org.ammreader.ui.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.PaperSize;
import org.ammreader.briefing.PdfBriefingWriter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.testing.CupsPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Prints the briefing through a real print queue: JavaFX's PrinterJob to the default printer, which CI makes a
 * CUPS queue writing PDFs (cups-pdf, see .ci/run). The printed PDF must arrive with as many pages as the sheet,
 * none of them blank. Skipped, saying so, where the machine has no printer.
 */
class BriefingPrinterTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void printsEveryPageOfTheSheetOnTheDefaultPrinter() throws Exception {
        Printer printer = Printer.getDefaultPrinter();
        Assumptions.assumeTrue(printer != null, "No default printer on this machine, so the print test is skipped. "
                + "CI installs one: a CUPS queue writing PDFs (cups-pdf), set up by .ci/run.");
        List<Path> folders = CupsPdf.outputFolders();
        Set<Path> before = new HashSet<>(CupsPdf.pdfsIn(folders));

        byte[] sheet = new PdfBriefingWriter().toBytes(new BriefingComposer(Clock.systemDefaultZone())
                .compose(new ModelLoader(JsonMappers.create()).loadBundled(), AreaFilter.of(List.of("cyber")), "fr",
                        false), PaperSize.A4);
        int pages;
        try (PDDocument document = Loader.loadPDF(sheet)) {
            pages = document.getNumberOfPages();
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        assertNotNull(job, "a job for " + printer.getName());
        assertTrue(new BriefingPrinter().print(job, sheet, PaperSize.A4, "AMM Reader briefing test"),
                "the printer refused the sheet");

        Path[] printed = new Path[1];
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            printed[0] = CupsPdf.complete(CupsPdf.pdfsIn(folders), before, pages).orElse(null);
            return printed[0] != null;
        });
        try (PDDocument document = Loader.loadPDF(printed[0].toFile())) {
            assertEquals(pages, document.getNumberOfPages(), printed[0].toString());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < pages; page++) {
                double ink = CupsPdf.inkCoverage(renderer.renderImageWithDPI(page, 40, ImageType.RGB));
                assertTrue(ink > 0.01, "page " + (page + 1) + " of " + printed[0] + " is blank: " + ink);
            }
        }
        // Kept when an assertion fails, for whoever looks into it.
        Files.delete(printed[0]);
    }
}
