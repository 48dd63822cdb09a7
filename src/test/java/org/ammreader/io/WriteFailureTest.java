package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a write fails is told apart, so that the messages can say what to do about it. */
class WriteFailureTest {

    @TempDir
    Path folder;

    @Test
    void missingFolder() {
        Path target = folder.resolve("gone").resolve("b.pdf");
        WriteFailure failure = WriteFailure.of(target, new IOException("whatever"));
        assertEquals(WriteFailure.Kind.FOLDER_MISSING, failure.kind());
        assertEquals(folder.resolve("gone"), failure.folder());
    }

    @Test
    void targetIsAFolder() throws IOException {
        Path target = Files.createDirectory(folder.resolve("b.pdf"));
        assertEquals(WriteFailure.Kind.IS_FOLDER, WriteFailure.of(target, new IOException("x")).kind());
    }

    @Test
    void deniedAndReadOnly() {
        Path target = folder.resolve("b.pdf");
        assertEquals(WriteFailure.Kind.DENIED, WriteFailure.of(target, new AccessDeniedException("b.pdf")).kind());
        assertEquals(WriteFailure.Kind.DENIED,
                WriteFailure.of(target, new FileSystemException("b.pdf", null, "Read-only file system")).kind());
    }

    @Test
    void diskFull() {
        Path target = folder.resolve("b.pdf");
        assertEquals(WriteFailure.Kind.DISK_FULL,
                WriteFailure.of(target, new IOException("No space left on device")).kind());
        assertEquals(WriteFailure.Kind.DISK_FULL,
                WriteFailure.of(target, new FileSystemException("b.pdf", null, "No space left on device")).kind());
    }

    @Test
    void anythingElseKeepsTheSystemsWords() {
        WriteFailure failure = WriteFailure.of(folder.resolve("b.pdf"), new IOException("Input/output error"));
        assertEquals(WriteFailure.Kind.OTHER, failure.kind());
        assertEquals("Input/output error", failure.detail());
    }
}
