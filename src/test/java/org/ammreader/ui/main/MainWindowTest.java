package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user meets it: the week's title, the status bar, and opening another model. */
class MainWindowTest extends MainWindowFixture {

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    @Test
    void opensOnTheWeekWithItsTitleAndMeetingCount(FxRobot robot) {
        assertEquals(bundled.title().get("en"), text(robot, ".week-title"));
        assertTrue(text(robot, ".week-subtitle").startsWith("29 July – 3 August 2019 · "), text(robot, ".week-subtitle"));
        assertEquals("amm52-bangkok-2019.json · " + bundled.meetings().size() + " meetings · times in ICT, UTC+7",
                text(robot, ".status-text"));
        Stage stage = (Stage) robot.lookup(".week-title").query().getScene().getWindow();
        assertEquals(bundled.title().get("en") + " — AMM Reader", stage.getTitle());
    }

    @Test
    void invalidModelShowsItsProblemsAndKeepsTheCurrentModel(FxRobot robot) throws IOException, TimeoutException {
        Path bad = folder.resolve("broken-week.json");
        Files.writeString(bad, "{\n  \"format\": \"amm-reader/1\",\n  \"meetnigs\": []\n}\n");
        filesToChoose.add(bad);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problems-list").tryQuery().isPresent());

        String problems = robot.lookup(".problems-list").queryAs(TextArea.class).getText();
        assertTrue(problems.contains("\n3:3: /meetnigs: unknown property \"meetnigs\"; did you mean \"meetings\"?"),
                problems);
        assertFalse(problems.contains(bad.toString()), "the header names the file, the lines do not: " + problems);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith(bad + " has "), pane.getHeaderText());
        assertTrue(pane.getHeaderText().endsWith("The current model stays open."), pane.getHeaderText());

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".problems-list").tryQuery().isEmpty());
        assertEquals(bundled.title().get("en"), text(robot, ".week-title"));
        assertTrue(text(robot, ".status-text").startsWith("amm52-bangkok-2019.json · "), text(robot, ".status-text"));
    }

    @Test
    void aSyntaxErrorSaysItsLikelyCauseWrappedUnderTheFileNamedOnce(FxRobot robot) throws Exception {
        Path bad = folder.resolve("unclosed.json");
        Files.writeString(bad, """
                {
                  "format": "amm-reader/1",
                  "meetings": [
                    {
                      "id": "a"
                    ,
                    {
                      "id": "b"
                    }
                  ]
                }
                """);
        filesToChoose.add(bad);

        robot.clickOn("File").clickOn("Open model…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".problems-list").tryQuery().isPresent());

        String line = "7:5: /meetings/0: unexpected \"{\" here; expected a property name in double quotes, such as "
                + "\"title\"; a \"}\" or \",\" may be missing before line 7";
        TextArea problems = robot.lookup(".problems-list").queryAs(TextArea.class);
        assertEquals(line, problems.getText(), "the file is named in the header, not on the line");
        assertTrue(problems.isWrapText());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith(bad + " has 1 problem."), pane.getHeaderText());

        robot.clickOn("Copy problems");
        assertEquals(bad + ":" + line, WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                Clipboard.getSystemClipboard().getString())), "a copied line names its file");
        robot.clickOn("Close");
    }

    @Test
    void validModelReplacesTheCurrentOneAndFileOpensTheBundledWeekAgain(FxRobot robot)
            throws IOException, TimeoutException {
        Path other = folder.resolve("three-languages.json");
        Files.write(other, MainWindowTest.class.getResourceAsStream("/models/three-languages.json").readAllBytes());
        filesToChoose.add(other);

        robot.clickOn("File").clickOn("Open model…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, ".week-title").equals("Sample week (three languages)"));
        assertEquals("three-languages.json · 5 meetings · times in CET, UTC+1", text(robot, ".status-text"));

        robot.clickOn("File").clickOn("Open the bundled week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, ".week-title").equals(bundled.title().get("en")));
        assertTrue(text(robot, ".status-text").startsWith("amm52-bangkok-2019.json · "), text(robot, ".status-text"));
        assertEquals(null, viewModel.fileProperty().get(), "no file followed");
    }
}
