package org.ammreader.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, to check that a failed write left nothing behind (no temporary file, no partial file). */
public final class FolderContents {

    private FolderContents() {
    }

    /** The folder's entries, sorted. */
    public static List<Path> of(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
