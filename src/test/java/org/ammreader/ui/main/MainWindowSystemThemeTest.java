package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.testing.ThemeShots;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.ui.theme.Appearance;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Theme → System follows what the desktop prefers, given here by a stand-in reader; where the preference
 * cannot be read the window is light and the menu says so.
 */
class MainWindowSystemThemeTest extends MainWindowFixture {

    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
    }

    private void showFollowing(FxRobot robot, Optional<ThemeChoice> desktop, String language) {
        robot.interact(() -> {
            appearance = new Appearance(ThemeChoice.SYSTEM, () -> desktop);
            try {
                show(main, language);
            } catch (ModelException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** View → Theme → System, its text checked among what the open menu shows. */
    private RadioMenuItem systemItem(FxRobot robot, Messages messages) {
        robot.clickOn(robot.from(main.getScene().getRoot()).lookup(messages.get("menu.view").replace("_", ""))
                .<Node>query());
        robot.clickOn(robot.lookup(".context-menu").lookup(messages.get("menu.view.theme").replace("_", ""))
                .<Node>query());
        MenuBar bar = robot.from(main.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        RadioMenuItem item = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(Menu.class::isInstance).flatMap(menu -> ((Menu) menu).getItems().stream())
                .filter(i -> i.getStyleClass().contains("theme-system")).map(RadioMenuItem.class::cast)
                .findFirst().orElseThrow();
        assertTrue(robot.lookup(".context-menu").lookup(item.getText()).tryQuery().isPresent(),
                "shown in the open menu: " + item.getText());
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.ESCAPE);
        return item;
    }

    @Test
    void aDarkDesktopMakesTheWindowDarkAndTheMenuSaysWhy(FxRobot robot) throws TimeoutException {
        showFollowing(robot, Optional.of(ThemeChoice.DARK), "en");
        Color window = ThemeShots.background(main.getScene());
        assertTrue(ThemeShots.luminance(window) < 0.05, "the window follows the dark desktop: " + window);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> ThemeShots.luminance(ThemeShots.background(timeline(robot))) < 0.05);
        RadioMenuItem system = systemItem(robot, Messages.forLanguage("en"));
        assertEquals("System (now dark)", system.getText());
        assertTrue(system.isSelected());
    }

    @Test
    void anUnreadableDesktopMeansLightAndTheMenuSaysSoInFrench(FxRobot robot) {
        showFollowing(robot, Optional.empty(), "fr");
        Color window = ThemeShots.background(main.getScene());
        assertTrue(ThemeShots.luminance(window) > 0.8, "light where the desktop cannot be read: " + window);
        RadioMenuItem system = systemItem(robot, Messages.forLanguage("fr"));
        assertEquals("Système (illisible ici\u00a0: clair)", system.getText());
        assertTrue(system.isSelected());
    }

    @Test
    void aLightDesktopKeepsTheWindowLight(FxRobot robot) {
        showFollowing(robot, Optional.of(ThemeChoice.LIGHT), "en");
        Color window = ThemeShots.background(main.getScene());
        assertTrue(ThemeShots.luminance(window) > 0.8, "the window follows the light desktop: " + window);
        assertEquals("System (now light)", systemItem(robot, Messages.forLanguage("en")).getText());
    }
}
