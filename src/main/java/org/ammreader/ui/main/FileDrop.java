package org.ammreader.ui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.DialogService;

/**
 * A model file dropped on the window opens as File → Open… would open it, with the same checks and messages.
 * A folder, several files or a file that is not JSON is refused with a message saying what to drop instead.
 */
final class FileDrop {

    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Path> open;

    FileDrop(Messages messages, DialogService dialogs, Consumer<Path> open) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.open = open;
    }

    /** Accepts files dragged over {@code root} and handles their drop. */
    void attach(Parent root) {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> dropped(event, root));
    }

    private void dropped(DragEvent event, Parent root) {
        boolean files = event.getDragboard().hasFiles();
        event.setDropCompleted(files);
        event.consume();
        if (files) {
            List<File> dropped = List.copyOf(event.getDragboard().getFiles());
            // After the drop gesture has ended: a dialog shown inside it would hold the dragging application.
            Platform.runLater(() -> drop(dropped, root));
        }
    }

    /** What a drop of {@code files} does: opens one JSON file, or says why not. */
    void drop(List<File> files, Parent root) {
        if (files.size() != 1) {
            refuse(root, messages.get("drop.several", files.size()));
            return;
        }
        Path file = files.get(0).toPath();
        if (Files.isDirectory(file)) {
            refuse(root, messages.get("drop.folder", file.getFileName()));
        } else if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            refuse(root, messages.get("drop.notJson", file.getFileName()));
        } else {
            open.accept(file);
        }
    }

    private void refuse(Parent root, String text) {
        dialogs.showWarning(root.getScene().getWindow(), messages.get("drop.title"), text);
    }
}
