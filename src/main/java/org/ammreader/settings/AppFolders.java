package org.ammreader.settings;

import java.nio.file.Path;
import java.util.Locale;

/** Where the application keeps its settings and its log, following each platform's convention. */
public final class AppFolders {

    private static final String NAME = "amm-reader";

    private AppFolders() {
    }

    /** Settings: ~/.config/amm-reader, %APPDATA%\AMM Reader, ~/Library/Application Support/AMM Reader. */
    public static Path config() {
        String override = System.getProperty("ammreader.configDir");
        if (override != null) {
            return Path.of(override);
        }
        return platformFolder("XDG_CONFIG_HOME", ".config");
    }

    /** The log of unexpected problems: ~/.local/share/amm-reader, or the platform's equivalent. */
    public static Path data() {
        String override = System.getProperty("ammreader.dataDir");
        if (override != null) {
            return Path.of(override);
        }
        return platformFolder("XDG_DATA_HOME", ".local/share");
    }

    private static Path platformFolder(String xdgVariable, String xdgDefault) {
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "AMM Reader");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "AMM Reader");
        }
        String xdg = System.getenv(xdgVariable);
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, xdgDefault);
        return base.resolve(NAME);
    }
}
