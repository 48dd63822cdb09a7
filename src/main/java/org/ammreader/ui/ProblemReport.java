package org.ammreader.ui;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.ammreader.i18n.Messages;
import org.ammreader.ui.theme.Appearance;

/**
 * Tells the user that something unexpected happened and that the application carries on: a dialog that does not
 * block, with the details, where they were written, and a button to copy them for a report.
 */
final class ProblemReport {

    private ProblemReport() {
    }

    static void show(Window owner, Messages messages, Appearance appearance, String details, Path log) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        appearance.dress(alert, FxDialogService.SHEETS);
        alert.setTitle(messages.get("crash.title"));
        alert.setHeaderText(messages.get("crash.header"));
        alert.setContentText(messages.get("crash.body", log));
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add("crash-details");
        text.setPrefRowCount(12);
        // Stack traces have long lines: without a set width the dialog would grow wider than the screen.
        text.setPrefColumnCount(72);
        alert.getDialogPane().setExpandableContent(text);
        ButtonType copy = new ButtonType(messages.get("crash.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy,
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        TextClipboard.copyButton(alert.getDialogPane(), copy, details);
        alert.getDialogPane().setPrefWidth(560);
        alert.setResizable(true);
        alert.show();
    }
}
