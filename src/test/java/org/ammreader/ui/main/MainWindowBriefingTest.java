package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.i18n.Dates;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.testing.CupsPdf;
import org.ammreader.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The briefing sheet as a user gets it: Ctrl+P in the window, with the window's area filter and content language. */
class MainWindowBriefingTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private Meeting meeting(String id) {
        return bundled.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** Picks the cyber area alone and French content, then opens the briefing with Ctrl+P and waits for its sheet. */
    private void openCyberFrenchBriefing(FxRobot robot) throws TimeoutException {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "cyber".equals(n.getUserData())).<Node>query());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("FR");

        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#briefing-status").tryQuery()
                .map(n -> !((Label) n).getText().equals(ENGLISH.get("briefing.building"))).orElse(false));
    }

    private Path save(FxRobot robot, String name) throws TimeoutException {
        Path target = folder.resolve(name);
        filesToSave.add(target);
        robot.clickOn("#briefing-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(target) && robot.lookup("#briefing-status")
                .queryAs(Label.class).getText().equals(ENGLISH.get("briefing.saved", target)));
        return target;
    }

    /**
     * Fit day, then Ctrl+P: the preview's period is the day on screen, and the saved sheet lists that day's
     * meetings and no other (the AICHR meeting runs from 29 July to 1 August, so it belongs to any of those days).
     */
    @Test
    void ctrlPAfterZoomingToADayGivesTheSheetOfThatDay(FxRobot robot) throws Exception {
        robot.clickOn(".fit-day");
        TimelineView<?> view = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        LocalDate day = view.getVisibleStart().atZone(bundled.timeZone()).toLocalDate();
        assertEquals(day, view.getVisibleEnd().minusMillis(1).atZone(bundled.timeZone()).toLocalDate(), "one day");

        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#briefing-status").tryQuery()
                .map(n -> ((Label) n).getText().endsWith(", A4")).orElse(false));
        DatePicker from = robot.lookup("#briefing-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#briefing-to").queryAs(DatePicker.class);
        assertEquals(day, from.getValue());
        assertEquals(day, to.getValue());
        assertEquals(Dates.formatter("EEE d MMM yyyy", Locale.ENGLISH).format(day), from.getEditor().getText());

        String text = PdfText.of(save(robot, "briefing-of-a-day.pdf"));
        assertTrue(text.contains("Period: " + Dates.formatter("d MMMM yyyy", Locale.ENGLISH).format(day)), text);
        for (Meeting meeting : bundled.meetings()) {
            boolean ofTheDay = !meeting.date().isAfter(day) && !meeting.lastDate().isBefore(day);
            assertEquals(ofTheDay, text.contains(PdfText.normalized(meeting.title().get("en"))),
                    meeting.id() + " on " + meeting.date());
        }
    }

    @Test
    void ctrlPWithTheCyberAreaAndFrenchContentSavesASheetOfBoth(FxRobot robot) throws Exception {
        openCyberFrenchBriefing(robot);
        Path target = save(robot, "briefing-cyber-fr.pdf");

        String text = PdfText.of(target);
        Meeting cyber = meeting("asean-eu-pmc");
        Meeting mekongGanga = meeting("mgc-10");
        assertTrue(text.contains(PdfText.normalized(cyber.title().get("fr"))), "the cyber meeting, in French: " + text);
        assertFalse(text.contains(PdfText.normalized(cyber.title().get("en"))), "not in English");
        assertFalse(text.contains(PdfText.normalized(mekongGanga.title().get("fr"))), "Mekong–Ganga is filtered out");
        assertTrue(bundled.meetings().stream().filter(m -> !m.areas().contains("cyber"))
                .noneMatch(m -> text.contains(PdfText.normalized(m.title().get("fr")))), "only cyber meetings");
    }

    /**
     * Print in the preview opened by Ctrl+P, to the real CUPS queue PDF: the job arrives as a fresh PDF with the
     * sheet's pages, on the sheet's paper, each page inked about as much as the sheet's (the print is rasterised,
     * so its text cannot be read back; the ink can).
     */
    @Test
    void printInThePreviewSendsTheSheetToTheCupsQueue(FxRobot robot) throws Exception {
        Printer printer = Printer.getDefaultPrinter();
        Assumptions.assumeTrue(printer != null && printer.getName().equals("PDF"), "No CUPS queue PDF as the "
                + "default printer here, so the print is not tested. .ci/run sets one up (cups-pdf).");
        openCyberFrenchBriefing(robot);
        Path sheet = save(robot, "briefing-to-print.pdf");
        List<Path> folders = CupsPdf.outputFolders();
        Set<Path> before = new HashSet<>(CupsPdf.pdfsIn(folders));

        robot.clickOn("#briefing-print");
        try (PDDocument expected = Loader.loadPDF(sheet.toFile())) {
            int pages = expected.getNumberOfPages();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> text(robot, "#briefing-status")
                    .equals(ENGLISH.get("briefing.printed", pages, "PDF")));
            assertEquals(1, printDialogsShown, "the print dialog, once");
            Path[] printed = new Path[1];
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                printed[0] = CupsPdf.complete(CupsPdf.pdfsIn(folders), before, pages).orElse(null);
                return printed[0] != null;
            });
            try (PDDocument job = Loader.loadPDF(printed[0].toFile())) {
                PDFRenderer sheetPages = new PDFRenderer(expected);
                PDFRenderer jobPages = new PDFRenderer(job);
                for (int page = 0; page < pages; page++) {
                    PDRectangle paper = expected.getPage(page).getMediaBox();
                    PDRectangle printedPaper = job.getPage(page).getMediaBox();
                    assertEquals(paper.getWidth(), printedPaper.getWidth(), 3, "page " + (page + 1) + " width");
                    assertEquals(paper.getHeight(), printedPaper.getHeight(), 3, "page " + (page + 1) + " height");
                    double sheetInk = CupsPdf.inkCoverage(sheetPages.renderImageWithDPI(page, 40, ImageType.RGB));
                    double jobInk = CupsPdf.inkCoverage(jobPages.renderImageWithDPI(page, 40, ImageType.RGB));
                    assertTrue(jobInk > 0.01, "page " + (page + 1) + " of " + printed[0] + " is blank: " + jobInk);
                    assertTrue(jobInk > sheetInk / 2 && jobInk < sheetInk * 2, "page " + (page + 1) + " of "
                            + printed[0] + " is not the sheet's: ink " + jobInk + " against " + sheetInk);
                }
            }
            // Kept when an assertion fails, for whoever looks into it.
            Files.delete(printed[0]);
        }
    }
}
