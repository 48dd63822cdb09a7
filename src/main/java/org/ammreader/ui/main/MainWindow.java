package org.ammreader.ui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.agenda.AgendaView;
import org.ammreader.ui.detail.DetailPane;
import org.ammreader.ui.filter.AreaFilterControl;
import org.ammreader.ui.search.SearchBar;
import org.ammreader.ui.timeline.MeetingTimeline;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.SearchViewModel;

/**
 * Builds the main window's scene from its FXML in a given interface language. Changing the interface language
 * builds the scene again around the same view-model, so nothing the user was looking at is lost.
 */
public final class MainWindow {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final Runnable onQuit;
    private final Consumer<String> onUiLanguage;
    private final Consumer<String> openUrl;

    /**
     * @param openUrl opens a source's address in the system's browser
     */
    public MainWindow(Stage stage, MainViewModel viewModel, DialogService dialogs, Runnable onQuit,
                      Consumer<String> onUiLanguage, Consumer<String> openUrl) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.onQuit = onQuit;
        this.onUiLanguage = onUiLanguage;
        this.openUrl = openUrl;
    }

    /** Shows the window in {@code messages}' language, replacing the scene's content if there is one. */
    public void show(Messages messages, double width, double height) {
        Parent root = load(messages);
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, width, height);
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
        Stylesheets.apply(stage.getScene());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> messages.get("window.title", viewModel.titleProperty().get()), viewModel.titleProperty()));
        stage.show();
    }

    private MainParts buildParts(Messages messages) {
        SearchViewModel search = new SearchViewModel(viewModel);
        MeetingTimeline timeline = new MeetingTimeline(viewModel, search, messages);
        SearchBar searchBar = new SearchBar(search, messages, () -> timeline.view().requestFocus());
        DetailPane detail = new DetailPane(viewModel, messages, documentId -> { }, openUrl);
        return new MainParts(timeline, detail, new AgendaView(viewModel, messages), null,
                new AreaFilterControl(viewModel, messages), searchBar);
    }

    private Parent load(Messages messages) {
        MainParts parts = buildParts(messages);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return new MainController(viewModel, parts, dialogs, messages, onQuit, onUiLanguage);
            }
            throw new IllegalArgumentException("no controller of type " + type);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout cannot be read", e);
        }
    }
}
