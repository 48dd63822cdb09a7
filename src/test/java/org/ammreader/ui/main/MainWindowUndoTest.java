package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit → Undo and Redo as a user meets them: a selection of areas made by hand, wiped by "None", comes back with
 * Ctrl+Z and goes again with Ctrl+Shift+Z; the menu names what it would undo.
 */
class MainWindowUndoTest extends MainWindowFixture {

    private final Messages english = Messages.forLanguage("en");

    @Start
    void start(Stage stage) throws ModelException {
        show(stage);
    }

    @Test
    void noneThenCtrlZGivesBackTheHandMadeSelectionAndCtrlShiftZWipesItAgain(FxRobot robot) throws Exception {
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        clickChip(robot, "cyber");
        clickChip(robot, "maritime");
        assertChipsOn(robot, Set.of("cyber", "maritime"));
        robot.clickOn(".filter-none");
        assertChipsOn(robot, Set.of());
        assertEquals(label("menu.edit.undo.filter"), item(robot, "undo-item").getText());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertChipsOn(robot, Set.of("cyber", "maritime"));
        assertEquals(label("menu.edit.redo.filter"), item(robot, "redo-item").getText());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertChipsOn(robot, Set.of());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertChipsOn(robot, Set.of("cyber"));
    }

    @Test
    void theMenuSaysWhenThereIsNothingToUndoAndOpeningAnotherModelForgetsTheSteps(FxRobot robot) throws Exception {
        MenuItem undo = item(robot, "undo-item");
        assertEquals(label("menu.edit.undo"), undo.getText());
        assertTrue(undo.isDisable(), "nothing to undo on a window just opened");
        robot.clickOn(".area-filter-button");
        robot.clickOn(".filter-none");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !undo.isDisable());
        Path other = folder.resolve("other.json");
        try (InputStream in = ModelLoader.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            Files.write(other, in.readAllBytes());
        }
        filesToChoose.add(other);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "other.json".equals(viewModel.modelNameProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(undo.isDisable(), "the steps were about the model closed");
        assertEquals(label("menu.edit.undo"), undo.getText());
    }

    @Test
    void eachSearchMadeIsOneStepAndInTheFieldCtrlZIsTheFieldsOwn(FxRobot robot) throws Exception {
        TextField field = robot.lookup(".search-field").queryAs(TextField.class);
        robot.clickOn(field).write("Pompeo").type(KeyCode.ENTER);
        assertEquals(label("menu.edit.undo.search"), item(robot, "undo-item").getText());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !field.isFocused() && field.getText().isEmpty());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Pompeo".equals(field.getText()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field.getText().isEmpty());
        assertEquals(label("menu.edit.redo.search"), item(robot, "redo-item").getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Pompeo".equals(field.getText()));

        // In the field, Ctrl+Z takes back the typing, and the window's history is left as it was.
        robot.clickOn(field).type(KeyCode.END).write("x");
        assertEquals("Pompeox", field.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pompeo", field.getText());
        assertEquals(label("menu.edit.undo.search"), item(robot, "undo-item").getText());
        assertEquals(label("menu.edit.redo.search"), item(robot, "redo-item").getText());
    }

    @Test
    void zoomAndPageDownAreOneStepEachAndCtrlZShowsWhatWasShownBefore(FxRobot robot) throws Exception {
        TimelineView<?> timeline = robot.lookup(".meeting-timeline").queryAs(TimelineView.class);
        robot.clickOn(".week-title");
        Instant weekStart = timeline.getVisibleStart();
        Instant weekEnd = timeline.getVisibleEnd();
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !weekEnd.equals(timeline.getVisibleEnd()));
        assertEquals(label("menu.edit.undo.view"), item(robot, "undo-item").getText());
        Instant zoomedStart = timeline.getVisibleStart();
        Instant zoomedEnd = timeline.getVisibleEnd();

        WaitForAsyncUtils.asyncFx(timeline::requestFocus).get();
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !zoomedStart.equals(timeline.getVisibleStart()));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> zoomedStart.equals(timeline.getVisibleStart())
                && zoomedEnd.equals(timeline.getVisibleEnd()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> weekStart.equals(timeline.getVisibleStart())
                && weekEnd.equals(timeline.getVisibleEnd()));
        assertEquals(label("menu.edit.redo.view"), item(robot, "redo-item").getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> zoomedEnd.equals(timeline.getVisibleEnd()));
    }

    /** A menu item's text as the bundle gives it, its mnemonic marked by "_". */
    private String label(String key) {
        return english.get(key);
    }

    private static MenuItem item(FxRobot robot, String styleClass) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(i -> i.getStyleClass().contains(styleClass))
                .findFirst().orElseThrow();
    }

    private static void clickChip(FxRobot robot, String area) {
        robot.clickOn(robot.lookup(".area-toggle").match(n -> area.equals(n.getUserData())).<Node>query());
    }

    /** Waits until the panel's chips that are on are exactly {@code areas}. */
    private static void assertChipsOn(FxRobot robot, Set<String> areas) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chipsOn(robot).equals(areas));
    }

    private static Set<String> chipsOn(FxRobot robot) {
        List<ToggleButton> chips = List.copyOf(robot.lookup(".area-toggle").queryAllAs(ToggleButton.class));
        return chips.stream().filter(ToggleButton::isSelected).map(chip -> (String) chip.getUserData())
                .collect(Collectors.toSet());
    }
}
