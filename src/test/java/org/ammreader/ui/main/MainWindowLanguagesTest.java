package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Languages that do not mix: what the window says is in its interface language, even said before a switch. */
class MainWindowLanguagesTest extends MainWindowFixture {

    private static final Messages ENGLISH = Messages.forLanguage("en");
    private static final Messages FRENCH = Messages.forLanguage("fr");

    private Stage main;

    @Start
    void start(Stage stage) throws ModelException {
        main = stage;
        window(stage, "en").show(ENGLISH, 1280, 800);
    }

    @Test
    void aStatusMessageFollowsASwitchOfTheInterfaceLanguage(FxRobot robot) throws Exception {
        Path target = folder.resolve("notice-week.ics");
        filesToSave.add(target);
        robot.clickOn(menu(ENGLISH, "menu.file"));
        robot.clickOn(menu(ENGLISH, "menu.file.exportIcs"));
        int events = bundled.meetings().size();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, ".status-notice")
                .equals(ENGLISH.get("ics.saved", target.getFileName(), events)));

        robot.clickOn(robot.from(main.getScene().getRoot()).lookup(menu(ENGLISH, "menu.view")).<Node>query());
        robot.clickOn(robot.lookup(".context-menu").lookup(menu(ENGLISH, "menu.view.uiLanguage")).<Node>query());
        robot.clickOn(robot.lookup(".context-menu").lookup(FRENCH.get("language.fr")).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, ".status-notice")
                .equals(ENGLISH.get("ics.saved", target.getFileName(), events)));
        assertEquals(FRENCH.get("ics.saved", target.getFileName(), events), text(robot, ".status-notice"));
    }
}
