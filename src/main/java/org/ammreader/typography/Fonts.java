package org.ammreader.typography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * Loads the Liberation faces packed with the application, so the window looks the same on every system and
 * matches the PDF briefing, which embeds the same files.
 */
public final class Fonts {

    public static final String SANS = "Liberation Sans";
    public static final String SERIF = "Liberation Serif";

    private static final List<String> FILES = List.of(
            "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
            "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
            "LiberationMono-Regular.ttf");

    private static boolean loaded;

    private Fonts() {
    }

    /** Registers the faces with JavaFX once; later calls do nothing. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: " + file);
                }
                Font.loadFont(in, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }
}
