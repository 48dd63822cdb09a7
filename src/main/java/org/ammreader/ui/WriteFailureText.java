package org.ammreader.ui;

import java.nio.file.Path;
import org.ammreader.i18n.Messages;
import org.ammreader.io.WriteFailure;

/** Says in the interface language why a file was not written and what to do, for every export of the window. */
public final class WriteFailureText {

    private final Messages messages;

    public WriteFailureText(Messages messages) {
        this.messages = messages;
    }

    /** The reason, then the reassurance that nothing was left behind. */
    public String describe(Path target, WriteFailure failure) {
        String reason = switch (failure.kind()) {
            case FOLDER_MISSING -> messages.get("write.folderMissing", failure.folder());
            case IS_FOLDER -> messages.get("write.isFolder", failure.target());
            case DENIED -> messages.get("write.denied", failure.folder());
            case DISK_FULL -> messages.get("write.diskFull");
            case OTHER -> messages.get("write.other", failure.detail());
        };
        return reason + "\n\n" + messages.get("write.nothingLeft");
    }
}
