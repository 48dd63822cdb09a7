package org.ammreader.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.BriefingPeriod;
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

    /** Lays out the sheet as a PDF for a paper, languages, period and content language. */
    @FunctionalInterface
    interface SheetComposer {
        byte[] compose(PaperSize paper, boolean bilingual, BriefingPeriod period, String language)
                throws IOException;
    }

    private final Model model;
    private final AreaFilter filter;
    /** The sheet's content language: the window's at first, then any of the model's the preview chooses. */
    private final StringProperty language = new SimpleStringProperty(this, "language");
    private final Messages messages;
    private final BackgroundWork background;
    private final SheetComposer composer;
    private final PagePictures<P> pictures;

    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(this, "paper", PaperSize.A4);
    private final BooleanProperty bilingual = new SimpleBooleanProperty(this, "bilingual");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    /** Set while one end of the period is moved to follow the other: one composition, not two. */
    private boolean followingOtherEnd;
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

    /**
     * The preview of {@code model}'s sheet as the main window shows it: area filter, content language and the
     * period on screen, which the preview may then change.
     */
    public BriefingPreviewModel(Model model, AreaFilter filter, String language, BriefingPeriod period,
                                Messages messages, BackgroundWork background, PagePictures<P> pictures) {
        this(model, filter, language, period, messages, background, pictures, (size, both, days, chosen) ->
                new PdfBriefingWriter().toBytes(new BriefingComposer(Clock.systemDefaultZone()).compose(model, filter,
                        days, chosen, both), size));
    }

    BriefingPreviewModel(Model model, AreaFilter filter, String language, BriefingPeriod period, Messages messages,
                         BackgroundWork background, PagePictures<P> pictures, SheetComposer composer) {
        this.model = model;
        this.filter = filter;
        this.language.set(language);
        this.messages = messages;
        this.background = background;
        this.pictures = pictures;
        this.composer = composer;
        from.set(period.from());
        to.set(period.to());
        paper.addListener((obs, old, now) -> compose());
        bilingual.addListener((obs, old, now) -> compose());
        this.language.addListener((obs, old, now) -> compose());
        from.addListener((obs, old, now) -> periodChanged(from, old, now, to, now != null && now.isAfter(to.get())));
        to.addListener((obs, old, now) -> periodChanged(to, old, now, from, now != null && now.isBefore(from.get())));
    }

    /**
     * One end of the period moved: an end cleared (an unreadable date typed) is put back; an end moved past the
     * other takes the other with it, so that the period is never reversed; then the sheet is composed again.
     */
    private void periodChanged(ObjectProperty<LocalDate> end, LocalDate old, LocalDate now,
                               ObjectProperty<LocalDate> other, boolean passesOther) {
        if (followingOtherEnd) {
            return;
        }
        if (now == null) {
            followingOtherEnd = true;
            end.set(old);
            followingOtherEnd = false;
            return;
        }
        if (passesOther) {
            followingOtherEnd = true;
            other.set(now);
            followingOtherEnd = false;
        }
        compose();
    }

    /** Lays the sheet out for the chosen paper and languages; a composition still running is dropped. */
    public void compose() {
        int composition = ++compositions;
        PaperSize size = paper.get();
        boolean both = bilingual.get();
        String chosen = language.get();
        BriefingPeriod period = new BriefingPeriod(from.get(), to.get());
        busy(messages.get("briefing.building"));
        background.run(() -> {
            byte[] laidOut = composer.compose(size, both, period, chosen);
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

    /** The name the saved PDF is offered under: the model's, the filter's and the content language's. */
    public String suggestedFileName() {
        return ExportNames.of(model, filter, language.get(), "pdf");
    }

    /** The window's title: the briefing of the meeting week, in the content language. */
    public String title() {
        return messages.get("briefing.title", model.title().get(language.get()));
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    /** The first day of the sheet's period; never after {@link #toProperty()}, never left empty. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day of the sheet's period; never before {@link #fromProperty()}, never left empty. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The days a date picker offers: the model's. */
    public BriefingPeriod modelDays() {
        return BriefingPeriod.whole(model);
    }

    /** The sheet's content language, one of the model's. */
    public StringProperty languageProperty() {
        return language;
    }

    /** The languages the sheet can be composed in: the model's. */
    public List<String> languages() {
        return model.languages();
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
