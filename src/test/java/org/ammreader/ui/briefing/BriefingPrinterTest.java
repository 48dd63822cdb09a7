package org.ammreader.ui.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.PaperSize;
import org.ammreader.briefing.PdfBriefingWriter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
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
                double ink = inkCoverage(renderer.renderImageWithDPI(page, 40, ImageType.RGB));
                assertTrue(ink > 0.01, "page " + (page + 1) + " of " + printed[0] + " is blank: " + ink);
            }
        }
        // Kept when an assertion fails, for whoever looks into it.
        Files.delete(printed[0]);
    }

    /** The share of the page's pixels that are dark, as text and rules are. */
    private static double inkCoverage(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luminance < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    /** Where cups-pdf writes, as its configuration says (its defaults otherwise). */
    private static final class CupsPdf {

        private static final Path CONFIGURATION = Path.of("/etc/cups/cups-pdf.conf");

        static List<Path> outputFolders() throws IOException {
            String out = "${HOME}/PDF";
            String anonymous = "/var/spool/cups-pdf/ANONYMOUS";
            if (Files.isReadable(CONFIGURATION)) {
                for (String line : Files.readAllLines(CONFIGURATION)) {
                    String setting = line.strip();
                    if (setting.startsWith("Out ")) {
                        out = setting.substring(4).strip();
                    } else if (setting.startsWith("AnonDirName ")) {
                        anonymous = setting.substring(12).strip();
                    }
                }
            }
            String user = System.getProperty("user.name");
            List<Path> folders = new ArrayList<>();
            folders.add(Path.of(out.replace("${HOME}", System.getProperty("user.home")).replace("${USER}", user)));
            folders.add(Path.of(anonymous));
            return folders;
        }

        static List<Path> pdfsIn(List<Path> folders) throws IOException {
            List<Path> pdfs = new ArrayList<>();
            for (Path folder : folders) {
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.filter(file -> file.toString().endsWith(".pdf")).forEach(pdfs::add);
                    }
                }
            }
            return pdfs;
        }

        /**
         * A new PDF that cups-pdf has finished writing: it ends with the end-of-file marker Ghostscript writes
         * last (PDFBox would open a half-written file leniently), and has the expected number of pages.
         */
        static Optional<Path> complete(List<Path> now, Set<Path> before, int pages) {
            for (Path pdf : now) {
                if (!before.contains(pdf) && endsWithEofMarker(pdf)) {
                    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                        if (document.getNumberOfPages() == pages) {
                            return Optional.of(pdf);
                        }
                    } catch (IOException stillBeingWritten) {
                        // Not complete yet: look again on the next round.
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean endsWithEofMarker(Path pdf) {
            try {
                byte[] bytes = Files.readAllBytes(pdf);
                String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                        StandardCharsets.ISO_8859_1);
                return tail.strip().endsWith("%%EOF");
            } catch (IOException stillBeingWritten) {
                return false;
            }
        }
    }
}
