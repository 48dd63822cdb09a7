package org.ammreader.ui.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.stage.Window;
import org.ammreader.briefing.BriefingPeriod;
import org.ammreader.briefing.PaperSize;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.viewmodel.NewWeek;
import org.ammreader.viewmodel.SaveFolders;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.testing.FolderContents;
import org.ammreader.testing.PdfText;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.FxBackgroundWork;
import org.ammreader.ui.PngExportChoice;
import org.ammreader.ui.theme.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview window as a user meets it: its pages, the paper, both languages, Save as PDF, no printer. */
@ExtendWith(ApplicationExtension.class)
class BriefingPreviewTest {

    @TempDir
    Path folder;

    private final Deque<Path> saveTargets = new ArrayDeque<>();
    private boolean printDialogAnswer;
    private int printDialogsShown;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Model bundled = loadBundled();
    private Stage owner;
    private final FxBackgroundWork background = new FxBackgroundWork();
    private final SaveFolders folders = new SaveFolders();

    @AfterEach
    void stopBackground() {
        background.close();
    }

    /** Dialogs a headless test can answer: where to save comes from a queue, warnings are recorded. */
    private final class StandInDialogs implements DialogService {
        @Override
        public Optional<Path> chooseModelFile(Window window) {
            return Optional.empty();
        }

        @Override
        public void showProblems(Window window, ModelException problems) {
            throw new AssertionError("no model is opened here");
        }

        @Override
        public void showAbout(Window window, Model model, String modelName) {
            throw new AssertionError("no about box here");
        }

        @Override
        public void showWarning(Window window, String title, String text) {
            warnings.add(title + "\n" + text);
        }

        @Override
        public void showInformation(Window owner, String title, Node content) {
            throw new AssertionError("no help here");
        }

        @Override
        public void showCrashReport(Window window, String details, Path log) {
            throw new AssertionError("nothing goes wrong here: " + details);
        }

        @Override
        public Optional<PngExportChoice> askPngExport(Window window, int lastScale,
                                                      Function<PngExportChoice, PictureRequest> requests,
                                                      PngExporter exporter) {
            throw new AssertionError("no PNG export here");
        }

        @Override
        public Optional<NewWeek> askNewWeek(Window window) {
            throw new AssertionError("no new week here");
        }

        @Override
        public Optional<Path> chooseSaveFile(Window window, String title, Path folder, String suggestedName,
                                             String extensionDescription, String extension) {
            assertEquals("amm52-bangkok-2019-all-en.pdf", suggestedName);
            assertEquals("pdf", extension);
            return Optional.ofNullable(saveTargets.poll());
        }

        @Override
        public boolean showPrintDialog(Window window, PrinterJob job) {
            printDialogsShown++;
            return printDialogAnswer;
        }
    }

    private static Model loadBundled() {
        try {
            return new ModelLoader(JsonMappers.create()).loadBundled();
        } catch (ModelException e) {
            throw new AssertionError(e);
        }
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    private void open(FxRobot robot, Supplier<PrinterJob> printerJobs) throws TimeoutException {
        robot.interact(() -> BriefingPreview.show(owner, bundled, AreaFilter.ALL, "en", BriefingPeriod.whole(bundled),
                Messages.forLanguage("en"), new Appearance(ThemeChoice.LIGHT, Optional::empty), new StandInDialogs(),
                folders, background, printerJobs));
        waitUntilReady(robot, "A4");
    }

    private static void waitUntilReady(FxRobot robot, String paper) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).endsWith("pages, " + paper));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#briefing-status").queryAs(Label.class).getText();
    }

    private static List<ImageView> pages(FxRobot robot) {
        return List.copyOf(robot.lookup(".briefing-page").queryAllAs(ImageView.class));
    }

    private List<Path> files() throws IOException {
        return FolderContents.of(folder);
    }

    @Test
    void showsEveryPageOnA4ThenOnLetter(FxRobot robot) throws TimeoutException {
        open(robot, PrinterJob::createPrinterJob);
        List<ImageView> a4 = pages(robot);
        assertEquals(Integer.parseInt(status(robot).replaceAll("\\D.*", "")), a4.size());
        double ratio = a4.get(0).getImage().getHeight() / a4.get(0).getImage().getWidth();
        assertEquals(PaperSize.A4.height() / PaperSize.A4.width(), ratio, 0.01);
        assertEquals("Page 1 of " + a4.size(), a4.get(0).getAccessibleText());

        robot.clickOn("#briefing-paper").clickOn("US Letter");
        waitUntilReady(robot, "US Letter");
        ImageView letter = pages(robot).get(0);
        assertEquals(PaperSize.LETTER.height() / PaperSize.LETTER.width(),
                letter.getImage().getHeight() / letter.getImage().getWidth(), 0.01);
    }

    @Test
    void savesThePreviewedSheetAsPdf(FxRobot robot) throws TimeoutException, IOException {
        open(robot, PrinterJob::createPrinterJob);
        robot.clickOn("#briefing-bilingual");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#briefing-save").queryButton()
                .isDisabled() && status(robot).endsWith("A4"));
        Path target = folder.resolve("briefing.pdf");
        saveTargets.add(target);
        robot.clickOn("#briefing-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).equals("Saved as " + target + "."));
        String text = PdfText.of(target);
        assertTrue(text.contains("Balakrishnan") && text.contains("Mogherini"));
        assertTrue(text.contains("L’ASEAN et l’Union européenne s’engagent"), "the French column is missing");
        assertEquals(List.of(target), files());
    }

    @Test
    void aSaveThatCannotBeWrittenSaysWhyAndLeavesNothing(FxRobot robot) throws TimeoutException, IOException {
        open(robot, PrinterJob::createPrinterJob);
        Path target = folder.resolve("gone").resolve("briefing.pdf");
        saveTargets.add(target);
        robot.clickOn("#briefing-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !warnings.isEmpty());
        assertEquals("The sheet was not saved\nThe folder " + folder.resolve("gone") + " does not exist. Choose "
                + "another folder.\n\nNothing was written; a file already there is unchanged.", warnings.get(0));
        assertEquals(List.of(), files());
    }

    @Test
    void withNoPrinterItSaysSoAndOffersSaveAsPdf(FxRobot robot) throws TimeoutException {
        open(robot, () -> null);
        Label notice = robot.lookup("#briefing-notice").queryAs(Label.class);
        Button save = robot.lookup("#briefing-save").queryButton();
        robot.clickOn("#briefing-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice.isVisible());
        assertTrue(notice.getText().startsWith("No printer is set up on this computer. Save the sheet as PDF"),
                notice.getText());
        assertTrue(save.isFocused());
        assertFalse(save.isDisabled());
    }

    /** Types {@code date} into the picker {@code id} as a user would, then leaves it with Enter. */
    private static void type(FxRobot robot, String id, String date) {
        robot.doubleClickOn(id + " .text-field");
        robot.interact(() -> robot.lookup(id).queryAs(DatePicker.class).getEditor().setText(date));
        robot.clickOn(id + " .text-field").type(KeyCode.ENTER);
    }

    @Test
    void aPeriodChosenInThePreviewComposesTheSheetOfThatPeriod(FxRobot robot) throws Exception {
        open(robot, PrinterJob::createPrinterJob);
        int weekPages = pages(robot).size();
        DatePicker from = robot.lookup("#briefing-from").queryAs(DatePicker.class);
        assertEquals("Mon 29 Jul 2019", from.getEditor().getText(), "the period the preview was opened with");
        type(robot, "#briefing-from", "2019-08-02");
        type(robot, "#briefing-to", "Fri 2 Aug 2019");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).equals("1 page, A4"));
        assertTrue(weekPages > 1, "the week took " + weekPages);
        assertEquals(1, pages(robot).size());
        Path target = folder.resolve("friday.pdf");
        saveTargets.add(target);
        robot.clickOn("#briefing-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).equals("Saved as " + target + "."));
        String text = PdfText.of(target);
        assertTrue(text.contains("Period: 2 August 2019"), text);
        for (Meeting meeting : bundled.meetings()) {
            String title = PdfText.normalized(meeting.title().get("en"));
            assertEquals(meeting.date().equals(LocalDate.of(2019, 8, 2)), text.contains(title), title);
        }

        robot.clickOn("#briefing-all-days");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).equals(weekPages + " pages, A4"));
        assertEquals("Sat 3 Aug 2019", robot.lookup("#briefing-to").queryAs(DatePicker.class).getEditor().getText());
    }

    @Test
    void anUnreadableDateIsPutBack(FxRobot robot) throws TimeoutException {
        open(robot, PrinterJob::createPrinterJob);
        type(robot, "#briefing-to", "next Friday");
        DatePicker to = robot.lookup("#briefing-to").queryAs(DatePicker.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Sat 3 Aug 2019".equals(to.getEditor().getText()));
        assertEquals(LocalDate.of(2019, 8, 3), to.getValue());
    }

    @Test
    void theFrenchToolbarShowsEveryLabelWholeAtTheDefaultAndTheSmallestSize(FxRobot robot) throws Exception {
        BriefingPreview preview = WaitForAsyncUtils.asyncFx(() -> BriefingPreview.show(owner, bundled, AreaFilter.ALL,
                "fr", new BriefingPeriod(LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 1)),
                Messages.forLanguage("fr"),
                new Appearance(ThemeChoice.LIGHT, Optional::empty), new StandInDialogs(), folders, background,
                PrinterJob::createPrinterJob)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).endsWith(", A4"));
        // The status's skin draws its new text at the next layout pass, not when the text is set.
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("jeu. 1er août 2019", robot.lookup("#briefing-from").queryAs(DatePicker.class).getEditor()
                .getText());
        assertToolbarLabelsWhole(robot);

        Stage window = preview.stage();
        assertEquals(BriefingPreview.MIN_WIDTH, window.getMinWidth());
        assertEquals(BriefingPreview.MIN_HEIGHT, window.getMinHeight());
        robot.interact(() -> {
            window.setWidth(window.getMinWidth());
            window.setHeight(window.getMinHeight());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.getScene().getWidth() < BriefingPreview.MIN_WIDTH + 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertToolbarLabelsWhole(robot);
    }

    private static void assertToolbarLabelsWhole(FxRobot robot) {
        List<Labeled> labels = List.copyOf(robot.from(robot.lookup(".briefing-toolbar").<Node>query())
                .lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class));
        List<String> texts = labels.stream().map(label -> label.getText().replace("_", "")).toList();
        assertTrue(texts.containsAll(List.of("Période", "au", "Tous les jours", "Papier", "Langue",
                "Déclaration dans les deux langues", "Imprimer…", "Enregistrer en PDF…", "Fermer")), texts.toString());
        for (Labeled label : labels) {
            // The skin's text node holds what is drawn: the whole text, or the text cut with an ellipsis.
            robot.lookup((Node n) -> n instanceof Text && n.getParent() == label).queryAllAs(Text.class)
                    .forEach(drawn ->
                    assertEquals(label.getText().replace("_", ""), drawn.getText(), "cut: " + label.getText()));
            assertTrue(label.getText().isEmpty() || label.getWidth() >= label.prefWidth(-1) - 0.5,
                    "narrower than its text: " + label.getText());
        }
    }

    @Test
    void bothLanguagesIsOffered(FxRobot robot) throws TimeoutException {
        open(robot, PrinterJob::createPrinterJob);
        CheckBox both = robot.lookup("#briefing-bilingual").queryAs(CheckBox.class);
        assertEquals("Declaration in both languages", both.getText());
        assertFalse(both.isSelected());
    }

    /** A job for the CUPS queue named {@code name}, or none when this machine has no such queue. */
    private static Optional<Printer> printerNamed(String name) {
        return Printer.getAllPrinters().stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    @Test
    void aCancelledPrintDialogPrintsNothingAndChangesNothing(FxRobot robot) throws TimeoutException {
        Assumptions.assumeTrue(Printer.getDefaultPrinter() != null,
                "no printer on this machine: .ci/run installs a CUPS queue; the cancel path is not tested here");
        open(robot, PrinterJob::createPrinterJob);
        String before = status(robot);
        printDialogAnswer = false;
        robot.clickOn("#briefing-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, printDialogsShown);
        assertEquals(before, status(robot));
        assertEquals(List.of(), warnings);
        assertFalse(robot.lookup("#briefing-print").queryAs(Button.class).isDisabled(), "ready to print again");
    }

    @Test
    void aPrinterThatRefusesTheJobIsSaidPlainly(FxRobot robot) throws TimeoutException {
        Optional<Printer> rejecting = printerNamed("Rejecting");
        Assumptions.assumeTrue(rejecting.isPresent(),
                "no CUPS queue named Rejecting (.ci/run makes one that refuses jobs); refusal not tested here");
        open(robot, () -> PrinterJob.createPrinterJob(rejecting.get()));
        printDialogAnswer = true;
        robot.clickOn("#briefing-print");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !warnings.isEmpty());
        assertEquals("The sheet was not printed\nThe printer Rejecting did not accept the sheet. "
                + "Save it as PDF instead and print the file.", warnings.get(0).lines().limit(2)
                .reduce((a, b) -> a + "\n" + b).orElseThrow());
        assertFalse(robot.lookup("#briefing-save").queryAs(Button.class).isDisabled(), "Save as PDF still offered");
    }
}
