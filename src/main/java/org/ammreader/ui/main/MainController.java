package org.ammreader.ui.main;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.model.Model;
import org.ammreader.ui.DialogService;
import org.ammreader.viewmodel.MainViewModel;

/** Binds the main window's FXML to its view-model and turns menu choices into view-model calls. */
public final class MainController {

    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable onQuit;
    private final Consumer<String> onUiLanguage;

    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label statusLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Label progressLabel;
    @FXML private Menu contentLanguageMenu;
    @FXML private Menu uiLanguageMenu;

    public MainController(MainViewModel viewModel, DialogService dialogs, Messages messages, Runnable onQuit,
                          Consumer<String> onUiLanguage) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onQuit = onQuit;
        this.onUiLanguage = onUiLanguage;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(viewModel.loadingProperty());
        progressLabel.visibleProperty().bind(viewModel.loadingProperty());
        progressLabel.managedProperty().bind(viewModel.loadingProperty());
        buildUiLanguageMenu();
        viewModel.modelProperty().addListener((obs, old, now) -> buildContentLanguageMenu(now));
        buildContentLanguageMenu(viewModel.modelProperty().get());
        viewModel.contentLanguageProperty().addListener((obs, old, now) ->
                buildContentLanguageMenu(viewModel.modelProperty().get()));
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

    @FXML
    private void openModel() {
        dialogs.chooseModelFile(window()).ifPresent(file ->
                viewModel.open(file, problems -> dialogs.showProblems(window(), problems)));
    }

    @FXML
    private void showAbout() {
        viewModel.model().ifPresent(model -> dialogs.showAbout(window(), model, viewModel.modelNameProperty().get()));
    }

    @FXML
    private void quit() {
        onQuit.run();
    }
}
