package org.ammreader.viewmodel;

import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The folder last used for each kind of file saved ("png", "pdf", "ics"): each save dialog starts there. The
 * application fills it from the settings and writes it back when it changes.
 */
public final class SaveFolders {

    public static final String PNG = "png";
    public static final String PDF = "pdf";
    public static final String ICS = "ics";

    private final ObservableMap<String, Path> folders = FXCollections.observableHashMap();

    /** Where to start saving a file of {@code kind}; null when none has been saved yet. */
    public Path folder(String kind) {
        return folders.get(kind);
    }

    /** Remembers the folder of {@code file}, just saved as {@code kind}. */
    public void saved(String kind, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            folders.put(kind, folder);
        }
    }

    /** Every kind's folder, for the settings. */
    public ObservableMap<String, Path> all() {
        return folders;
    }
}
