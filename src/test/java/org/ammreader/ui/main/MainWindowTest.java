package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.Fonts;
import org.ammreader.ui.FxDialogService;
import org.ammreader.viewmodel.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user meets it: the week's title, the status bar, and opening another model. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path folder;

    private final ModelLoader loader = new ModelLoader(JsonMappers.create());
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final Deque<Path> filesToChoose = new ArrayDeque<>();
    private Model bundled;

    /** The real dialogs, except the file chooser, which a headless test cannot drive. */
    private final class ChoosingDialogs implements DialogService {
        private final FxDialogService real;

        ChoosingDialogs(FxDialogService real) {
            this.real = real;
        }

        @Override
        public Optional<Path> chooseModelFile(Window owner) {
            return Optional.ofNullable(filesToChoose.poll());
        }

        @Override
        public void showProblems(Window owner, ModelException problems) {
            real.showProblems(owner, problems);
        }

        @Override
        public void showAbout(Window owner, Model model, String modelName) {
            real.showAbout(owner, model, modelName);
        }

        @Override
        public void showWarning(Window owner, String title, String text) {
            real.showWarning(owner, title, text);
        }

        @Override
        public Optional<Path> chooseSaveFile(Window owner, String title, String suggestedName,
                                             String extensionDescription, String extension) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage stage) throws ModelException {
        Fonts.load();
        Messages messages = Messages.forLanguage("en");
        bundled = loader.loadBundled();
        MainViewModel viewModel = new MainViewModel(messages, loader::load, background, Platform::runLater);
        viewModel.show(bundled, ModelLoader.BUNDLED_NAME);
        new MainWindow(stage, viewModel, new ChoosingDialogs(new FxDialogService(messages)), stage::close, l -> { })
                .show(messages, 1280, 800);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
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
        assertTrue(problems.contains(bad + ":3:3: /meetnigs: unknown property \"meetnigs\"; did you mean \"meetings\"?"),
                problems);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().startsWith(bad + " has "), pane.getHeaderText());
        assertTrue(pane.getHeaderText().endsWith("The current model stays open."), pane.getHeaderText());

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".problems-list").tryQuery().isEmpty());
        assertEquals(bundled.title().get("en"), text(robot, ".week-title"));
        assertTrue(text(robot, ".status-text").startsWith("amm52-bangkok-2019.json · "), text(robot, ".status-text"));
    }

    @Test
    void validModelReplacesTheCurrentOne(FxRobot robot) throws IOException, TimeoutException {
        Path other = folder.resolve("three-languages.json");
        Files.write(other, MainWindowTest.class.getResourceAsStream("/models/three-languages.json").readAllBytes());
        filesToChoose.add(other);

        robot.clickOn("File").clickOn("Open model…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, ".week-title").equals("Sample week (three languages)"));
        assertEquals("three-languages.json · 5 meetings · times in CET, UTC+1", text(robot, ".status-text"));
    }
}
