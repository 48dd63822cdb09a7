package org.ammreader.ui.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ammreader.briefing.PaperSize;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.AtomicFiles;
import org.ammreader.io.WriteFailure;
import org.ammreader.model.Model;
import org.ammreader.ui.DialogService;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.ui.WriteFailureText;

/**
 * The briefing sheet's window: its pages as they will print, the paper (A4 or US Letter), the declaration in one
 * language or two, and Print… and Save as PDF…. The sheet is laid out off the FX thread; what is previewed is
 * the very PDF that is saved and printed. With no printer it says so and points to Save as PDF.
 */
public final class BriefingPreview {

    private static final List<String> STYLESHEETS = List.of(
            "/org/ammreader/ui/theme/light.css",
            "/org/ammreader/ui/briefing/briefing.css");

    private final Stage stage = new Stage();
    private final Model model;
    private final AreaFilter filter;
    private final String language;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<PrinterJob> printerJobs;
    private final BackgroundWork background;

    private final ChoiceBox<PaperSize> paper = new ChoiceBox<>();
    private final CheckBox bilingual;
    private final Button print;
    private final Button save;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final Label notice;
    private final VBox pages = new VBox();
    /** The number of the latest layout asked for: the result of an earlier one is abandoned. */
    private int builds;
    private PreviewSheet sheet;

    private BriefingPreview(Window owner, Model model, AreaFilter filter, String language, Messages messages,
                            DialogService dialogs, BackgroundWork background, Supplier<PrinterJob> printerJobs) {
        this.model = model;
        this.filter = filter;
        this.language = language;
        this.messages = messages;
        this.dialogs = dialogs;
        this.background = background;
        this.printerJobs = printerJobs;
        this.bilingual = new CheckBox(messages.get("briefing.bilingual"));
        this.print = new Button(messages.get("briefing.print"));
        this.save = new Button(messages.get("briefing.save"));
        this.notice = new Label(messages.get("briefing.noPrinter"));
        stage.initOwner(owner);
        stage.setTitle(messages.get("briefing.title", model.title().get(language)));
        stage.setScene(scene());
    }

    /**
     * Opens the preview of the briefing sheet for what the main window shows: its model, area filter and content
     * language. The window is owned by {@code owner} but not modal: the timeline stays usable.
     */
    public static BriefingPreview show(Window owner, Model model, AreaFilter filter, String language,
                                       Messages messages, DialogService dialogs, BackgroundWork background) {
        return show(owner, model, filter, language, messages, dialogs, background, PrinterJob::createPrinterJob);
    }

    /** As the public {@code show}, with the printer jobs given. */
    static BriefingPreview show(Window owner, Model model, AreaFilter filter, String language, Messages messages,
                                DialogService dialogs, BackgroundWork background, Supplier<PrinterJob> printerJobs) {
        BriefingPreview preview = new BriefingPreview(owner, model, filter, language, messages, dialogs, background,
                printerJobs);
        preview.stage.show();
        preview.rebuild();
        preview.checkPrinter();
        return preview;
    }

    Stage stage() {
        return stage;
    }

    private Scene scene() {
        paper.getItems().setAll(PaperSize.values());
        paper.setValue(PaperSize.A4);
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize size) {
                return size == null ? "" : paperName(size);
            }

            @Override
            public PaperSize fromString(String text) {
                throw new UnsupportedOperationException("the paper is chosen, not typed");
            }
        });
        paper.setId("briefing-paper");
        paper.valueProperty().addListener((obs, old, now) -> rebuild());
        bilingual.setId("briefing-bilingual");
        bilingual.selectedProperty().addListener((obs, old, now) -> rebuild());
        print.setId("briefing-print");
        print.setOnAction(event -> print());
        save.setId("briefing-save");
        save.getStyleClass().add("briefing-primary");
        save.setOnAction(event -> save());
        status.setId("briefing-status");
        progress.getStyleClass().add("briefing-progress");
        progress.managedProperty().bind(progress.visibleProperty());
        notice.setId("briefing-notice");
        notice.getStyleClass().add("briefing-notice");
        notice.setWrapText(true);
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());

        Label paperLabel = new Label(messages.get("briefing.paper"));
        paperLabel.setLabelFor(paper);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, paperLabel, paper, bilingual, spacer, progress, status, print, save);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("briefing-toolbar");

        pages.getStyleClass().add("briefing-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("briefing-scroll");

        BorderPane root = new BorderPane(scroll, new VBox(toolbar, notice), null, null, null);
        root.getStyleClass().add("briefing-preview");
        // A page's width plus room to breathe, never larger than the screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(900, screen.getWidth()), Math.min(1000, screen.getHeight() * 0.9));
        STYLESHEETS.forEach(sheet -> scene.getStylesheets().add(
                Objects.requireNonNull(BriefingPreview.class.getResource(sheet), sheet).toExternalForm()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        return scene;
    }

    private String paperName(PaperSize size) {
        return messages.get(size == PaperSize.LETTER ? "briefing.paper.letter" : "briefing.paper.a4");
    }

    /** Lays the sheet out again for the chosen paper and languages; a build still running is abandoned. */
    private void rebuild() {
        int build = ++builds;
        PaperSize size = paper.getValue();
        boolean both = bilingual.isSelected();
        float scale = (float) Math.max(1, stage.getOutputScaleX());
        busy(messages.get("briefing.building"));
        print.setDisable(true);
        save.setDisable(true);
        background.run(() -> PreviewSheet.build(model, filter, language, both, size, scale), built -> {
            if (build == builds) {
                show(built);
            }
        }, failure -> {
            if (build == builds) {
                idle(messages.get("briefing.buildFailed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private void show(PreviewSheet built) {
        sheet = built;
        pages.getChildren().clear();
        int count = built.pages().size();
        for (int i = 0; i < count; i++) {
            ImageView page = new ImageView(built.pages().get(i));
            page.setFitWidth(built.paper().width() * PreviewSheet.PREVIEW_DPI / 72);
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.getStyleClass().add("briefing-page");
            page.setAccessibleText(messages.get("briefing.pageOf", i + 1, count));
            pages.getChildren().add(page);
        }
        print.setDisable(false);
        save.setDisable(false);
        idle(messages.get("briefing.ready", count, paperName(built.paper())));
    }

    /** Says so up front when the computer has no printer at all; Print… then says it again. */
    private void checkPrinter() {
        // A printer that cannot even be asked for is as good as none.
        background.run(() -> Printer.getDefaultPrinter() != null, found -> notice.setVisible(!found),
                failure -> notice.setVisible(true));
    }

    private void print() {
        PreviewSheet current = sheet;
        if (current == null || print.isDisabled()) {
            return;
        }
        PrinterJob job = printerJobs.get();
        if (job == null) {
            notice.setVisible(true);
            save.requestFocus();
            return;
        }
        if (!dialogs.showPrintDialog(stage, job)) {
            job.cancelJob();
            return;
        }
        String printer = job.getPrinter().getName();
        busy(messages.get("briefing.printing", printer));
        run(() -> new BriefingPrinter().print(job, current.pdf(), current.paper(), stage.getTitle()), printed -> {
            if (printed) {
                idle(messages.get("briefing.printed", current.pages().size(), printer));
            } else {
                idle("");
                dialogs.showWarning(stage, messages.get("briefing.printFailed.title"),
                        messages.get("briefing.printFailed", printer));
            }
        }, failure -> dialogs.showWarning(stage, messages.get("briefing.printFailed.title"),
                messages.get("briefing.printFailed", printer) + "\n\n" + failure.getMessage()));
    }

    private void save() {
        PreviewSheet current = sheet;
        if (current == null || save.isDisabled()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(stage, messages.get("briefing.save.title"),
                model.id() + "-briefing-" + language + ".pdf", messages.get("briefing.save.filter"), "pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        busy(messages.get("briefing.saving", target.getFileName()));
        run(() -> {
            AtomicFiles.write(target, out -> out.write(current.pdf()));
            return target;
        }, saved -> idle(messages.get("briefing.saved", saved)), failure -> {
            String reason = failure instanceof IOException io
                    ? new WriteFailureText(messages).describe(target, WriteFailure.of(target, io))
                    : String.valueOf(failure.getMessage());
            dialogs.showWarning(stage, messages.get("briefing.saveFailed.title"), reason);
        });
    }

    /** Runs slow work on the worker; the outcome comes back on the FX thread, the window idle again. */
    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        print.setDisable(true);
        save.setDisable(true);
        background.run(work, result -> {
            enableActions();
            done.accept(result);
        }, failure -> {
            enableActions();
            idle("");
            failed.accept(failure);
        });
    }

    private void enableActions() {
        print.setDisable(sheet == null);
        save.setDisable(sheet == null);
    }

    private void busy(String text) {
        progress.setVisible(true);
        status.setText(text);
    }

    private void idle(String text) {
        progress.setVisible(false);
        status.setText(text);
    }
}
