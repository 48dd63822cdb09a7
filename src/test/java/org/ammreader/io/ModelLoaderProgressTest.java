package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's reading tells how far it got, and stops when asked to. */
class ModelLoaderProgressTest {

    @TempDir
    Path folder;

    private Path bundledCopy() throws Exception {
        Path file = folder.resolve("week.json");
        try (InputStream in = ModelLoader.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void theBytesReadGrowToTheFileSize() throws Exception {
        Path file = bundledCopy();
        long size = Files.size(file);
        List<Long> reported = new ArrayList<>();
        new ModelLoader(JsonMappers.create()).load(file, new ReadProgress() {
            @Override
            public void read(long bytes, long total) {
                assertEquals(size, total);
                reported.add(bytes);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertTrue(reported.size() > 1, "reports: " + reported);
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) > reported.get(i - 1), "reports: " + reported);
        }
        assertEquals(size, reported.get(reported.size() - 1));
    }

    @Test
    void aCancelledReadingEndsWithoutAModel() throws Exception {
        Path file = bundledCopy();
        ReadProgress cancelled = new ReadProgress() {
            @Override
            public void read(long bytes, long total) {
                // Not looked at: the reading is stopped before.
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(ReadCancelledException.class,
                () -> new ModelLoader(JsonMappers.create()).load(file, cancelled));
    }
}
