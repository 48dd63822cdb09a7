package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application started three times, as a user restarts it: with File → Reopen the last model at start ticked,
 * the model open at the end of one run is the one the next run opens; unticked, the next run opens the week.
 */
class ReopenLastModelTest extends AppRestarts {

    private String status() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                ((Label) stage.getScene().lookup(".status-text")).getText()));
    }

    private CheckMenuItem reopenItem() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> robot.from(stage.getScene().getRoot())
                .lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> item.getStyleClass().contains("reopen-last-item")).map(CheckMenuItem.class::cast)
                .findFirst().orElseThrow()));
    }

    @Test
    void theModelOpenLastIsOpenedAgainAtTheNextStartWhileTheSettingIsTicked() throws Exception {
        Path model = folder.resolve("three-languages.json");
        Files.write(model, getClass().getResourceAsStream("/models/three-languages.json").readAllBytes());
        Application first = start(model.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("three-languages.json"));
        robot.clickOn("File").clickOn("Reopen the last model at start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> savedSettings().contains("three-languages.json")
                && savedSettings().matches("(?s).*\"reopenLastModel\"\\s*:\\s*true.*"));
        FxToolkit.cleanupApplication(first);

        Application second = start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status().startsWith("three-languages.json"));
        assertTrue(reopenItem().isSelected(), "File → Reopen the last model at start is ticked");
        robot.clickOn("File").clickOn("Reopen the last model at start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> savedSettings().matches("(?s).*\"reopenLastModel\"\\s*:\\s*false.*"));
        FxToolkit.cleanupApplication(second);

        Application third = start();
        assertTrue(status().startsWith("amm52-bangkok-2019.json"), "the week, unticked: " + status());
        assertEquals(false, reopenItem().isSelected());
        FxToolkit.cleanupApplication(third);
    }
}
