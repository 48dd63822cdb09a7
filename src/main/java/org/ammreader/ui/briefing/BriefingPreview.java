package org.ammreader.ui.briefing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.ammreader.briefing.BriefingPeriod;
import org.ammreader.briefing.PaperSize;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.WriteFailure;
import org.ammreader.model.Model;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.reader.LanguageNames;
import org.ammreader.ui.WriteFailureText;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.BriefingPreviewModel;
import org.ammreader.viewmodel.SaveFolders;

/**
 * The briefing sheet's window: its pages as they will print, the paper (A4 or US Letter), the declaration in one
 * language or two, and Print… and Save as PDF…. The sheet is laid out off the FX thread; what is previewed is
 * the very PDF that is saved and printed. With no printer it says so and points to Save as PDF. Its state lives in
 * a {@link BriefingPreviewModel}; the view binds to it, pictures the pages and asks for files and printers.
 */
public final class BriefingPreview {

    /**
     * The smallest the window can be made: the toolbar wraps down to this width and still shows every French label
     * whole (the period's row is the widest thing that cannot wrap).
     */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 420;

    /** The preview's styles, after the theme's: the window follows the theme, its pages stay paper-white. */
    private static final List<String> STYLESHEETS = List.of("/org/ammreader/ui/briefing/briefing.css");

    private final Stage stage = new Stage();
    private final Messages messages;
    private final DialogService dialogs;
    private final SaveFolders folders;
    private final Supplier<PrinterJob> printerJobs;
    private final BackgroundWork background;
    private final BriefingPreviewModel<Image> viewModel;
    private final Appearance appearance;

    private final ChoiceBox<PaperSize> paper = new ChoiceBox<>();
    private final ChoiceBox<String> language = new ChoiceBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button allDays;
    private final CheckBox bilingual;
    private final Button print;
    private final Button save;
    private final Button close;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final Label notice;
    private final VBox pages = new VBox();
    /** The window's output scale, read on the FX thread, for pages pictured in the background. */
    private volatile float scale = 1;

    private BriefingPreview(Window owner, Model model, AreaFilter filter, String language, BriefingPeriod period,
                            Messages messages, Appearance appearance, DialogService dialogs, SaveFolders folders,
                            BackgroundWork background, Supplier<PrinterJob> printerJobs) {
        this.messages = messages;
        this.appearance = appearance;
        this.dialogs = dialogs;
        this.folders = folders;
        this.background = background;
        this.printerJobs = printerJobs;
        this.viewModel = new BriefingPreviewModel<>(model, filter, language, period, messages, background,
                pdf -> PageImages.renderAll(pdf, PageImages.PREVIEW_DPI * scale));
        this.bilingual = new CheckBox(messages.get("briefing.bilingual"));
        this.allDays = new Button(messages.get("briefing.allDays"));
        this.print = new Button(messages.get("briefing.print"));
        this.save = new Button(messages.get("briefing.save"));
        this.close = new Button(messages.get("dialog.close"));
        this.notice = new Label(messages.get("briefing.noPrinter"));
        stage.initOwner(owner);
        stage.setTitle(viewModel.title());
        stage.setScene(scene());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.outputScaleXProperty().addListener((obs, old, now) -> scale = (float) Math.max(1, now.doubleValue()));
    }

    /**
     * Opens the preview of the briefing sheet for what the main window shows: its model, area filter, content
     * language and the period on screen. The window is owned by {@code owner} but not modal: the timeline stays
     * usable.
     */
    public static BriefingPreview show(Window owner, Model model, AreaFilter filter, String language,
                                       BriefingPeriod period, Messages messages, Appearance appearance,
                                       DialogService dialogs, SaveFolders folders, BackgroundWork background) {
        return show(owner, model, filter, language, period, messages, appearance, dialogs, folders, background,
                PrinterJob::createPrinterJob);
    }

    /** As the public {@code show}, with the printer jobs given. */
    static BriefingPreview show(Window owner, Model model, AreaFilter filter, String language, BriefingPeriod period,
                                Messages messages, Appearance appearance, DialogService dialogs, SaveFolders folders,
                                BackgroundWork background, Supplier<PrinterJob> printerJobs) {
        BriefingPreview preview = new BriefingPreview(owner, model, filter, language, period, messages, appearance,
                dialogs, folders, background, printerJobs);
        preview.stage.show();
        preview.viewModel.compose();
        preview.checkPrinter();
        return preview;
    }

    Stage stage() {
        return stage;
    }

    private Scene scene() {
        paper.getItems().setAll(PaperSize.values());
        paper.valueProperty().bindBidirectional(viewModel.paperProperty());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize size) {
                return size == null ? "" : viewModel.paperName(size);
            }

            @Override
            public PaperSize fromString(String text) {
                throw new UnsupportedOperationException("the paper is chosen, not typed");
            }
        });
        paper.setId("briefing-paper");
        language.getItems().setAll(viewModel.languages());
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : LanguageNames.of(code, messages);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("the language is chosen, not typed");
            }
        });
        language.setId("briefing-language");
        viewModel.languageProperty().addListener((obs, old, now) -> stage.setTitle(viewModel.title()));
        bilingual.setId("briefing-bilingual");
        bilingual.selectedProperty().bindBidirectional(viewModel.bilingualProperty());
        print.setId("briefing-print");
        print.disableProperty().bind(Bindings.not(viewModel.canPrint()));
        print.setOnAction(event -> print());
        save.setId("briefing-save");
        save.getStyleClass().add("briefing-primary");
        save.disableProperty().bind(Bindings.not(viewModel.canSave()));
        save.setOnAction(event -> save());
        close.setId("briefing-close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        status.setId("briefing-status");
        status.textProperty().bind(viewModel.messageProperty());
        progress.getStyleClass().add("briefing-progress");
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        viewModel.pages().addListener((ListChangeListener<Image>) change -> showPages());
        notice.setId("briefing-notice");
        notice.getStyleClass().add("briefing-notice");
        notice.setWrapText(true);
        notice.setVisible(false);
        notice.managedProperty().bind(notice.visibleProperty());

        Label paperLabel = new Label(messages.get("briefing.paper"));
        paperLabel.setLabelFor(paper);
        // What the sheet covers above, what to do with it below: one line held all of it in English only and cut
        // the French labels. The choices wrap onto another line in a narrow window rather than cut theirs.
        HBox paperChoice = new HBox(8, paperLabel, paper);
        paperChoice.setAlignment(Pos.CENTER_LEFT);
        Label languageLabel = new Label(messages.get("briefing.language"));
        languageLabel.setLabelFor(language);
        languageLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox languageChoice = new HBox(8, languageLabel, language);
        languageChoice.setAlignment(Pos.CENTER_LEFT);
        FlowPane choices = new FlowPane(24, 8, periodChoice(), languageChoice, paperChoice, bilingual);
        choices.setAlignment(Pos.CENTER_LEFT);
        for (Labeled labeled : List.of(paperLabel, bilingual, print, save, close, allDays)) {
            labeled.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.setMinWidth(0);
        HBox actions = new HBox(8, progress, status, spacer, print, save, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(8, choices, actions);
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
        appearance.style(scene, STYLESHEETS);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        return scene;
    }

    /**
     * "Period: [from] to [to] [All days]": the days the sheet covers, the period on screen when the preview opened.
     * The pickers offer the model's days and write dates in the interface's language; a typed date that cannot be
     * read is put back.
     */
    private HBox periodChoice() {
        Label label = new Label(messages.get("briefing.period"));
        label.setLabelFor(from);
        Label between = new Label(messages.get("briefing.period.to"));
        between.setLabelFor(to);
        BriefingPeriod days = viewModel.modelDays();
        for (DatePicker picker : List.of(from, to)) {
            picker.setConverter(new PickerDates(messages.locale(), picker::getValue));
            picker.setDayCellFactory(view -> new DateCell() {
                @Override
                public void updateItem(LocalDate day, boolean empty) {
                    super.updateItem(day, empty);
                    setDisable(empty || day == null || !days.includes(day));
                }
            });
            picker.getStyleClass().add("briefing-date");
            // A date that could not be read leaves the value as it was, and the typed text with it: write the
            // date back once the picker has taken (or refused) what was typed.
            picker.getEditor().addEventHandler(ActionEvent.ACTION, event -> Platform.runLater(() -> showValue(picker)));
            picker.getEditor().focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    Platform.runLater(() -> showValue(picker));
                }
            });
        }
        from.setId("briefing-from");
        to.setId("briefing-to");
        from.setAccessibleText(messages.get("briefing.period.from.accessible"));
        to.setAccessibleText(messages.get("briefing.period.to.accessible"));
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        allDays.setId("briefing-all-days");
        allDays.setOnAction(event -> {
            viewModel.toProperty().set(days.to());
            viewModel.fromProperty().set(days.from());
        });
        label.setMinWidth(Region.USE_PREF_SIZE);
        between.setMinWidth(Region.USE_PREF_SIZE);
        HBox period = new HBox(6, label, from, between, to, allDays);
        period.setAlignment(Pos.CENTER_LEFT);
        return period;
    }

    private static void showValue(DatePicker picker) {
        picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
    }

    /** Pictures the composed sheet's pages, each at its paper's width on screen. */
    private void showPages() {
        List<Image> images = viewModel.pages();
        double width = viewModel.composedPaper().width() * PageImages.PREVIEW_DPI / 72;
        pages.getChildren().clear();
        for (int i = 0; i < images.size(); i++) {
            ImageView page = new ImageView(images.get(i));
            page.setFitWidth(width);
            page.setPreserveRatio(true);
            page.setSmooth(true);
            page.getStyleClass().add("briefing-page");
            page.setAccessibleText(messages.get("briefing.pageOf", i + 1, images.size()));
            pages.getChildren().add(page);
        }
    }

    /** Says so up front when the computer has no printer at all; Print… then says it again. */
    private void checkPrinter() {
        // A printer that cannot even be asked for is as good as none.
        background.run(() -> Printer.getDefaultPrinter() != null, found -> notice.setVisible(!found),
                failure -> notice.setVisible(true));
    }

    private void print() {
        if (print.isDisabled()) {
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
        String title = stage.getTitle();
        viewModel.print(job.getPrinter().getName(), (pdf, size) -> new BriefingPrinter().print(job, pdf, size, title),
                text -> dialogs.showWarning(stage, messages.get("briefing.printFailed.title"), text));
    }

    private void save() {
        if (save.isDisabled()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(stage, messages.get("briefing.save.title"),
                folders.folder(SaveFolders.PDF), viewModel.suggestedFileName(), messages.get("briefing.save.filter"),
                "pdf");
        chosen.ifPresent(target -> folders.saved(SaveFolders.PDF, target));
        chosen.ifPresent(target -> viewModel.save(target, failure -> {
            String reason = failure instanceof IOException io
                    ? new WriteFailureText(messages).describe(target, WriteFailure.of(target, io))
                    : String.valueOf(failure.getMessage());
            dialogs.showWarning(stage, messages.get("briefing.saveFailed.title"), reason);
        }));
    }
}
