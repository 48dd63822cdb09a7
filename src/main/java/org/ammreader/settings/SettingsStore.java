package org.ammreader.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.ammreader.io.AtomicFiles;

/**
 * Reads and writes {@link Settings} as JSON in the user's data folder. A file that cannot be read or
 * understood gives the defaults and a warning for the user, never a failure to start.
 */
public final class SettingsStore {

    /** The result of reading: the settings to use, and what went wrong if anything did. */
    public record Loaded(Settings settings, Optional<String> warning) {
    }

    private final Path file;
    private final ObjectMapper mapper;

    public SettingsStore(Path file, ObjectMapper mapper) {
        this.file = file;
        // Settings files from older or newer versions may have properties this one does not know: keep going.
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Path file() {
        return file;
    }

    public Loaded load(Settings defaults) {
        try {
            Settings read = mapper.readValue(Files.readAllBytes(file), Settings.class);
            return new Loaded(fillGaps(read, defaults), Optional.empty());
        } catch (NoSuchFileException e) {
            return new Loaded(defaults, Optional.empty());
        } catch (JsonProcessingException e) {
            return new Loaded(defaults, Optional.of(file + ": " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            return new Loaded(defaults, Optional.of(file + ": " + e.getMessage()));
        }
    }

    /** Values absent from an older file, or out of range, take their defaults. */
    private static Settings fillGaps(Settings read, Settings defaults) {
        return new Settings(
                read.uiLanguage() == null ? defaults.uiLanguage() : read.uiLanguage(),
                read.contentLanguage(),
                read.windowWidth() >= 400 ? read.windowWidth() : defaults.windowWidth(),
                read.windowHeight() >= 300 ? read.windowHeight() : defaults.windowHeight(),
                read.windowMaximized(),
                read.recentModels(),
                read.readerTextSize() >= 10 && read.readerTextSize() <= 32 ? read.readerTextSize()
                        : defaults.readerTextSize());
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> mapper.writeValue(out, settings));
    }

    /** The settings file in the user's configuration folder, following each platform's convention. */
    public static Path defaultFile() {
        String override = System.getProperty("ammreader.configDir");
        if (override != null) {
            return Path.of(override, "settings.json");
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "AMM Reader", "settings.json");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "AMM Reader", "settings.json");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("amm-reader").resolve("settings.json");
    }
}
