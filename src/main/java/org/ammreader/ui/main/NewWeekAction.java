package org.ammreader.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.io.WriteFailure;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.WriteFailureText;
import org.ammreader.viewmodel.BackgroundWork;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.viewmodel.Notice;
import org.ammreader.viewmodel.NewWeek;

/**
 * File → New week…: asks for the week, then where to save it, writes the new model in the background and opens
 * it as File → Open… does (so that live reload follows the author's edits); the status bar says where the
 * format is described.
 */
final class NewWeekAction {

    private final MainViewModel viewModel;
    private final DialogService dialogs;
    private final BackgroundWork background;
    private final Messages messages;
    private final Consumer<Path> open;

    /** {@code open}: opens a model file as File → Open… does. */
    NewWeekAction(MainViewModel viewModel, DialogService dialogs, BackgroundWork background, Messages messages,
                  Consumer<Path> open) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.background = background;
        this.messages = messages;
        this.open = open;
    }

    void run(Window owner) {
        dialogs.askNewWeek(owner).ifPresent(week -> dialogs.chooseSaveFile(owner, messages.get("newWeek.save.title"),
                        null, week.suggestedFileName(), messages.get("dialog.open.filter"), "json")
                .ifPresent(target -> write(owner, week, target)));
    }

    private void write(Window owner, NewWeek week, Path target) {
        background.run(() -> {
            week.write(target);
            return target;
        }, written -> {
            viewModel.noticeProperty().set(Notice.of("newWeek.written", written));
            open.accept(written);
        }, failure -> {
            if (!(failure instanceof IOException io)) {
                throw new IllegalStateException("the new week could not be written to " + target, failure);
            }
            dialogs.showWarning(owner, messages.get("newWeek.failed"),
                    new WriteFailureText(messages).describe(target, WriteFailure.of(target, io)));
        });
    }
}
