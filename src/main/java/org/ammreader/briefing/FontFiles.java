package org.ammreader.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The Liberation font files packed with the application, read from the class path once. */
final class FontFiles {

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private FontFiles() {
    }

    static byte[] bytes(String file) throws IOException {
        byte[] bytes = CACHE.get(file);
        if (bytes == null) {
            try (InputStream in = FontFiles.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IOException("font missing from the application: /liberation/" + file);
                }
                bytes = in.readAllBytes();
            }
            CACHE.put(file, bytes);
        }
        return bytes;
    }
}
