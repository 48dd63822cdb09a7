package org.ammreader.ui.main;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Document;
import org.ammreader.model.Model;
import org.ammreader.settings.SplitPositions;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.ui.briefing.BriefingPreview;
import org.ammreader.ui.export.CalendarExportAction;
import org.ammreader.ui.filter.FilterEmptyNote;
import org.ammreader.ui.problems.ProblemsPane;
import org.ammreader.ui.export.PngExportAction;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.ReaderViewModel;
import org.controlsfx.control.SegmentedButton;

/**
 * Binds the main window's FXML to its view-model and turns menu choices into view-model calls, and into moves
 * between the window's normal and reading layouts ({@link WindowLayout}).
 */
public final class MainController {

    private final MainViewModel viewModel;
    private final ReaderViewModel reader;
    private final MainParts parts;
    private final boolean viewsLater;
    private MainParts.Views views;
    private ReaderView readerView;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final Messages messages;
    private final Appearance appearance;
    private final Runnable onQuit;
    private final Consumer<String> onUiLanguage;
    private final Consumer<String> openDocument;
    private final ViewLifetime life;
    private final SplitPositions dividers;
    private WindowLayout layout;

    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label statusLabel;
    @FXML private Label noticeLabel;
    @FXML private ProgressBar progress;
    @FXML private Button cancelOpenButton;
    @FXML private Label progressLabel;
    @FXML private Menu contentLanguageMenu;
    @FXML private Menu uiLanguageMenu;
    @FXML private Menu themeMenu;
    @FXML private Menu lanesMenu;
    @FXML private CheckMenuItem fadeItem;
    @FXML private CheckMenuItem reopenItem;
    @FXML private StackPane timelineHome;
    @FXML private StackPane detailHome;
    @FXML private StackPane agendaHome;
    @FXML private StackPane readerHome;
    @FXML private StackPane filterHome;
    @FXML private StackPane filterPanelHome;
    @FXML private StackPane searchHome;
    @FXML private StackPane problemsHome;
    @FXML private HBox languageHome;
    @FXML private Menu documentsMenu;
    @FXML private Menu recentMenu;
    private PngExportAction pngExport;
    private CalendarExportAction calendarExport;
    @FXML private TabPane bottomTabs;
    @FXML private Tab agendaTab;
    @FXML private Tab readerTab;
    @FXML private BorderPane mainWindow;
    @FXML private VBox header;
    @FXML private HBox toolbar;
    @FXML private SplitPane verticalSplit;
    @FXML private SplitPane horizontalSplit;
    @FXML private Button layoutButton;
    @FXML private Tooltip layoutTip;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;

    /**
     * @param viewsLater whether the detail pane, agenda and reader wait for {@link #placeViews()}
     * @param life the window's views' lifetime: the controller's listeners on the view-models end with it
     * @param dividers where the dividers go, in the normal layout and in the reading layout
     */
    MainController(MainViewModel viewModel, ReaderViewModel reader, MainParts parts, boolean viewsLater,
                   DialogService dialogs, BackgroundWork background, Messages messages, Appearance appearance,
                   Runnable onQuit, Consumer<String> onUiLanguage, Consumer<String> openDocument, ViewLifetime life,
                   SplitPositions dividers) {
        this.viewModel = viewModel;
        this.reader = reader;
        this.parts = parts;
        this.viewsLater = viewsLater;
        this.openDocument = openDocument;
        this.dialogs = dialogs;
        this.background = background;
        this.messages = messages;
        this.appearance = appearance;
        this.onQuit = onQuit;
        this.onUiLanguage = onUiLanguage;
        this.life = life;
        this.dividers = dividers;
    }

    @FXML
    private void initialize() {
        pngExport = new PngExportAction(viewModel, parts.timeline(), dialogs, background, messages);
        calendarExport = new CalendarExportAction(viewModel, dialogs, background, messages);
        VBox timelineAndOverview = new VBox(parts.timeline().view(), parts.timeline().overview());
        VBox.setVgrow(parts.timeline().view(), Priority.ALWAYS);
        timelineHome.getChildren().setAll(timelineAndOverview, new FilterEmptyNote(viewModel, messages, life));
        readerTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                placeReader();
            }
        });
        // The agenda's tab stays in view in the reading layout: choosing it goes back to the normal layout.
        agendaTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                layout.leaveReading(agendaTab);
            }
        });
        layout = new WindowLayout(List.of(header, toolbar), verticalSplit, horizontalSplit, bottomTabs, readerTab,
                layoutButton, layoutTip, messages, dividers);
        // Escape, when nothing nearer the focus used it, leaves the reading layout (the reader passes on its own).
        mainWindow.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && leaveReadingByKey()) {
                event.consume();
            }
        });
        if (!viewsLater) {
            placeViews();
        }
        life.add(reader.documents().subscribe(this::buildDocumentsMenu));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) -> buildDocumentsMenu()));
        buildDocumentsMenu();
        life.add(viewModel.recentModels().subscribe(this::buildRecentMenu));
        buildRecentMenu();
        filterHome.getChildren().setAll(parts.areaFilter());
        filterPanelHome.getChildren().setAll(parts.areaFilter().panel());
        filterPanelHome.managedProperty().bind(parts.areaFilter().panel().visibleProperty());
        searchHome.getChildren().setAll(parts.search());
        ProblemsPane problems = new ProblemsPane(viewModel, messages, life);
        problemsHome.getChildren().setAll(problems);
        problemsHome.visibleProperty().bind(problems.visibleProperty());
        problemsHome.managedProperty().bind(problems.managedProperty());
        life.bindBidirectional(fadeItem.selectedProperty(), viewModel.fadeFilteredProperty());
        life.bindBidirectional(reopenItem.selectedProperty(), viewModel.reopenLastModelProperty());
        life.add(viewModel.modelProperty().subscribe((old, now) -> buildLanguageToggle(now)));
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) ->
                buildLanguageToggle(viewModel.modelProperty().get())));
        buildLanguageToggle(viewModel.modelProperty().get());
        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        noticeLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.noticeProperty().get() == null
                ? "" : viewModel.noticeProperty().get().in(messages), viewModel.noticeProperty()));
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        progressLabel.visibleProperty().bind(viewModel.loadingProperty());
        progressLabel.managedProperty().bind(viewModel.loadingProperty());
        progress.progressProperty().bind(viewModel.loadProgressProperty());
        cancelOpenButton.visibleProperty().bind(viewModel.loadingProperty());
        cancelOpenButton.managedProperty().bind(viewModel.loadingProperty());
        life.add(viewModel.history().nextUndoProperty().subscribe(what -> name(undoItem, "undo", what)));
        life.add(viewModel.history().nextRedoProperty().subscribe(what -> name(redoItem, "redo", what)));
        buildUiLanguageMenu();
        buildThemeMenu();
        buildLanesMenu();
        life.add(viewModel.modelProperty().subscribe((old, now) -> buildContentLanguageMenu(now)));
        buildContentLanguageMenu(viewModel.modelProperty().get());
        life.add(viewModel.contentLanguageProperty().subscribe((old, now) ->
                buildContentLanguageMenu(viewModel.modelProperty().get())));
    }

    /** Edit → Undo or Redo, named after the change it would take back or make again; disabled with none. */
    private void name(MenuItem item, String action, String what) {
        item.setText(messages.get("menu.edit." + action + (what == null ? "" : "." + what)));
        item.setDisable(what == null);
    }

    @FXML
    private void undo() {
        viewModel.history().undo();
    }

    @FXML
    private void redo() {
        viewModel.history().redo();
    }

    /** The models opened lately, each by file name, with its folder alongside. */
    private void buildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path file : viewModel.recentModels()) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.open(file, problems -> dialogs.showProblems(window(), problems)));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Builds and places the detail pane and the agenda, once; the reader too, unless it waits for its tab. */
    void placeViews() {
        if (views == null) {
            views = parts.views().get();
            detailHome.getChildren().setAll(views.detail());
            agendaHome.getChildren().setAll(views.agenda());
            if (!viewsLater) {
                placeReader();
            }
        }
    }

    /** The reader, built and placed the first time it is needed. */
    private ReaderView placeReader() {
        if (readerView == null) {
            readerView = parts.reader().get();
            readerView.setOnLastEscape(this::leaveReadingByKey);
            readerHome.getChildren().setAll(readerView);
        }
        return readerView;
    }

    /** Every document of the model, opened in the reader; Ctrl+Shift+1… for the first nine. */
    private void buildDocumentsMenu() {
        documentsMenu.getItems().clear();
        String language = viewModel.contentLanguageProperty().get();
        int number = 0;
        for (Document document : reader.documents()) {
            MenuItem item = new MenuItem(document.title().get(language));
            item.setMnemonicParsing(false);
            if (++number <= 9) {
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(number)),
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
            }
            item.setOnAction(e -> openDocument.accept(document.id()));
            documentsMenu.getItems().add(item);
        }
        documentsMenu.setDisable(documentsMenu.getItems().isEmpty());
    }

    /** One toggle per content language of the model (EN | FR …), the quickest way to switch. */
    private void buildLanguageToggle(Model model) {
        languageHome.getChildren().clear();
        if (model == null) {
            return;
        }
        SegmentedButton toggles = new SegmentedButton();
        toggles.getStyleClass().add("content-languages");
        for (String language : model.languages()) {
            ToggleButton toggle = new ToggleButton(language.toUpperCase(Locale.ROOT));
            toggle.getStyleClass().add("content-language");
            toggle.setSelected(language.equals(viewModel.contentLanguageProperty().get()));
            toggle.setTooltip(new Tooltip(messages.get("toolbar.contentLanguage") + ": " + languageName(language)));
            toggle.setOnAction(e -> {
                viewModel.setPreferredLanguage(language);
                toggle.setSelected(true);
            });
            toggles.getButtons().add(toggle);
        }
        languageHome.getChildren().add(toggles);
    }

    private void buildUiLanguageMenu() {
        ToggleGroup group = new ToggleGroup();
        for (String language : Messages.UI_LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(messages.get("language." + language));
            item.setToggleGroup(group);
            item.setSelected(language.equals(messages.language()));
            item.setOnAction(e -> onUiLanguage.accept(language));
            uiLanguageMenu.getItems().add(item);
        }
    }

    /**
     * Light, Dark, and System: the last says what it follows, or that the desktop's preference cannot be read
     * here and light is used.
     */
    private void buildThemeMenu() {
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(themeName(choice));
            item.getStyleClass().add("theme-" + choice.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(choice == appearance.choiceProperty().get());
            item.setOnAction(e -> appearance.choiceProperty().set(choice));
            themeMenu.getItems().add(item);
        }
    }

    /**
     * Tracks, Delegations, People, and a last item that moves to the next of them: its Ctrl+Shift+L works wherever
     * the focus is, as the menu's accelerators do.
     */
    private void buildLanesMenu() {
        ToggleGroup group = new ToggleGroup();
        for (LaneGrouping grouping : LaneGrouping.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get("menu.view.lanes." + grouping.code()));
            item.getStyleClass().add("lanes-" + grouping.code());
            item.setToggleGroup(group);
            item.setOnAction(e -> viewModel.laneGroupingProperty().set(grouping));
            lanesMenu.getItems().add(item);
        }
        life.add(viewModel.laneGroupingProperty().subscribe(now ->
                group.selectToggle(group.getToggles().get(now.ordinal()))));
        MenuItem next = new MenuItem(messages.get("menu.view.lanes.next"));
        next.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        next.setOnAction(e -> viewModel.laneGroupingProperty().set(viewModel.laneGroupingProperty().get().next()));
        lanesMenu.getItems().addAll(new SeparatorMenuItem(), next);
    }

    private String themeName(ThemeChoice choice) {
        if (choice != ThemeChoice.SYSTEM) {
            return messages.get("menu.view.theme." + choice.name().toLowerCase(Locale.ROOT));
        }
        return appearance.system().map(shade -> messages.get("menu.view.theme.system.read",
                        messages.get("menu.view.theme.shade." + shade.name().toLowerCase(Locale.ROOT))))
                .orElse(messages.get("menu.view.theme.system.unread"));
    }

    private void buildContentLanguageMenu(Model model) {
        contentLanguageMenu.getItems().clear();
        if (model == null) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (String language : model.languages()) {
            RadioMenuItem item = new RadioMenuItem(languageName(language));
            item.setToggleGroup(group);
            item.setSelected(language.equals(viewModel.contentLanguageProperty().get()));
            item.setOnAction(e -> viewModel.setPreferredLanguage(language));
            contentLanguageMenu.getItems().add(item);
        }
    }

    private String languageName(String language) {
        return messages.bundle().containsKey("language." + language) ? messages.get("language." + language)
                : language;
    }

    private Window window() {
        return titleLabel.getScene().getWindow();
    }

    /** Opens a model file as File → Open… does: the same reading, the same problems dialog. */
    /** Stops reading the file being opened; the model shown stays. */
    @FXML
    private void cancelOpen() {
        viewModel.cancelOpen();
    }

    private void open(Path file) {
        viewModel.open(file, problems -> dialogs.showProblems(window(), problems));
    }

    /** Drops of files on the window, opened as File → Open… opens them. */
    FileDrop fileDrop() {
        return new FileDrop(messages, dialogs, this::open);
    }

    @FXML
    private void openModel() {
        dialogs.chooseModelFile(window()).ifPresent(this::open);
    }

    @FXML
    private void openBundledWeek() {
        viewModel.openBundled();
    }

    @FXML
    private void newWeek() {
        new NewWeekAction(viewModel, dialogs, background, messages, this::open).run(window());
    }

    @FXML
    private void showAbout() {
        viewModel.model().ifPresent(model -> dialogs.showAbout(window(), model, viewModel.modelNameProperty().get()));
    }

    @FXML
    private void showShortcuts() {
        dialogs.showInformation(window(), messages.get("shortcuts.title"), ShortcutList.of(messages));
    }

    @FXML
    private void showLegend() {
        dialogs.showInformation(window(), messages.get("legend.title"), LegendList.of(messages,
                viewModel.model().orElse(null), viewModel.contentLanguageProperty().get()));
    }

    @FXML
    private void exportPng() {
        pngExport.run(window());
    }

    @FXML
    private void exportCalendar() {
        calendarExport.run(window());
    }

    @FXML
    void showBriefing() {
        viewModel.model().ifPresent(model -> BriefingPreview.show(window(), model,
                viewModel.areaFilterProperty().get(), viewModel.contentLanguageProperty().get(),
                parts.timeline().daysOnScreen(), messages, appearance, dialogs, viewModel.saveFolders(), background));
    }

    @FXML
    private void focusSearch() {
        showTimelineArea();
        parts.search().focus();
    }

    @FXML
    private void zoomIn() {
        showTimelineArea();
        parts.timeline().zoomIn();
    }

    @FXML
    private void zoomOut() {
        showTimelineArea();
        parts.timeline().zoomOut();
    }

    @FXML
    private void fitWeek() {
        showTimelineArea();
        parts.timeline().fitWeek();
    }

    @FXML
    private void fitDay() {
        showTimelineArea();
        parts.timeline().fitDay();
    }

    /** The week's key facts: the detail pane shows them when no meeting is selected. */
    @FXML
    private void showWeek() {
        showTimelineArea();
        viewModel.selectedMeetingProperty().set(null);
    }

    @FXML
    private void focusTimeline() {
        showTimelineArea();
        parts.timeline().view().requestFocus();
    }

    /**
     * What acts on the toolbar, the timeline or the details (search, zoom, fit, the week's key facts) first brings
     * them back, with the bottom tab shown before the reading layout.
     */
    private void showTimelineArea() {
        layout.leaveReading();
    }

    @FXML
    private void showAgenda() {
        layout.leaveReading(agendaTab);
        bottomTabs.getSelectionModel().select(agendaTab);
        placeViews();
        views.agenda().requestFocus();
    }

    /** Whether the reader is the bottom tab shown, in the normal layout or the reading layout. */
    boolean readerShown() {
        return bottomTabs.getSelectionModel().getSelectedItem() == readerTab;
    }

    /** Where the user has left the dividers, in both layouts. */
    SplitPositions dividers() {
        return layout.dividers();
    }

    /** Whether the window is in its reading layout. */
    boolean reading() {
        return layout.reading();
    }

    /** The reader in the reading layout, the keyboard on its paragraphs: Ctrl+3, Open in reader, Documents. */
    @FXML
    void showReader() {
        layout.enterReading();
        placeViews();
        placeReader().focusParagraphs();
    }

    /** The reader in its tab under the timeline, in the normal layout, as the user left it there. */
    void showReaderTab() {
        layout.leaveReading(readerTab);
        bottomTabs.getSelectionModel().select(readerTab);
    }

    /**
     * Back to the normal layout with the timeline in view, after the user followed the reader's meeting link: the
     * reader stays in view too, in its tab below.
     */
    void showTimeline() {
        layout.leaveReading(readerTab);
    }

    @FXML
    private void switchLayout() {
        if (layout.reading()) {
            focusTimeline();
        } else {
            showReader();
        }
    }

    /** Escape: leaves the reading layout for the timeline, and says whether it did. */
    private boolean leaveReadingByKey() {
        if (!layout.reading()) {
            return false;
        }
        focusTimeline();
        return true;
    }

    @FXML
    private void quit() {
        onQuit.run();
    }
}
