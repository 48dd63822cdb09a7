package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving files: each kind's dialog starts in the folder last used for that kind, offers a name saying the model,
 * the filter and the content language; the briefing preview closes with its Close button.
 */
class MainWindowFilesTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    private void exportPng(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        robot.clickOn(ENGLISH.get("png.export"));
    }

    @Test
    void saveDialogsStartInTheirKindsLastFolderAndNameModelFilterAndLanguage(FxRobot robot) throws Exception {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "maritime".equals(n.getUserData())).<Node>query());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("FR");
        Path pictures = Files.createDirectories(folder.resolve("pictures"));
        filesToSave.add(pictures.resolve("first.png"));
        exportPng(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, ".status-notice")
                .startsWith("Saved first.png"));
        assertEquals(new SaveAsked(null, "amm52-bangkok-2019-maritime-fr.png"), savesAsked.get(0));

        exportPng(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savesAsked.size() == 2);
        assertEquals(new SaveAsked(pictures, "amm52-bangkok-2019-maritime-fr.png"), savesAsked.get(1));

        robot.clickOn(ENGLISH.get("menu.file").replace("_", ""));
        robot.clickOn(ENGLISH.get("menu.file.exportIcs").replace("_", ""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savesAsked.size() == 3);
        assertEquals(new SaveAsked(null, "amm52-bangkok-2019-maritime-fr.ics"), savesAsked.get(2),
                "a calendar does not start where the pictures went");

        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        Button save = robot.lookup("#briefing-save").queryButton();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !save.isDisabled());
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savesAsked.size() == 4);
        assertEquals(new SaveAsked(null, "amm52-bangkok-2019-maritime-fr.pdf"), savesAsked.get(3));
    }

    @Test
    void theBriefingPreviewsCloseButtonClosesIt(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        robot.clickOn(robot.lookup("#briefing-close").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 1);
    }
}
