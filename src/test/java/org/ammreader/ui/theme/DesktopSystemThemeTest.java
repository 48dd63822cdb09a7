package org.ammreader.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.ammreader.settings.ThemeChoice;
import org.junit.jupiter.api.Test;

/** The desktop's preference, from what each platform's command prints; no command is run here. */
class DesktopSystemThemeTest {

    @Test
    void gnomesColorSchemeAsGsettingsPrintsIt() {
        assertEquals(Optional.of(ThemeChoice.DARK), DesktopSystemTheme.fromGnomeColorScheme("'prefer-dark'\n"));
        assertEquals(Optional.of(ThemeChoice.LIGHT), DesktopSystemTheme.fromGnomeColorScheme("'prefer-light'\n"));
        assertEquals(Optional.of(ThemeChoice.LIGHT), DesktopSystemTheme.fromGnomeColorScheme("'default'\n"));
        assertEquals(Optional.empty(), DesktopSystemTheme.fromGnomeColorScheme("No such key “color-scheme”\n"));
    }

    @Test
    void aGtkThemeEndingInDarkIsDarkAndOtherwiseSaysNothing() {
        assertEquals(Optional.of(ThemeChoice.DARK), DesktopSystemTheme.fromGtkTheme("Adwaita:dark"));
        assertEquals(Optional.empty(), DesktopSystemTheme.fromGtkTheme("Adwaita"));
        assertEquals(Optional.empty(), DesktopSystemTheme.fromGtkTheme(null));
    }

    @Test
    void windowsAppsUseLightThemeAsRegPrintsIt() {
        String key = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n";
        assertEquals(Optional.of(ThemeChoice.DARK), DesktopSystemTheme.fromWindowsRegistry(
                key + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n"));
        assertEquals(Optional.of(ThemeChoice.LIGHT), DesktopSystemTheme.fromWindowsRegistry(
                key + "    AppsUseLightTheme    REG_DWORD    0x1\r\n\r\n"));
        assertEquals(Optional.empty(), DesktopSystemTheme.fromWindowsRegistry(key));
    }

    @Test
    void onLinuxGtkThemeDecidesBeforeAnyCommand() {
        assertEquals(Optional.of(ThemeChoice.DARK),
                new DesktopSystemTheme("Linux", Map.of("GTK_THEME", "Adwaita:dark")).read());
    }
}
