package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.testing.PdfText;
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

    @Test
    void ctrlPWithTheCyberAreaAndFrenchContentSavesASheetOfBoth(FxRobot robot) throws Exception {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "cyber".equals(n.getUserData())).<Node>query());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("FR");

        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#briefing-status").tryQuery()
                .map(n -> !((Label) n).getText().equals(ENGLISH.get("briefing.building"))).orElse(false));
        Path target = folder.resolve("briefing-cyber-fr.pdf");
        filesToSave.add(target);
        robot.clickOn("#briefing-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(target) && robot.lookup("#briefing-status")
                .queryAs(Label.class).getText().equals(ENGLISH.get("briefing.saved", target)));

        String text = PdfText.of(target);
        Meeting cyber = meeting("asean-eu-pmc");
        Meeting mekongGanga = meeting("mgc-10");
        assertTrue(text.contains(PdfText.normalized(cyber.title().get("fr"))), "the cyber meeting, in French: " + text);
        assertFalse(text.contains(PdfText.normalized(cyber.title().get("en"))), "not in English");
        assertFalse(text.contains(PdfText.normalized(mekongGanga.title().get("fr"))), "Mekong–Ganga is filtered out");
        assertTrue(bundled.meetings().stream().filter(m -> !m.areas().contains("cyber"))
                .noneMatch(m -> text.contains(PdfText.normalized(m.title().get("fr")))), "only cyber meetings");
    }
}
