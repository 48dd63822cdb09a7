package org.ammreader.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Plain text onto the system clipboard: the one way the application copies (the reader, the problem dialogs). */
public final class TextClipboard {

    private TextClipboard() {
    }

    public static void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Makes the dialog's {@code copy} button copy {@code text}, leaving the dialog open. */
    public static void copyButton(DialogPane pane, ButtonType copy, String text) {
        pane.lookupButton(copy).addEventFilter(ActionEvent.ACTION, event -> {
            put(text);
            event.consume();
        });
    }
}
