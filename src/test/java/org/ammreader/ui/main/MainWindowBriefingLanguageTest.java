package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
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

/**
 * A French interface with English content: Ctrl+P offers the content language, English at first, and French
 * chosen in the preview gives a French sheet.
 */
class MainWindowBriefingLanguageTest extends MainWindowFixture {

    private static final Messages FRENCH = Messages.forLanguage("fr");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage, "fr");
    }

    @Test
    void frenchChosenInThePreviewGivesAFrenchSheet(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        ChoiceBox<?> language = robot.lookup("#briefing-language").queryAs(ChoiceBox.class);
        assertEquals("en", language.getValue(), "the window's content language at first");
        robot.clickOn(language);
        robot.clickOn(robot.lookup(".context-menu").lookup(FRENCH.get("language.fr")).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "fr".equals(language.getValue()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#briefing-status").queryAs(Label.class)
                .getText().endsWith(", A4"));

        Path target = folder.resolve("briefing-chosen-fr.pdf");
        filesToSave.add(target);
        robot.clickOn("#briefing-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(target) && robot.lookup("#briefing-status")
                .queryAs(Label.class).getText().equals(FRENCH.get("briefing.saved", target)));
        String text = PdfText.of(target);
        Meeting meeting = bundled.meetings().stream().filter(m -> m.id().equals("asean-eu-pmc")).findFirst()
                .orElseThrow();
        assertTrue(text.contains(PdfText.normalized(meeting.title().get("fr"))), "in French: " + text);
        assertFalse(text.contains(PdfText.normalized(meeting.title().get("en"))), "not in English: " + text);
    }
}
