package org.ammreader.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the application remembers between runs. Every field has a sensible default, so a missing or broken
 * settings file only costs the user their preferences.
 */
public record Settings(String uiLanguage, String contentLanguage, double windowWidth, double windowHeight,
                       boolean windowMaximized, List<String> recentModels, double readerTextSize,
                       ThemeChoice theme, SplitPositions dividers, Map<String, SavedFilter> filters,
                       Map<String, String> saveFolders, boolean reopenLastModel, String lastModel,
                       String laneGrouping) {

    public static final double DEFAULT_READER_TEXT_SIZE = 16;

    public static final ThemeChoice DEFAULT_THEME = ThemeChoice.SYSTEM;

    /** The timeline's lanes by track, as {@code LaneGrouping.TRACKS} spells it. */
    public static final String DEFAULT_LANE_GROUPING = "tracks";

    public Settings {
        recentModels = recentModels == null ? List.of() : List.copyOf(recentModels);
        dividers = dividers == null ? SplitPositions.DEFAULTS : dividers;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        saveFolders = saveFolders == null ? Map.of() : Map.copyOf(saveFolders);
    }

    public static Settings defaults(String uiLanguage) {
        return new Settings(uiLanguage, null, 1600, 1000, false, List.of(), DEFAULT_READER_TEXT_SIZE,
                DEFAULT_THEME, SplitPositions.DEFAULTS, Map.of(), Map.of(), false, null, DEFAULT_LANE_GROUPING);
    }

    public Settings withUiLanguage(String language) {
        return new Settings(language, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withContentLanguage(String language) {
        return new Settings(uiLanguage, language, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withWindow(double width, double height, boolean maximized) {
        return new Settings(uiLanguage, contentLanguage, width, height, maximized, recentModels, readerTextSize,
                theme, dividers, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withRecentModels(List<String> paths) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, paths,
                readerTextSize, theme, dividers, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withReaderTextSize(double size) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                size, theme, dividers, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withTheme(ThemeChoice choice) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, choice, dividers, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withDividers(SplitPositions positions) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, positions, filters, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    /** The same settings with the filter remembered for the model {@code modelId} replaced. */
    public Settings withFilter(String modelId, SavedFilter filter) {
        Map<String, SavedFilter> changed = new LinkedHashMap<>(filters);
        changed.put(modelId, filter);
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, changed, saveFolders, reopenLastModel, lastModel, laneGrouping);
    }

    /** The same settings with the folder last used to save a kind of file ("png", "pdf", "ics"…) replaced. */
    public Settings withSaveFolder(String kind, String folder) {
        Map<String, String> changed = new LinkedHashMap<>(saveFolders);
        changed.put(kind, folder);
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, filters, changed, reopenLastModel, lastModel, laneGrouping);
    }

    public Settings withReopenLastModel(boolean reopen) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, filters, saveFolders, reopen, lastModel, laneGrouping);
    }

    /** The same settings remembering {@code path} (null: the bundled week) as the model open last. */
    public Settings withLastModel(String path) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, filters, saveFolders, reopenLastModel, path, laneGrouping);
    }

    public Settings withLaneGrouping(String grouping) {
        return new Settings(uiLanguage, contentLanguage, windowWidth, windowHeight, windowMaximized, recentModels,
                readerTextSize, theme, dividers, filters, saveFolders, reopenLastModel, lastModel, grouping);
    }
}
