package org.ammreader.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.stage.Window;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PictureTooLargeException;
import org.ammreader.export.PngExporter;
import org.ammreader.i18n.Messages;
import org.ammreader.info.AppInfo;
import org.ammreader.io.WriteFailure;
import org.ammreader.model.Model;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.PngExportChoice;
import org.ammreader.ui.WriteFailureText;
import org.ammreader.ui.timeline.MeetingTimeline;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.ExportNames;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.Notice;
import org.ammreader.viewmodel.SaveFolders;

/**
 * File → Export timeline as PNG…: asks for the scale and range, then where to save, then draws and writes the
 * picture in the background with its progress in the status bar. The picture follows the window's model, area
 * filter and content language.
 */
public final class PngExportAction {

    private final MainViewModel viewModel;
    private final MeetingTimeline timeline;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final Messages messages;
    private final PngExporter exporter = new PngExporter();
    private int lastScale = PictureRequest.DEFAULT_SCALE;

    public PngExportAction(MainViewModel viewModel, MeetingTimeline timeline, DialogService dialogs,
                           BackgroundWork background, Messages messages) {
        this.viewModel = viewModel;
        this.timeline = timeline;
        this.dialogs = dialogs;
        this.background = background;
        this.messages = messages;
    }

    public void run(Window owner) {
        Model model = viewModel.modelProperty().get();
        if (model == null) {
            return;
        }
        double screenPixelsPerHour = timeline.pixelsPerHour();
        Instant visibleStart = timeline.view().getVisibleStart();
        Instant visibleEnd = timeline.view().getVisibleEnd();
        dialogs.askPngExport(owner, lastScale,
                choice -> request(model, choice, screenPixelsPerHour, visibleStart, visibleEnd), exporter)
                .ifPresent(choice -> {
                    lastScale = choice.scale();
                    SaveFolders folders = viewModel.saveFolders();
                    String suggested = ExportNames.of(model, viewModel.areaFilterProperty().get(),
                            viewModel.contentLanguageProperty().get(), "png");
                    dialogs.chooseSaveFile(owner, messages.get("png.save.title"), folders.folder(SaveFolders.PNG),
                            suggested, messages.get("png.save.filter"), "png").ifPresent(target -> {
                                folders.saved(SaveFolders.PNG, target);
                                write(owner, request(model, choice, screenPixelsPerHour, visibleStart, visibleEnd),
                                        target);
                            });
                });
    }

    private PictureRequest request(Model model, PngExportChoice choice, double screenPixelsPerHour,
                                   Instant visibleStart, Instant visibleEnd) {
        PictureRequest week = PictureRequest.wholeWeek(model, viewModel.areaFilterProperty().get(),
                viewModel.contentLanguageProperty().get(), viewModel.laneGroupingProperty().get(), choice.scale(),
                LocalDate.now(), AppInfo.version());
        Instant start = choice.visibleRange() ? visibleStart : week.start();
        Instant end = choice.visibleRange() ? visibleEnd : week.end();
        double hours = (end.toEpochMilli() - start.toEpochMilli()) / 3_600_000.0;
        double pixelsPerHour = choice.screenZoom() ? screenPixelsPerHour : PictureRequest.DEFAULT_WEEK_WIDTH / hours;
        return new PictureRequest(week.model(), week.filter(), week.language(), week.lanes(), start, end,
                pixelsPerHour,
                week.scale(), week.exportedOn(), week.appVersion());
    }

    private void write(Window owner, PictureRequest request, Path target) {
        viewModel.noticeProperty().set(Notice.of("png.progress", 0));
        background.run(() -> exporter.export(request, target, (done, total) -> Platform.runLater(() ->
                viewModel.noticeProperty().set(Notice.of("png.progress", 100 * done / total)))), size ->
                viewModel.noticeProperty().set(Notice.of("png.saved", target.getFileName(), size.width(),
                        size.height())), failure -> {
            if (failure instanceof PictureTooLargeException tooLarge) {
                fail(owner, messages.get("png.tooLargeShort", tooLarge.width(), tooLarge.height()));
            } else if (failure instanceof IOException io) {
                fail(owner, new WriteFailureText(messages).describe(target, WriteFailure.of(target, io)));
            } else if (!(failure instanceof InterruptedException)) {
                throw new IllegalStateException("the picture could not be exported to " + target, failure);
            }
        });
    }

    private void fail(Window owner, String message) {
        viewModel.noticeProperty().set(null);
        dialogs.showWarning(owner, messages.get("png.failed"), message);
    }
}
