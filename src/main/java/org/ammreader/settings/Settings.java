package org.ammreader.settings;

import java.util.List;

/**
 * What the application remembers between runs. Every field has a sensible default, so a missing or broken
 * settings file only costs the user their preferences.
 */
public record Settings(String uiLanguage, String contentLanguage, double windowWidth, double windowHeight,
                       boolean windowMaximized, List<String> recentModels, double readerTextSize,
                       ThemeChoice theme) {

    public static final double DEFAULT_READER_TEXT_SIZE = 16;

    public static final ThemeChoice DEFAULT_THEME = ThemeChoice.SYSTEM;

    public Settings {
        recentModels = recentModels == null ? List.of() : List.copyOf(recentModels);
    }

    public static Settings defaults(String uiLanguage) {
        return new Settings(uiLanguage, null, 1600, 1000, false, List.of(), DEFAULT_READER_TEXT_SIZE,
                DEFAULT_THEME);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(language, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme);
    }

    public Settings withContentLanguage(String language) {
        return new Settings(uiLanguage, language, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme);
    }

    public Settings withWindow(double width, double height, boolean maximized) {
        return new Settings(uiLanguage, contentLanguage, width, height, maximized, recentModels, readerTextSize,
                theme);
    }

    public Settings withRecentModels(List<String> paths) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, paths,
                readerTextSize, theme);
    }

    public Settings withReaderTextSize(double size) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                size, theme);
    }

    public Settings withTheme(ThemeChoice choice) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, choice);
    }
}
