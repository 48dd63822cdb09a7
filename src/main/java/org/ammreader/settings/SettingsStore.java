package org.ammreader.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.ammreader.io.AtomicFiles;

/**
 * Reads and writes {@link Settings} as JSON in the user's data folder. A file that cannot be read or
 * understood gives the defaults and a warning for the user, never a failure to start.
 */
public final class SettingsStore {

    /** Why saved settings could not be used. */
    public enum Trouble {
        /** The file is not JSON at all (cut short, overwritten…). */
        NOT_JSON,
        /** The file is JSON, but values are not of the kind expected. */
        WRONG_VALUES,
        /** The file cannot be read. */
        UNREADABLE
    }

    /** The result of reading: the settings to use, and what went wrong if anything did. */
    public record Loaded(Settings settings, Optional<Trouble> trouble) {
    }

    private final Path file;
    private final ObjectMapper mapper;

    public SettingsStore(Path file, ObjectMapper mapper) {
        this.file = file;
        // Settings files from older or newer versions may have properties this one does not know: keep going.
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A theme this version does not know (from a newer one) is read as none, and takes the default.
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
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
        } catch (StreamReadException e) {
            return new Loaded(defaults, Optional.of(Trouble.NOT_JSON));
        } catch (JsonProcessingException e) {
            return new Loaded(defaults, Optional.of(Trouble.WRONG_VALUES));
        } catch (IOException | RuntimeException e) {
            return new Loaded(defaults, Optional.of(Trouble.UNREADABLE));
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
                        : defaults.readerTextSize(),
                read.theme() == null ? defaults.theme() : read.theme(),
                read.dividers().orDefaults(),
                read.filters(),
                read.saveFolders(),
                read.reopenLastModel(),
                read.lastModel(),
                read.laneGrouping() == null ? defaults.laneGrouping() : read.laneGrouping());
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> mapper.writeValue(out, settings));
    }

    /** The settings file in the user's configuration folder. */
    public static Path defaultFile() {
        return AppFolders.config().resolve("settings.json");
    }
}
