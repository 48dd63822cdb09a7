package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application as a user starts it, twice, with the same settings folder: the areas chosen for the week are
 * the ones the next start shows it with.
 */
class FilterRememberedTest extends AppRestarts {

    private Set<String> chipsOn() {
        return robot.from(stage.getScene().getRoot()).lookup(".area-toggle").queryAllAs(ToggleButton.class).stream()
                .filter(ToggleButton::isSelected).map(chip -> (String) chip.getUserData()).collect(Collectors.toSet());
    }

    private String status() {
        return robot.from(stage.getScene().getRoot()).lookup(".status-text").queryLabeled().getText();
    }

    @Test
    void theAreasChosenForAModelAreTheOnesItOpensWithAfterARestart() throws Exception {
        Application first = start();
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        robot.clickOn(robot.lookup(".area-toggle").match(n -> "maritime".equals(n.getUserData())).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().contains("maritime"));
        String statusBefore = status();
        FxToolkit.cleanupApplication(first);

        Application second = start();
        robot.clickOn(".area-filter-button");
        assertEquals(Set.of("maritime"), chipsOn(), "the chips on after the restart");
        assertEquals(statusBefore, status(), "the status bar counts the same meetings");
        FxToolkit.cleanupApplication(second);
    }

    @Test
    void aPersonChosenInTheFilterIsStillChosenAfterARestart() throws Exception {
        Application first = start();
        robot.clickOn(".area-filter-button");
        robot.clickOn(".actor-search").write("Pompeo");
        robot.clickOn(robot.lookup(".actor-list .list-cell").match(cell -> cell instanceof ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Mike Pompeo")).<Node>query());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().contains("mike-pompeo"));
        String statusBefore = status();
        FxToolkit.cleanupApplication(first);

        Application second = start();
        assertTrue(status().contains("· Mike Pompeo"), status());
        assertEquals(statusBefore, status(), "the status bar counts the same meetings");
        FxToolkit.cleanupApplication(second);
    }
}
