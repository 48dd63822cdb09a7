package org.ammreader.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ammreader.control.timeline.TimelineView;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Meeting;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.viewmodel.NewWeek;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.settings.SplitPositions;
import org.ammreader.ui.DialogService;
import org.ammreader.typography.Fonts;
import org.ammreader.ui.FxBackgroundWork;
import org.ammreader.ui.FxDialogService;
import org.ammreader.ui.PngExportChoice;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.viewmodel.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on the bundled week, with real dialogs except the file chooser, for UI tests. */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowFixture {

    @SuppressWarnings("unchecked")
    static TimelineView<Meeting> timeline(FxRobot robot) {
        return robot.lookup(".timeline-view").queryAs(TimelineView.class);
    }

    /** A menu's or item's text as shown, in {@code messages}' language: its key's text without the mnemonic mark. */
    static String menu(Messages messages, String key) {
        return messages.get(key).replace("_", "");
    }

    /** The meeting {@code id} among the timeline's items. */
    static Meeting meeting(FxRobot robot, String id) {
        return timeline(robot).getItems().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    @TempDir
    static Path folder;

    final ModelLoader loader = new ModelLoader(JsonMappers.create());
    private final FxBackgroundWork background = new FxBackgroundWork();
    final Deque<Path> filesToChoose = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    /** What each save dialog was asked to show: the folder it starts in (null: the chooser's) and the name. */
    final List<SaveAsked> savesAsked = new ArrayList<>();
    /** How often the print dialog was asked for; the test answers it as a user printing to the default printer. */
    int printDialogsShown;
    Model bundled;
    MainViewModel viewModel;
    /** The theme the window starts in; a test may set another before it shows the window. */
    Appearance appearance = new Appearance(ThemeChoice.LIGHT, Optional::empty);
    /** Where the window puts its dividers, as the application reads them from the settings. */
    SplitPositions dividers = SplitPositions.DEFAULTS;

    record SaveAsked(Path folder, String name) {
    }

    /** The real dialogs, except the file chooser and the print dialog, which a headless test cannot drive. */
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
        public void showInformation(Window owner, String title, Node content) {
            real.showInformation(owner, title, content);
        }

        @Override
        public void showCrashReport(Window owner, String details, Path log) {
            real.showCrashReport(owner, details, log);
        }

        @Override
        public Optional<PngExportChoice> askPngExport(Window owner, int lastScale,
                                                      Function<PngExportChoice, PictureRequest> requests,
                                                      PngExporter exporter) {
            return real.askPngExport(owner, lastScale, requests, exporter);
        }

        @Override
        public Optional<Path> chooseSaveFile(Window owner, String title, Path folder, String suggestedName,
                                             String extensionDescription, String extension) {
            savesAsked.add(new SaveAsked(folder, suggestedName));
            return Optional.ofNullable(filesToSave.poll());
        }

        @Override
        public Optional<NewWeek> askNewWeek(Window owner) {
            return real.askNewWeek(owner);
        }

        @Override
        public boolean showPrintDialog(Window owner, PrinterJob job) {
            printDialogsShown++;
            return true;
        }
    }

    /** Opens the window; each test class calls it from its own {@code @Start} method (TestFX finds only those). */
    void show(Stage stage) throws ModelException {
        show(stage, "en");
    }

    /** Opens the window with its interface in {@code language}. */
    void show(Stage stage, String language) throws ModelException {
        window(stage, language).show(Messages.forLanguage(language), 1280, 800);
    }

    /** The window as the application builds it, not yet shown. */
    MainWindow window(Stage stage) throws ModelException {
        return window(stage, language -> { });
    }

    /** The window as {@link #window(Stage)}, calling {@code onUiLanguage} when the user picks an interface language. */
    MainWindow window(Stage stage, Consumer<String> onUiLanguage) throws ModelException {
        return window(stage, "en", onUiLanguage);
    }

    /**
     * The window as the application builds it, in {@code language}, not yet shown; choosing another interface
     * language in its menu shows it again in that language, as the application does.
     */
    MainWindow window(Stage stage, String language) throws ModelException {
        MainWindow[] window = new MainWindow[1];
        window[0] = window(stage, language,
                chosen -> window[0].show(Messages.forLanguage(chosen), stage.getWidth(), stage.getHeight()));
        return window[0];
    }

    private MainWindow window(Stage stage, String language, Consumer<String> onUiLanguage) throws ModelException {
        // TestFX shares one stage between test classes: start from a fresh scene, whatever came before.
        stage.setScene(null);
        Fonts.load();
        Messages messages = Messages.forLanguage(language);
        bundled = loader.loadBundled();
        viewModel = new MainViewModel(messages, loader::load, background);
        viewModel.show(bundled, ModelLoader.BUNDLED_NAME);
        return new MainWindow(stage, viewModel, m -> new ChoosingDialogs(new FxDialogService(m, appearance)),
                background, new SimpleDoubleProperty(16), appearance, stage::close, onUiLanguage, url -> { },
                dividers);
    }

    @AfterEach
    void stopBackground() {
        background.close();
    }

    /** The windows showing now: the main window, and any dialog or preview open over it. */
    static List<Window> showing() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                Window.getWindows().stream().filter(Window::isShowing).toList()));
    }

    /**
     * What {@code reading} reads, read on the JavaFX thread: a look through many nodes from the test's thread can
     * meet a list the JavaFX thread is changing (a cell's style classes as it is refilled).
     */
    static <T> T onFx(Callable<T> reading) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(reading));
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
