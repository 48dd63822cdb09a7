package org.ammreader.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.ammreader.filter.AreaFilter;
import org.ammreader.briefing.BriefingPeriod;
import org.ammreader.briefing.PaperSize;
import org.ammreader.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The briefing preview's state without a window: what it says, when it is busy, what can be used. */
class BriefingPreviewModelTest {

    /** Background work held until the test lets it run, outcome and all, on the test's thread. */
    private static final class HeldWork implements BackgroundWork {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Exception> failed) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            });
        }

        void finishAll() {
            while (!held.isEmpty()) {
                held.pollFirst().run();
            }
        }

        /** As a slow job outrun by a quicker one started after it. */
        void finishNewestFirst() {
            while (!held.isEmpty()) {
                held.pollLast().run();
            }
        }
    }

    private static final BriefingPeriod WEEK = BriefingPeriod.whole(ReaderModels.bundled());

    private final HeldWork background = new HeldWork();
    /** What the composer was asked for, in order. */
    private final List<String> compositions = new ArrayList<>();
    /** The fake sheet: its text names the paper and languages, its pages are three on A4 and four on Letter. */
    private final BriefingPreviewModel<String> viewModel = new BriefingPreviewModel<>(ReaderModels.bundled(),
            AreaFilter.ALL, "en",
            WEEK, Messages.forLanguage("en"), background,
            pdf -> Collections.nCopies(new String(pdf, StandardCharsets.UTF_8).startsWith("LETTER") ? 4 : 3, "page"),
            (paper, bilingual, period, language) -> {
                compositions.add(paper + (bilingual ? " both" : " one")
                        + (period.equals(WEEK) ? "" : " " + period.from() + ".." + period.to()));
                return (paper + " sheet").getBytes(StandardCharsets.UTF_8);
            });

    @Test
    void changingThePaperComposesAgainBusyFirstThenWithTheNewPageCount() {
        viewModel.compose();
        background.finishAll();
        assertEquals(3, viewModel.pageCountProperty().get());
        assertEquals("3 pages, A4", viewModel.messageProperty().get());

        viewModel.paperProperty().set(PaperSize.LETTER);
        assertTrue(viewModel.busyProperty().get());
        assertEquals("Laying out the sheet…", viewModel.messageProperty().get());
        assertEquals(3, viewModel.pageCountProperty().get(), "the old sheet stays until the new one is laid out");

        background.finishAll();
        assertFalse(viewModel.busyProperty().get());
        assertEquals(List.of("A4 one", "LETTER one"), compositions);
        assertEquals(4, viewModel.pageCountProperty().get());
        assertEquals(4, viewModel.pages().size());
        assertEquals(PaperSize.LETTER, viewModel.composedPaper());
        assertEquals("4 pages, US Letter", viewModel.messageProperty().get());
    }

    @Test
    void changingThePeriodComposesTheSheetOfTheNewPeriod() {
        viewModel.compose();
        background.finishAll();
        viewModel.fromProperty().set(LocalDate.of(2019, 8, 1));
        assertTrue(viewModel.busyProperty().get());
        background.finishAll();
        viewModel.toProperty().set(LocalDate.of(2019, 8, 2));
        background.finishAll();
        assertEquals(List.of("A4 one", "A4 one 2019-08-01..2019-08-03", "A4 one 2019-08-01..2019-08-02"),
                compositions);
    }

    @Test
    void anEndMovedPastTheOtherTakesItAlongAndAClearedEndIsPutBack() {
        viewModel.compose();
        background.finishAll();
        viewModel.toProperty().set(LocalDate.of(2019, 7, 30));
        viewModel.fromProperty().set(LocalDate.of(2019, 8, 2));
        assertEquals(LocalDate.of(2019, 8, 2), viewModel.toProperty().get(), "the end follows the start");
        viewModel.toProperty().set(null);
        assertEquals(LocalDate.of(2019, 8, 2), viewModel.toProperty().get(), "an unreadable date is not taken");
        background.finishAll();
        assertEquals(List.of("A4 one", "A4 one 2019-07-29..2019-07-30", "A4 one 2019-08-02..2019-08-02"),
                compositions);
    }

    @Test
    void printAndSaveCannotBeUsedBeforeASheetNorWhileBusy() {
        assertFalse(viewModel.canPrint().get());
        assertFalse(viewModel.canSave().get());
        viewModel.compose();
        assertFalse(viewModel.canPrint().get(), "still laying out");
        background.finishAll();
        assertTrue(viewModel.canPrint().get());
        assertTrue(viewModel.canSave().get());

        viewModel.bilingualProperty().set(true);
        assertFalse(viewModel.canPrint().get());
        assertFalse(viewModel.canSave().get());
        background.finishAll();
        assertTrue(viewModel.canPrint().get());
        assertEquals(List.of("A4 one", "A4 both"), compositions);
    }

    @Test
    void aCompositionOvertakenByANewerOneIsDropped() {
        viewModel.compose();
        viewModel.paperProperty().set(PaperSize.LETTER);
        background.finishNewestFirst();
        assertEquals(4, viewModel.pageCountProperty().get());
        assertEquals("4 pages, US Letter", viewModel.messageProperty().get());
    }

    @Test
    void aFailingCompositionSaysWhyAndOffersNothingToPrint() {
        BriefingPreviewModel<String> failing = new BriefingPreviewModel<>(ReaderModels.bundled(),
                AreaFilter.ALL, "en", WEEK,
                Messages.forLanguage("en"), background, pdf -> List.of("page"), (paper, bilingual, period, language) -> {
                    throw new IOException("the font DejaVuSans.ttf is missing");
                });
        failing.compose();
        background.finishAll();
        assertFalse(failing.busyProperty().get());
        assertEquals("The sheet could not be laid out: the font DejaVuSans.ttf is missing",
                failing.messageProperty().get());
        assertFalse(failing.canPrint().get());
        assertFalse(failing.canSave().get());
        assertEquals(0, failing.pageCountProperty().get());
    }

    @Test
    void savesTheComposedSheetAndSaysWhere(@TempDir Path folder) throws IOException {
        viewModel.compose();
        background.finishAll();
        Path target = folder.resolve("briefing.pdf");
        List<Exception> failures = new ArrayList<>();
        viewModel.save(target, failures::add);
        assertEquals("Saving briefing.pdf…", viewModel.messageProperty().get());
        assertFalse(viewModel.canSave().get());
        background.finishAll();
        assertEquals(List.of(), failures);
        assertArrayEquals("A4 sheet".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals("Saved as " + target + ".", viewModel.messageProperty().get());
        assertTrue(viewModel.canSave().get());
    }

    @Test
    void aPrinterThatRefusesIsSaidPlainlyAndTheSheetStaysPrintable() {
        viewModel.compose();
        background.finishAll();
        List<String> sent = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        viewModel.print("Office", (pdf, paper) -> {
            sent.add(new String(pdf, StandardCharsets.UTF_8) + " on " + paper);
            return false;
        }, warnings::add);
        assertEquals("Sending the sheet to Office…", viewModel.messageProperty().get());
        background.finishAll();
        assertEquals(List.of("A4 sheet on A4"), sent);
        assertEquals(List.of("The printer Office did not accept the sheet. Save it as PDF instead and print the file."),
                warnings);
        assertEquals("", viewModel.messageProperty().get());
        assertTrue(viewModel.canPrint().get());
    }
}
