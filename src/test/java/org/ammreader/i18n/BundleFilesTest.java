package org.ammreader.i18n;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundle the application shows text from has, in its French file, exactly the keys of its English one. Read
 * from the files themselves: a {@code ResourceBundle} would fall back on the English parent and hide a missing key.
 */
class BundleFilesTest {

    /** Each bundle: its English file, then its French file. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/org/ammreader/i18n/messages_en.properties /org/ammreader/i18n/messages_fr.properties",
        "/org/ammreader/i18n/problems.properties /org/ammreader/i18n/problems_fr.properties",
        "/org/ammreader/cli/cli.properties /org/ammreader/cli/cli_fr.properties",
        "/org/ammreader/briefing/briefing.properties /org/ammreader/briefing/briefing_fr.properties",
        "/org/ammreader/export/picture.properties /org/ammreader/export/picture_fr.properties",
        "/org/ammreader/calendar/calendar.properties /org/ammreader/calendar/calendar_fr.properties"})
    void theFrenchFileHasExactlyTheEnglishKeys(String files) throws IOException {
        String[] pair = files.split(" ");
        Set<String> english = keys(pair[0]);
        Set<String> french = keys(pair[1]);
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(french);
        Set<String> extra = new TreeSet<>(french);
        extra.removeAll(english);
        assertAll(Stream.<Executable>of(
                () -> assertEquals(Set.of(), missing, pair[1] + " lacks these keys of " + pair[0]),
                () -> assertEquals(Set.of(), extra, pair[1] + " has keys " + pair[0] + " lacks")));
    }

    static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleFilesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
