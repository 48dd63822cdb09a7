package org.ammreader.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ammreader.cli.CommandLine;
import org.ammreader.cli.UsageException;
import org.ammreader.filter.ActorFilter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Document;
import org.ammreader.model.Model;
import org.ammreader.settings.AppFolders;
import org.ammreader.settings.SavedFilter;
import org.ammreader.settings.Settings;
import org.ammreader.settings.SettingsStore;
import org.ammreader.ui.DialogService;
import org.ammreader.typography.Fonts;
import org.ammreader.ui.FxBackgroundWork;
import org.ammreader.ui.FxDialogService;
import org.ammreader.ui.main.MainWindow;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.timeline.LaneGrouping;

/** The JavaFX application: wires the loader, the settings, the view-model and the main window together. */
public final class AmmReaderApp extends Application {

    /**
     * Started by {@link #main} before JavaFX, so that both start at once. Static because JavaFX, not this class,
     * makes the Application instance; null when the application is launched some other way.
     */
    private static Preload preload;

    private final FxBackgroundWork background = new FxBackgroundWork();
    private SettingsStore settingsStore;
    private Settings settings;
    private MainViewModel viewModel;
    private MainWindow window;
    private Stage stage;
    private CrashReporter crashReporter;
    private final DoubleProperty readerTextSize = new SimpleDoubleProperty(Settings.DEFAULT_READER_TEXT_SIZE);

    public static void main(String[] args) {
        preload = Preload.start();
        launch(AmmReaderApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) throws ModelException, InterruptedException {
        stage = primaryStage;
        Fonts.load();
        Preload.Loaded preloaded = (preload == null ? Preload.start() : preload).get();
        ModelLoader loader = preloaded.loader();
        settingsStore = preloaded.settingsStore();
        SettingsStore.Loaded loaded = preloaded.settings();
        settings = loaded.settings();
        Messages messages = Messages.forLanguage(settings.uiLanguage());
        Appearance appearance = new Appearance(settings.theme(), preloaded::systemTheme);
        appearance.choiceProperty().addListener((obs, old, now) -> remember(settings.withTheme(now)));
        crashReporter = new CrashReporter(AppFolders.data().resolve("amm-reader.log"), (details, log) ->
                Platform.runLater(() -> new FxDialogService(Messages.forLanguage(settings.uiLanguage()), appearance)
                        .showCrashReport(stage, details, log)));
        crashReporter.install();
        DialogService dialogs = new FxDialogService(messages, appearance);
        readerTextSize.set(settings.readerTextSize());
        readerTextSize.addListener((obs, old, now) -> remember(settings.withReaderTextSize(now.doubleValue())));

        viewModel = new MainViewModel(messages, loader::load, background);
        viewModel.setPreferredLanguage(settings.contentLanguage());
        viewModel.setOpeningFilter(opened -> settings.filters().containsKey(opened.id())
                ? toFilter(settings.filters().get(opened.id()), opened) : AreaFilter.ALL);
        Model bundled = preloaded.bundled();
        viewModel.show(bundled, ModelLoader.BUNDLED_NAME);
        // Open on the meeting the week is known for: the one its first document (the declaration) came from.
        bundled.documents().stream().findFirst().flatMap(Document::meeting).ifPresent(viewModel::selectMeeting);
        viewModel.preferredLanguageProperty().addListener((obs, old, now) ->
                remember(settings.withContentLanguage(now)));
        viewModel.areaFilterProperty().addListener((obs, old, now) -> viewModel.model().ifPresent(shown ->
                remember(settings.withFilter(shown.id(), toSaved(now, shown)))));
        settings.recentModels().stream().map(Path::of).forEach(viewModel.recentModels()::add);
        viewModel.laneGroupingProperty().set(LaneGrouping.fromCode(settings.laneGrouping())
                .orElse(LaneGrouping.TRACKS));
        viewModel.laneGroupingProperty().addListener((obs, old, now) ->
                remember(settings.withLaneGrouping(now.code())));
        viewModel.reopenLastModelProperty().set(settings.reopenLastModel());
        viewModel.reopenLastModelProperty().addListener((obs, old, now) -> remember(settings.withReopenLastModel(now)));
        viewModel.fileProperty().addListener((obs, old, now) ->
                remember(settings.withLastModel(now == null ? null : now.toString())));
        viewModel.recentModels().addListener((ListChangeListener<Path>) change -> remember(settings.withRecentModels(
                viewModel.recentModels().stream().map(Path::toString).toList())));
        settings.saveFolders().forEach((kind, folder) -> viewModel.saveFolders().all().put(kind, Path.of(folder)));
        viewModel.saveFolders().all().addListener((MapChangeListener<String, Path>) change -> {
            if (change.wasAdded()) {
                remember(settings.withSaveFolder(change.getKey(), change.getValueAdded().toString()));
            }
        });

        window = new MainWindow(stage, viewModel, language -> new FxDialogService(language, appearance), background,
                readerTextSize, appearance, this::quit, this::switchUiLanguage, getHostServices()::showDocument,
                settings.dividers());
        stage.setMaximized(settings.windowMaximized());
        // The size remembered may come from a larger screen: never open wider or taller than this one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        window.showQuickly(messages, Math.min(settings.windowWidth(), screen.getWidth()),
                Math.min(settings.windowHeight(), screen.getHeight()), () -> WindowComplete.reached(window, this::quit));
        stage.centerOnScreen();
        stage.setOnCloseRequest(event -> rememberWindow());

        loaded.trouble().ifPresent(trouble -> {
            dialogs.showWarning(stage, messages.get("dialog.settings.title"), messages.get("dialog.settings.body",
                    settingsStore.file(), messages.get("dialog.settings." + trouble.name())));
            // Writing the defaults back means the user hears about the broken file once, not at every start.
            remember(settings);
        });
        modelFromCommandLine().or(this::lastModel).ifPresent(file ->
                viewModel.open(file, problems -> dialogs.showProblems(stage, problems)));
    }

    /** The filter remembered for {@code opened}, without the people and delegations it no longer declares. */
    private static AreaFilter toFilter(SavedFilter saved, Model opened) {
        AreaFilter areas = saved.allAreas() ? AreaFilter.ALL : AreaFilter.of(saved.areas());
        List<String> actors = new ArrayList<>(saved.people());
        actors.addAll(saved.delegations());
        return areas.withActors(ActorFilter.of(actors).keptIn(opened));
    }

    private static SavedFilter toSaved(AreaFilter filter, Model shown) {
        List<String> chosen = List.copyOf(filter.actors().chosen());
        return new SavedFilter(filter.all(), List.copyOf(filter.selected()),
                chosen.stream().filter(id -> shown.person(id).isPresent()).toList(),
                chosen.stream().filter(id -> shown.delegation(id).isPresent()).toList());
    }

    private Optional<Path> modelFromCommandLine() {
        try {
            return CommandLine.parse(getParameters().getRaw().toArray(String[]::new)).model();
        } catch (UsageException e) {
            return Optional.empty();
        }
    }

    /** The model open when the application last closed, if the user asked for it again at start. */
    private Optional<Path> lastModel() {
        return settings.reopenLastModel() && settings.lastModel() != null ? Optional.of(Path.of(settings.lastModel()))
                : Optional.empty();
    }

    private void switchUiLanguage(String language) {
        remember(settings.withUiLanguage(language));
        window.show(Messages.forLanguage(language), stage.getWidth(), stage.getHeight());
    }

    private void rememberWindow() {
        remember(settings.withWindow(stage.isMaximized() ? settings.windowWidth() : stage.getWidth(),
                stage.isMaximized() ? settings.windowHeight() : stage.getHeight(), stage.isMaximized())
                .withDividers(window.dividers()));
    }

    private void remember(Settings changed) {
        settings = changed;
        try {
            settingsStore.save(settings);
        } catch (IOException e) {
            crashReporter.note("settings not saved to " + settingsStore.file() + ": " + e.getMessage());
        }
    }

    private void quit() {
        rememberWindow();
        Platform.exit();
    }

    @Override
    public void stop() {
        background.close();
    }
}
