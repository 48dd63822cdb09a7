package org.ammreader.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be written, in terms a person can act on, so that the command line and the window can
 * each say it in their own words.
 */
public record WriteFailure(Kind kind, Path target, String detail) {

    public enum Kind {
        /** The folder the file should go in does not exist. */
        FOLDER_MISSING,
        /** The target is a folder, not a file name. */
        IS_FOLDER,
        /** The system refused: permissions, a read-only disk. */
        DENIED,
        /** No space left on the disk. */
        DISK_FULL,
        /** Anything else; {@link #detail} has the system's message. */
        OTHER
    }

    /** Classifies the failure to write {@code target}. */
    public static WriteFailure of(Path target, IOException e) {
        Path absolute = target.toAbsolutePath();
        String message = String.valueOf(e.getMessage());
        if (Files.isDirectory(absolute)) {
            return new WriteFailure(Kind.IS_FOLDER, absolute, message);
        }
        Path folder = absolute.getParent();
        if (e instanceof NoSuchFileException || folder == null || !Files.isDirectory(folder)) {
            return new WriteFailure(Kind.FOLDER_MISSING, absolute, message);
        }
        if (e instanceof AccessDeniedException || message.contains("Read-only file system")) {
            return new WriteFailure(Kind.DENIED, absolute, message);
        }
        String reason = e instanceof FileSystemException fileSystem ? String.valueOf(fileSystem.getReason()) : message;
        if (reason.contains("No space left on device") || message.contains("No space left on device")) {
            return new WriteFailure(Kind.DISK_FULL, absolute, message);
        }
        return new WriteFailure(Kind.OTHER, absolute, message);
    }

    /** The folder the file was meant for. */
    public Path folder() {
        Path folder = target.getParent();
        return folder == null ? target : folder;
    }
}
