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
import org.ammreader.viewmodel.MainViewModel;

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

    public MainWindow(Stage stage, MainViewModel viewModel, DialogService dialogs, Runnable onQuit,
                      Consumer<String> onUiLanguage) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.onQuit = onQuit;
        this.onUiLanguage = onUiLanguage;
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

    private Parent load(Messages messages) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), messages.bundle());
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return new MainController(viewModel, dialogs, messages, onQuit, onUiLanguage);
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
