package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.ammreader.testing.FolderContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing never leaves a half-written file: the old content or the new, and no temporary file. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aWriterThatFailsMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("week.png");
        Files.writeString(target, "the previous picture");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[64 * 1024]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", failure.getMessage());
        assertEquals("the previous picture", Files.readString(target));
        assertEquals(List.of(target), FolderContents.of(folder));
    }

    @Test
    void aRuntimeFailureMidwayIsCleanedUpToo() throws IOException {
        Path target = folder.resolve("sheet.pdf");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("drawing failed");
        }));
        assertEquals(List.of(), FolderContents.of(folder));
    }

    @Test
    void aTargetThatIsAFolderIsRefusedAndLeftAlone() throws IOException {
        Path target = Files.createDirectory(folder.resolve("week.png"));
        assertThrows(FileSystemException.class, () -> AtomicFiles.write(target, out -> out.write(1)));
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), FolderContents.of(folder));
    }

    @Test
    void aMissingFolderIsRefused() {
        Path target = folder.resolve("missing").resolve("week.png");
        assertThrows(NoSuchFileException.class, () -> AtomicFiles.write(target, out -> out.write(1)));
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aWrittenFileHasTheContentAndOrdinaryPermissions() throws IOException {
        Path target = folder.resolve("week.png");
        AtomicFiles.write(target, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), FolderContents.of(folder));
        if (Files.getFileAttributeView(target, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertTrue(Files.getPosixFilePermissions(target).contains(PosixFilePermission.GROUP_READ)
                    || Files.getPosixFilePermissions(folder).stream().noneMatch(p -> p == PosixFilePermission.GROUP_READ),
                    "readable like any file the user saves: " + Files.getPosixFilePermissions(target));
        }
    }
}
