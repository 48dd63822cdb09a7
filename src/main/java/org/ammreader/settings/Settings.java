package org.ammreader.settings;

import java.util.List;

/**
 * What the application remembers between runs. Every field has a sensible default, so a missing or broken
 * settings file only costs the user their preferences.
 */
public record Settings(String uiLanguage, String contentLanguage, double windowWidth, double windowHeight,
                       boolean windowMaximized, List<String> recentModels, double readerTextSize,
                       ThemeChoice theme, SplitPositions dividers) {

    public static final double DEFAULT_READER_TEXT_SIZE = 16;

    public static final ThemeChoice DEFAULT_THEME = ThemeChoice.SYSTEM;

    public Settings {
        recentModels = recentModels == null ? List.of() : List.copyOf(recentModels);
        dividers = dividers == null ? SplitPositions.DEFAULTS : dividers;
    }

    public static Settings defaults(String uiLanguage) {
        return new Settings(uiLanguage, null, 1600, 1000, false, List.of(), DEFAULT_READER_TEXT_SIZE,
                DEFAULT_THEME, SplitPositions.DEFAULTS);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(language, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers);
    }

    public Settings withContentLanguage(String language) {
        return new Settings(uiLanguage, language, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers);
    }

    public Settings withWindow(double width, double height, boolean maximized) {
        return new Settings(uiLanguage, contentLanguage, width, height, maximized, recentModels, readerTextSize,
                theme, dividers);
    }

    public Settings withRecentModels(List<String> paths) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, paths,
                readerTextSize, theme, dividers);
    }

    public Settings withReaderTextSize(double size) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                size, theme, dividers);
    }

    public Settings withTheme(ThemeChoice choice) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, choice, dividers);
    }

    public Settings withDividers(SplitPositions positions) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, positions);
    }
}
