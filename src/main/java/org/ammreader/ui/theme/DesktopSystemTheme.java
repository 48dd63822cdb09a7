package org.ammreader.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ammreader.settings.ThemeChoice;

/**
 * The desktop's light or dark preference, as each platform publishes it: on Linux the {@code GTK_THEME} variable
 * (a name ending in ":dark") and GNOME's {@code color-scheme} setting, read with {@code gsettings}; on macOS the
 * global {@code AppleInterfaceStyle} default; on Windows the {@code AppsUseLightTheme} registry value. Each is read
 * with the platform's own command, so no native library is needed; a command that is missing, fails or takes longer
 * than {@link #TIMEOUT_SECONDS} means the preference cannot be read.
 */
public final class DesktopSystemTheme implements SystemTheme {

    static final long TIMEOUT_SECONDS = 2;
    private static final String PERSONALIZE_KEY =
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize";

    private final String osName;
    private final Map<String, String> environment;

    public DesktopSystemTheme() {
        this(System.getProperty("os.name", ""), System.getenv());
    }

    DesktopSystemTheme(String osName, Map<String, String> environment) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
    }

    @Override
    public Optional<ThemeChoice> read() {
        if (osName.contains("win")) {
            return run(List.of("reg", "query", PERSONALIZE_KEY, "/v", "AppsUseLightTheme"))
                    .flatMap(DesktopSystemTheme::fromWindowsRegistry);
        }
        if (osName.contains("mac")) {
            // The key exists only when dark is chosen: "defaults" fails when it is absent, which means light.
            return Optional.of(run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .filter(out -> out.strip().equalsIgnoreCase("dark")).isPresent() ? ThemeChoice.DARK
                    : ThemeChoice.LIGHT);
        }
        Optional<ThemeChoice> gtk = fromGtkTheme(environment.get("GTK_THEME"));
        if (gtk.isPresent()) {
            return gtk;
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .flatMap(DesktopSystemTheme::fromGnomeColorScheme);
    }

    /** GTK_THEME names a theme and, after a colon, its variant: "Adwaita:dark". Only the dark variant says much. */
    static Optional<ThemeChoice> fromGtkTheme(String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).endsWith(":dark") ? Optional.of(ThemeChoice.DARK)
                : Optional.empty();
    }

    /** What {@code gsettings get org.gnome.desktop.interface color-scheme} prints: 'default', 'prefer-dark'… */
    static Optional<ThemeChoice> fromGnomeColorScheme(String output) {
        return switch (output.strip().replace("'", "")) {
            case "prefer-dark" -> Optional.of(ThemeChoice.DARK);
            case "default", "prefer-light" -> Optional.of(ThemeChoice.LIGHT);
            default -> Optional.empty();
        };
    }

    /** What {@code reg query … /v AppsUseLightTheme} prints: a line ending "REG_DWORD    0x0" (dark) or "0x1". */
    static Optional<ThemeChoice> fromWindowsRegistry(String output) {
        for (String line : output.lines().toList()) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 3 && words[0].equals("AppsUseLightTheme")) {
                return switch (words[2]) {
                    case "0x0" -> Optional.of(ThemeChoice.DARK);
                    case "0x1" -> Optional.of(ThemeChoice.LIGHT);
                    default -> Optional.empty();
                };
            }
        }
        return Optional.empty();
    }

    /** The command's standard output, if it ran and succeeded in time. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
