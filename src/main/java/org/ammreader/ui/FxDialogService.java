package org.ammreader.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.i18n.Messages;
import org.ammreader.info.AppInfo;
import org.ammreader.io.ModelException;
import org.ammreader.model.Meeting;
import org.ammreader.model.Model;
import org.ammreader.model.Source;
import org.ammreader.viewmodel.NewWeek;
import org.ammreader.ui.theme.Appearance;

/** The real dialogs, in the interface language. */
public final class FxDialogService implements DialogService {

    /** The dialogs' own styles (the problems' list), after the theme's tokens. */
    static final List<String> SHEETS = List.of("/org/ammreader/ui/main/main.css");

    private final Messages messages;
    private final Appearance appearance;
    private File lastFolder;

    /** @param appearance the theme the dialogs wear, as the windows do */
    public FxDialogService(Messages messages, Appearance appearance) {
        this.messages = messages;
        this.appearance = appearance;
    }

    @Override
    public Optional<Path> chooseModelFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.open.filter"), "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, String title, Path folder, String suggestedName,
                                         String extensionDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, "*." + extension));
        File start = folder != null && Files.isDirectory(folder) ? folder.toFile() : lastFolder;
        if (start != null && start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        // Some platforms' choosers return the name as typed, without the filter's extension.
        String name = file.getName();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file.toPath()
                : file.toPath().resolveSibling(name + "." + extension));
    }

    @Override
    public void showProblems(Window owner, ModelException problems) {
        // The header names the file; the lines give only the places. Copied, each line names the file again, as
        // the command line prints it, for a text pasted elsewhere.
        List<String> lines = problems.describeWithoutFile(messages.locale());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        appearance.dress(dialog, SHEETS);
        dialog.setTitle(messages.get("dialog.problems.title"));
        dialog.setHeaderText(messages.get(problems.isCutShort() ? "dialog.problems.header.more"
                : "dialog.problems.header", problems.file(), problems.problems().size()));
        TextArea list = new TextArea(String.join("\n", lines));
        list.setEditable(false);
        list.setWrapText(true);
        list.getStyleClass().add("problems-list");
        list.setPrefColumnCount(90);
        // Wrapped, a line of a syntax error with its likely cause often takes two rows.
        list.setPrefRowCount(Math.min(16, Math.max(4, 2 * lines.size())));
        dialog.getDialogPane().setContent(list);
        ButtonType copy = new ButtonType(messages.get("dialog.problems.copy"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(copy,
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextClipboard.copyButton(dialog.getDialogPane(), copy,
                String.join("\n", problems.describe(messages.locale())));
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    @Override
    public void showAbout(Window owner, Model model, String modelName) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        appearance.dress(about, SHEETS);
        about.setTitle(messages.get("dialog.about.title"));
        about.setHeaderText(messages.get("dialog.about.header", AppInfo.version()));
        String language = model.languages().contains(messages.language()) ? messages.language()
                : model.languages().get(0);
        Label body = new Label(messages.get("dialog.about.body", modelName, model.title().get(language)));
        body.setWrapText(true);
        TextArea sources = new TextArea(describeSources(model, language));
        sources.setEditable(false);
        sources.setWrapText(true);
        sources.setPrefRowCount(10);
        sources.getStyleClass().add("about-sources");
        VBox content = new VBox(12, body, sources);
        content.setPrefWidth(620);
        about.getDialogPane().setContent(content);
        about.setResizable(true);
        about.showAndWait();
    }

    /** Every distinct source of the model (by address), grouped by publisher. */
    private static String describeSources(Model model, String language) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        for (Meeting meeting : model.meetings()) {
            meeting.sources().forEach(source -> byUrl.putIfAbsent(source.url(), source));
        }
        model.documents().forEach(d -> d.sources().forEach(source -> byUrl.putIfAbsent(source.url(), source)));
        model.facts().forEach(f -> f.sources().forEach(source -> byUrl.putIfAbsent(source.url(), source)));
        StringBuilder text = new StringBuilder();
        byUrl.values().stream()
                .sorted(Comparator.comparing(Source::publisher, String.CASE_INSENSITIVE_ORDER))
                .forEach(source -> text.append(source.publisher()).append(" \u2014 ").append(source.shownTitle(language))
                        .append('\n').append("    ").append(source.url()).append('\n'));
        return text.toString().strip();
    }

    @Override
    public void showWarning(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        alert.initOwner(owner);
        appearance.dress(alert, SHEETS);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public void showInformation(Window owner, String title, Node content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        appearance.dress(dialog, SHEETS);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.show();
    }

    @Override
    public void showCrashReport(Window owner, String details, Path log) {
        ProblemReport.show(owner, messages, appearance, details, log);
    }

    @Override
    public Optional<PngExportChoice> askPngExport(Window owner, int lastScale,
                                                  Function<PngExportChoice, PictureRequest> requests,
                                                  PngExporter exporter) {
        return new ExportPngDialog(messages, appearance, requests, exporter).ask(owner, lastScale);
    }

    @Override
    public Optional<NewWeek> askNewWeek(Window owner) {
        return new NewWeekDialog(messages, appearance).ask(owner);
    }
}
