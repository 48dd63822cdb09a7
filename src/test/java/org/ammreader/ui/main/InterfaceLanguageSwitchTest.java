package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing French in View → Interface language while the reader and the briefing preview are open. */
class InterfaceLanguageSwitchTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");
    private static final Messages FRENCH = Messages.forLanguage("fr");

    private Stage main;

    @Start
    void start(Stage stage) throws ModelException {
        main = stage;
        show(stage, "en");
    }

    private static TabPane tabs(FxRobot robot, Stage main) {
        return robot.from(main.getScene().getRoot()).lookup(".bottom-tabs").queryAs(TabPane.class);
    }

    private static Node inOpenMenu(FxRobot robot, String text) {
        return robot.lookup(".context-menu").lookup(text).query();
    }

    @Test
    void theWindowTurnsFrenchAndKeepsTheReaderWhileThePreviewStaysOpen(FxRobot robot)
            throws IOException, TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        robot.push(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing().size() == 2);
        Window preview = showing().stream().filter(w -> w != main).findFirst().orElseThrow();
        String previewTitle = ((Stage) preview).getTitle();

        // The preview opens over the window's menu bar: the window comes to the front, as a user's click brings it.
        robot.interact(main::toFront);
        // The View menu of this window, then items of the menus it opens: other windows (left open by other test
        // classes, or the reader's language pickers) show the same words.
        robot.clickOn(robot.from(main.getScene().getRoot()).lookup(menu(ENGLISH, "menu.view")).<Node>query());
        robot.clickOn(inOpenMenu(robot, menu(ENGLISH, "menu.view.uiLanguage")));
        robot.clickOn(inOpenMenu(robot, FRENCH.get("language.fr")));
        // Looked up in this window only: other test classes may leave windows of their own open.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs(robot, main).getTabs().get(1).getText()
                .equals(FRENCH.get("tab.reader")));

        assertEquals(FRENCH.get("tab.reader"), tabs(robot, main).getSelectionModel().getSelectedItem().getText(),
                "the reader is still the tab shown");
        assertTrue(LayoutOnScreen.reading(robot), "still in the reading layout: " + LayoutOnScreen.describe(robot));
        assertEquals(FRENCH.get("layout.back"), robot.from(main.getScene().getRoot()).lookup(".layout-button")
                .queryAs(Button.class).getText());
        List<String> english = ShownTexts.english(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new java.util.ArrayList<>(main.getScene().getRoot().lookupAll(".label").stream()
                    .map(n -> ((Label) n).getText()).toList());
            texts.add(main.getTitle());
            return texts;
        })), ShownTexts.englishOnly());
        assertEquals(List.of(), english, "English left in the main window");
        assertTrue(preview.isShowing(), "the preview stays open");
        assertEquals(previewTitle, ((Stage) preview).getTitle(), "in the language it was opened in");
    }

}
