package org.ammreader.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import javafx.stage.Window;
import org.ammreader.calendar.CalendarWriter;
import org.ammreader.i18n.Messages;
import org.ammreader.info.AppInfo;
import org.ammreader.io.WriteFailure;
import org.ammreader.model.Model;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.WriteFailureText;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.ExportNames;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.Notice;
import org.ammreader.viewmodel.SaveFolders;

/**
 * File → Export calendar…: asks where to save, then writes the meetings the area filter shows as an iCalendar
 * file in the content language, in the background; the status bar says how many events it holds.
 */
public final class CalendarExportAction {

    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final Messages messages;

    public CalendarExportAction(MainViewModel viewModel, DialogService dialogs, BackgroundWork background,
                                Messages messages) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.background = background;
        this.messages = messages;
    }

    public void run(Window owner) {
        Model model = viewModel.modelProperty().get();
        if (model == null) {
            return;
        }
        CalendarWriter writer = new CalendarWriter(model, viewModel.areaFilterProperty().get(),
                viewModel.contentLanguageProperty().get());
        SaveFolders folders = viewModel.saveFolders();
        dialogs.chooseSaveFile(owner, messages.get("ics.save.title"), folders.folder(SaveFolders.ICS),
                ExportNames.of(model, viewModel.areaFilterProperty().get(), viewModel.contentLanguageProperty().get(),
                        "ics"), messages.get("ics.save.filter"), "ics").ifPresent(target -> {
                            folders.saved(SaveFolders.ICS, target);
                            write(owner, writer, target);
                        });
    }

    private void write(Window owner, CalendarWriter writer, Path target) {
        background.run(() -> writer.write(target, Instant.now(), AppInfo.name() + " " + AppInfo.version()),
                events -> viewModel.noticeProperty().set(Notice.of("ics.saved", target.getFileName(), events)),
                failure -> {
                    if (!(failure instanceof IOException io)) {
                        throw new IllegalStateException("the calendar could not be exported to " + target, failure);
                    }
                    viewModel.noticeProperty().set(null);
                    dialogs.showWarning(owner, messages.get("ics.failed"),
                            new WriteFailureText(messages).describe(target, WriteFailure.of(target, io)));
                });
    }
}
