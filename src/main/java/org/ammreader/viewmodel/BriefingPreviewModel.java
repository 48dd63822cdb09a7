package org.ammreader.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.PaperSize;
import org.ammreader.briefing.PdfBriefingWriter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.AtomicFiles;
import org.ammreader.model.Model;

/**
 * The briefing preview's state: the paper, the declaration in one language or two, the sheet composed for them
 * (its PDF and its pages as pictured), whether work is running, what the window says, and whether Print… and
 * Save as PDF… can be used. Any change of paper or languages composes the sheet again through the one
 * {@link BackgroundWork}; a composition overtaken by a newer one is dropped.
 *
 * @param <P> one page as the window shows it; the view-model only holds the pictures (ADR 0010: rendering
 *            images is the view's)
 */
public final class BriefingPreviewModel<P> {

    /** Pictures a composed sheet's pages for the window; called in the background, it may be slow. */
    @FunctionalInterface
    public interface PagePictures<P> {
        List<P> of(byte[] pdf) throws IOException;
    }

    /** Sends the composed sheet somewhere slow (a printer); called in the background; false when refused. */
    @FunctionalInterface
    public interface SheetOutput {
        boolean send(byte[] pdf, PaperSize paper) throws Exception;
    }

    /** Lays out the sheet as a PDF for a paper and languages. */
    @FunctionalInterface
    interface SheetComposer {
        byte[] compose(PaperSize paper, boolean bilingual) throws IOException;
    }

    private final Model model;
    private final String language;
    private final Messages messages;
    private final BackgroundWork background;
    private final SheetComposer composer;
    private final PagePictures<P> pictures;

    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(this, "paper", PaperSize.A4);
    private final BooleanProperty bilingual = new SimpleBooleanProperty(this, "bilingual");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final ObservableList<P> pages = FXCollections.observableArrayList();
    private final ObservableList<P> pagesView = FXCollections.unmodifiableObservableList(pages);
    private final BooleanProperty composed = new SimpleBooleanProperty(this, "composed");
    private final BooleanBinding canUseSheet = composed.and(busy.not());
    /** The number of the latest composition asked for: the result of an earlier one is dropped. */
    private int compositions;
    private byte[] pdf;
    private PaperSize composedPaper = PaperSize.A4;

    /** The preview of {@code model}'s sheet as the main window shows it: area filter and content language. */
    public BriefingPreviewModel(Model model, AreaFilter filter, String language, Messages messages,
                                BackgroundWork background, PagePictures<P> pictures) {
        this(model, language, messages, background, pictures, (size, both) -> new PdfBriefingWriter().toBytes(
                new BriefingComposer(Clock.systemDefaultZone()).compose(model, filter, language, both), size));
    }

    BriefingPreviewModel(Model model, String language, Messages messages, BackgroundWork background,
                         PagePictures<P> pictures, SheetComposer composer) {
        this.model = model;
        this.language = language;
        this.messages = messages;
        this.background = background;
        this.pictures = pictures;
        this.composer = composer;
        paper.addListener((obs, old, now) -> compose());
        bilingual.addListener((obs, old, now) -> compose());
    }

    /** Lays the sheet out for the chosen paper and languages; a composition still running is dropped. */
    public void compose() {
        int composition = ++compositions;
        PaperSize size = paper.get();
        boolean both = bilingual.get();
        busy(messages.get("briefing.building"));
        background.run(() -> {
            byte[] laidOut = composer.compose(size, both);
            return new Composed<>(laidOut, pictures.of(laidOut));
        }, done -> {
            if (composition == compositions) {
                pdf = done.pdf();
                composedPaper = size;
                pages.setAll(done.pages());
                pageCount.set(done.pages().size());
                composed.set(true);
                idle(messages.get("briefing.ready", pageCount.get(), paperName(size)));
            }
        }, failure -> {
            if (composition == compositions) {
                idle(messages.get("briefing.buildFailed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private record Composed<P>(byte[] pdf, List<P> pages) {
    }

    /**
     * Prints the composed sheet through {@code printer}; {@code refused} is told, on the UI thread, what to say
     * when the printer refused or failed.
     */
    public void print(String printerName, SheetOutput printer, Consumer<String> refused) {
        byte[] sheet = pdf;
        PaperSize size = composedPaper;
        int count = pageCount.get();
        String failed = messages.get("briefing.printFailed", printerName);
        busy(messages.get("briefing.printing", printerName));
        run(() -> printer.send(sheet, size), printed -> {
            if (printed) {
                idle(messages.get("briefing.printed", count, printerName));
            } else {
                idle("");
                refused.accept(failed);
            }
        }, failure -> refused.accept(failed + "\n\n" + failure.getMessage()));
    }

    /** Saves the composed sheet as {@code target}, atomically; {@code failed} is told, on the UI thread, why not. */
    public void save(Path target, Consumer<Exception> failed) {
        byte[] sheet = pdf;
        busy(messages.get("briefing.saving", target.getFileName()));
        run(() -> {
            AtomicFiles.write(target, out -> out.write(sheet));
            return target;
        }, saved -> idle(messages.get("briefing.saved", saved)), failed);
    }

    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        background.run(work, done::accept, failure -> {
            idle("");
            failed.accept(failure);
        });
    }

    private void busy(String text) {
        busy.set(true);
        message.set(text);
    }

    private void idle(String text) {
        busy.set(false);
        message.set(text);
    }

    /** The paper's name as the window shows it. */
    public String paperName(PaperSize size) {
        return messages.get(size == PaperSize.LETTER ? "briefing.paper.letter" : "briefing.paper.a4");
    }

    /** The paper of the sheet last composed, whose pages {@link #pages()} holds; A4 until one is. */
    public PaperSize composedPaper() {
        return composedPaper;
    }

    /** The name the saved PDF is offered under: the model's and the content language's. */
    public String suggestedFileName() {
        return model.id() + "-briefing-" + language + ".pdf";
    }

    /** The window's title: the briefing of the meeting week, in the content language. */
    public String title() {
        return messages.get("briefing.title", model.title().get(language));
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    /** Whether the declaration is given in both languages, not only the content language. */
    public BooleanProperty bilingualProperty() {
        return bilingual;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the window says: the work running, the sheet's size, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The composed sheet's pages, as pictured; replaced as a whole when a composition ends. */
    public ObservableList<P> pages() {
        return pagesView;
    }

    /** A sheet is composed and nothing is running: Print… can be used. */
    public ObservableBooleanValue canPrint() {
        return canUseSheet;
    }

    /** A sheet is composed and nothing is running: Save as PDF… can be used. */
    public ObservableBooleanValue canSave() {
        return canUseSheet;
    }
}
