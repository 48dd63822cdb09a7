package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.paint.Color;
import org.ammreader.i18n.Messages;
import org.ammreader.testing.ThemeShots;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application as a user starts it, twice: the theme chosen in View → Theme is the one the next start opens
 * in, read back from the settings folder the application was pointed at.
 */
class ThemeRememberedTest extends AppRestarts {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    private void choose(String themeKey) {
        ThemeShots.chooseTheme(robot, stage.getScene(), menu("menu.view"), menu("menu.view.theme"),
                ENGLISH.get(themeKey));
    }

    private static String menu(String key) {
        return ENGLISH.get(key).replace("_", "");
    }

    private boolean selected(String styleClass) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> robot.from(stage.getScene().getRoot())
                .lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(Menu.class::isInstance)
                .flatMap(m -> ((Menu) m).getItems().stream())
                .filter(item -> item.getStyleClass().contains(styleClass)).map(RadioMenuItem.class::cast)
                .anyMatch(RadioMenuItem::isSelected)));
    }

    @Test
    void theThemeChosenIsTheOneTheNextStartOpensIn() throws Exception {
        Application first = start();
        choose("menu.view.theme.dark");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().contains("DARK"));
        FxToolkit.cleanupApplication(first);

        Application second = start();
        Color window = ThemeShots.background(stage.getScene());
        assertTrue(ThemeShots.luminance(window) < 0.05, "dark again after the restart: " + window);
        assertTrue(selected("theme-dark"), "View → Theme → Dark is ticked");
        choose("menu.view.theme.light");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().contains("LIGHT"));
        FxToolkit.cleanupApplication(second);

        Application third = start();
        window = ThemeShots.background(stage.getScene());
        assertTrue(ThemeShots.luminance(window) > 0.8, "light after the next restart: " + window);
        assertTrue(selected("theme-light"), "View → Theme → Light is ticked");
        FxToolkit.cleanupApplication(third);
    }
}
