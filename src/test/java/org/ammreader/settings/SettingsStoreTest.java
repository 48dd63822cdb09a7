package org.ammreader.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ammreader.io.JsonMappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path folder;

    private final Settings defaults = Settings.defaults("en");

    private SettingsStore store(String name) {
        return new SettingsStore(folder.resolve(name).resolve("settings.json"), JsonMappers.create());
    }

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        SettingsStore store = store("a");
        Settings saved = defaults.withUiLanguage("fr").withContentLanguage("en").withWindow(1200, 800, true)
                .withRecentModels(List.of("/tmp/week.json")).withReaderTextSize(20).withTheme(ThemeChoice.DARK)
                .withDividers(new SplitPositions(0.5, 0.6, 0.25));
        store.save(saved);
        assertEquals(new SettingsStore.Loaded(saved, Optional.empty()), store.load(defaults));
    }

    @Test
    void noFileGivesTheDefaultsQuietly() {
        assertEquals(new SettingsStore.Loaded(defaults, Optional.empty()), store("none").load(defaults));
    }

    @Test
    void aCorruptFileGivesTheDefaultsAndSaysWhere() throws Exception {
        SettingsStore store = store("corrupt");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"uiLanguage\": \"fr\", \"windowWidth\": ");
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(defaults, loaded.settings());
        assertEquals(Optional.of(SettingsStore.Trouble.NOT_JSON), loaded.trouble());
    }

    @Test
    void valuesOfTheWrongTypeGiveTheDefaults() throws Exception {
        SettingsStore store = store("types");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"windowWidth\": \"wide\", \"recentModels\": 3}");
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(defaults, loaded.settings());
        assertEquals(Optional.of(SettingsStore.Trouble.WRONG_VALUES), loaded.trouble());
    }

    @Test
    void anUnreadableFileGivesTheDefaultsAndSaysWhere() throws Exception {
        SettingsStore store = store("folder");
        Files.createDirectories(store.file());
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(defaults, loaded.settings());
        assertEquals(Optional.of(SettingsStore.Trouble.UNREADABLE), loaded.trouble());
    }

    @Test
    void outOfRangeValuesAreReplacedByDefaults() throws Exception {
        SettingsStore store = store("range");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"uiLanguage\": \"fr\", \"windowWidth\": 10, \"readerTextSize\": 400}");
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(Optional.empty(), loaded.trouble());
        Settings read = loaded.settings();
        assertEquals("fr", read.uiLanguage());
        assertEquals(defaults.windowWidth(), read.windowWidth());
        assertEquals(Settings.DEFAULT_READER_TEXT_SIZE, read.readerTextSize());
    }

    @Test
    void aFileFromBeforeThemesKeepsItsValuesAndFollowsTheSystem() throws Exception {
        SettingsStore store = store("old");
        Files.createDirectories(store.file().getParent());
        // Written by the version before themes: every field it had, and no "theme".
        Files.writeString(store.file(), "{\"uiLanguage\": \"fr\", \"contentLanguage\": \"en\", \"windowWidth\": 1300,"
                + " \"windowHeight\": 900, \"windowMaximized\": false, \"recentModels\": [\"/tmp/a.json\"],"
                + " \"readerTextSize\": 18}");
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(Optional.empty(), loaded.trouble());
        assertEquals(new Settings("fr", "en", 1300, 900, false, List.of("/tmp/a.json"), 18, ThemeChoice.SYSTEM,
                SplitPositions.DEFAULTS, Map.of(), Map.of(), false, null, Settings.DEFAULT_LANE_GROUPING),
                loaded.settings());
    }

    @Test
    void aThemeThisVersionDoesNotKnowTakesTheDefaultAndKeepsTheRest() throws Exception {
        SettingsStore store = store("newer");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"uiLanguage\": \"fr\", \"theme\": \"SEPIA\"}");
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(Optional.empty(), loaded.trouble());
        assertEquals("fr", loaded.settings().uiLanguage());
        assertEquals(Settings.DEFAULT_THEME, loaded.settings().theme());
    }

    @Test
    void theThemeIsWrittenByName() throws Exception {
        SettingsStore store = store("named");
        store.save(defaults.withTheme(ThemeChoice.LIGHT));
        String written = Files.readString(store.file());
        assertTrue(written.matches("(?s).*\"theme\"\\s*:\\s*\"LIGHT\".*"), written);
    }

    /** A file written before the reading layout (no "dividers"): everything else is read, the dividers default. */
    @Test
    void aFileFromBeforeTheDividersWereRememberedStillLoads() throws Exception {
        SettingsStore store = store("old");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), """
                {"uiLanguage": "fr", "contentLanguage": "en", "windowWidth": 1280.0, "windowHeight": 800.0,
                 "windowMaximized": false, "recentModels": ["/tmp/week.json"], "readerTextSize": 18.0}
                """);
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(Optional.empty(), loaded.trouble());
        assertEquals(defaults.withUiLanguage("fr").withContentLanguage("en").withWindow(1280, 800, false)
                .withRecentModels(List.of("/tmp/week.json")).withReaderTextSize(18), loaded.settings());
        assertEquals(SplitPositions.DEFAULTS, loaded.settings().dividers());
    }

    @Test
    void dividersMissingOrOutOfRangeTakeTheirDefaultsOneByOne() throws Exception {
        SettingsStore store = store("dividers");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), """
                {"dividers": {"timelineWidth": 0.6, "readingTimelineHeight": 1.5}}
                """);
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(Optional.empty(), loaded.trouble());
        assertEquals(new SplitPositions(SplitPositions.DEFAULTS.timelineHeight(), 0.6,
                SplitPositions.DEFAULTS.readingTimelineHeight()), loaded.settings().dividers());
    }

    @Test
    void dividersOfTheWrongTypeGiveTheDefaults() throws Exception {
        SettingsStore store = store("divider-types");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"dividers\": [0.5, 0.6]}");
        SettingsStore.Loaded loaded = store.load(defaults);
        assertEquals(defaults, loaded.settings());
        assertEquals(Optional.of(SettingsStore.Trouble.WRONG_VALUES), loaded.trouble());
    }

    @Test
    void filtersSaveFoldersAndTheLastModelComeBackAsSaved() throws Exception {
        SettingsStore store = store("remembered");
        Settings saved = defaults
                .withFilter("amm52-bangkok-2019", new SavedFilter(false, List.of("maritime"), List.of("wang-yi"),
                        List.of("us")))
                .withSaveFolder("pdf", "/tmp/briefings")
                .withReopenLastModel(true)
                .withLastModel("/tmp/week.json");
        store.save(saved);
        assertEquals(saved, store.load(defaults).settings());
    }

    @Test
    void aRememberedFilterWithoutPeopleOrDelegationsReadsAsNoneChosen() throws Exception {
        SettingsStore store = store("older-filter");
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"filters\": {\"w\": {\"allAreas\": false, \"areas\": [\"cyber\"]}}}");
        SavedFilter read = store.load(defaults).settings().filters().get("w");
        assertEquals(new SavedFilter(false, List.of("cyber"), List.of(), List.of()), read);
    }

    @Test
    void theLaneGroupingIsKeptAndAFileWithoutOneGroupsByTrack() throws Exception {
        SettingsStore store = store("lanes");
        Settings defaults = Settings.defaults("en");
        store.save(defaults.withLaneGrouping("delegations"));
        assertEquals("delegations", store.load(defaults).settings().laneGrouping());
        Files.writeString(store.file(), "{\"uiLanguage\": \"fr\"}");
        assertEquals("tracks", store.load(defaults).settings().laneGrouping());
    }
}
