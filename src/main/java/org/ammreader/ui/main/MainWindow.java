package org.ammreader.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.ammreader.i18n.Messages;
import org.ammreader.settings.SplitPositions;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.ViewLifetime;
import org.ammreader.ui.agenda.AgendaView;
import org.ammreader.ui.detail.DetailPane;
import org.ammreader.ui.filter.AreaFilterControl;
import org.ammreader.ui.reader.ReaderView;
import org.ammreader.ui.search.MeetingSearchBar;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.ui.timeline.MeetingTimeline;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.ReaderViewModel;
import org.ammreader.viewmodel.SearchViewModel;

/**
 * Builds the main window's scene from its FXML in a given interface language. The view-models live as long as
 * the window; changing the interface language builds the views again around them, so nothing the user was
 * looking at is lost.
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final Function<Messages, DialogService> dialogs;
    private final BackgroundWork background;
    private final Runnable onQuit;
    private final Consumer<String> onUiLanguage;
    private final Consumer<String> openUrl;
    private final Appearance appearance;
    private MainController controller;
    /** The dividers' positions for both layouts, as the views shown before these left them. */
    private SplitPositions dividers;
    /** The lifetime of the views shown now; ended when another language's views replace them. */
    private ViewLifetime life = new ViewLifetime();

    /**
     * @param dialogs the dialogs, in a given interface language
     * @param background where the window's slow work runs (a PNG export, the briefing sheet)
     * @param readerTextSize the reader's text size, which the application remembers between runs
     * @param appearance the theme, which View → Theme changes and every window and dialog wears
     * @param openUrl opens a source's address in the system's browser
     * @param dividers where the dividers go in the normal and the reading layout, as the user last left them
     */
    public MainWindow(Stage stage, MainViewModel viewModel, Function<Messages, DialogService> dialogs,
                      BackgroundWork background, DoubleProperty readerTextSize, Appearance appearance,
                      Runnable onQuit, Consumer<String> onUiLanguage, Consumer<String> openUrl,
                      SplitPositions dividers) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.background = background;
        this.onQuit = onQuit;
        this.onUiLanguage = onUiLanguage;
        this.openUrl = openUrl;
        this.appearance = appearance;
        this.dividers = dividers;
        this.search = new SearchViewModel(viewModel);
        this.reader = new ReaderViewModel(viewModel.modelProperty(), viewModel.contentLanguageProperty(),
                viewModel.areaFilterProperty(), this::showMeeting, readerTextSize);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> viewModel.stopWatching());
    }

    /** Where the user has left the dividers, to be remembered for the next run. */
    public SplitPositions dividers() {
        return controller == null ? dividers : controller.dividers();
    }

    /** The reader's meeting link: the meeting selected, and the timeline brought into view to show it. */
    private void showMeeting(String meetingId) {
        viewModel.selectMeeting(meetingId);
        if (controller != null) {
            controller.showTimeline();
        }
    }

    /** Shows the window in {@code messages}' language, replacing the scene's content if there is one. */
    public void show(Messages messages, double width, double height) {
        show(messages, width, height, false);
    }

    /**
     * Shows the window as {@link #show} does, except that the detail pane and the agenda are built and placed
     * just after the first frames, and the reader when its tab is first chosen: at start-up the window, with the
     * week's title, its count and its timeline, appears that much sooner (their lists' cells, styles and layout
     * took about a second of the start on a two-core machine; see docs/adr/0008), and the complete window too
     * (the reader's paragraphs were about a third of its styling; docs/adr/0013).
     *
     * @param whenComplete run once the complete window is on screen: the timeline, the detail pane and the agenda
     *                     filled, all in a frame already rendered (the start-up signal of docs/adr/0013)
     */
    public void showQuickly(Messages messages, double width, double height, Runnable whenComplete) {
        show(messages, width, height, true);
        Scene scene = stage.getScene();
        FirstFrames.then(scene, () -> {
            controller.placeViews();
            FirstFrames.afterNextFrame(scene, whenComplete);
        });
    }

    /**
     * Goes through what a user opens first, as the build's training run records it for the start-up cache
     * (docs/adr/0013): the reader, then the briefing preview once its pages are drawn, then {@code quit}.
     */
    public void rehearse(Runnable quit) {
        new TrainingRun(stage, controller, quit).start();
    }

    private void show(Messages messages, double width, double height, boolean viewsLater) {
        viewModel.setMessages(messages);
        // Shown again in another interface language: the layout, the dividers and the bottom tab stay as they were.
        boolean reading = controller != null && controller.reading();
        boolean readerShown = controller != null && controller.readerShown();
        dividers = dividers();
        life.end();
        life = new ViewLifetime();
        Parent root = load(messages, viewsLater);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, width, height));
            stage.sizeToScene();
        } else {
            stage.getScene().setRoot(root);
        }
        controller.fileDrop().attach(root);
        Stylesheets.apply(stage.getScene(), appearance);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("window.title", viewModel.titleProperty().get()), viewModel.titleProperty()));
        stage.show();
        if (reading) {
            controller.showReader();
        } else if (readerShown) {
            controller.showReaderTab();
        }
    }

    private MainParts buildParts(Messages messages) {
        ViewLifetime views = life;
        MeetingTimeline timeline = new MeetingTimeline(viewModel, search, messages, views);
        MeetingSearchBar searchBar = new MeetingSearchBar(search, viewModel, messages,
                () -> timeline.view().requestFocus(), views);
        return new MainParts(timeline, new AreaFilterControl(viewModel, messages, views), searchBar,
                () -> new MainParts.Views(new DetailPane(viewModel, messages, this::openDocument, openUrl, views),
                        new AgendaView(viewModel, messages, views)), () -> new ReaderView(reader, messages, views));
    }

    /** Opens a document of the model in the reader and brings the reader forward. */
    private void openDocument(String documentId) {
        if (reader.open(documentId) && controller != null) {
            controller.showReader();
        }
    }

    private Parent load(Messages messages, boolean viewsLater) {
        MainParts parts = buildParts(messages);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return new MainController(viewModel, reader, parts, viewsLater, dialogs.apply(messages), background,
                        messages, appearance, onQuit, onUiLanguage, this::openDocument, life, dividers);
            }
            throw new IllegalArgumentException("no controller of type " + type);
        });
        try {
            Parent root = loader.load();
            controller = loader.getController();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout cannot be read", e);
        }
    }
}
