package org.ammreader.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The interface texts: every key in both languages, once, and French written with French typography. */
class MessagesBundleTest {

    private static String raw(String language) throws IOException {
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(
                "/org/ammreader/i18n/messages_" + language + ".properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(raw(language)));
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("en").stringPropertyNames()), new TreeSet<>(bundle("fr").stringPropertyNames()));
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String language : List.of("en", "fr")) {
            List<String> keys = raw(language).lines().filter(l -> l.contains("=") && !l.startsWith("#"))
                    .map(l -> l.substring(0, l.indexOf('='))).toList();
            assertEquals(Set.copyOf(keys).size(), keys.size(), language + ": a key appears twice");
        }
    }

    /** Catches a line that is not a text, such as a merge conflict's marker, which would load as a key. */
    @Test
    void everyKeyIsADottedName() throws IOException {
        for (String language : List.of("en", "fr")) {
            List<String> odd = bundle(language).stringPropertyNames().stream()
                    .filter(key -> !key.matches("[a-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*")).sorted().toList();
            assertEquals(List.of(), odd, language);
        }
    }

    @Test
    void frenchUsesFrenchTypography() throws IOException {
        List<String> faults = new ArrayList<>();
        Properties fr = bundle("fr");
        for (String key : fr.stringPropertyNames()) {
            String text = fr.getProperty(key);
            if (text.contains("'")) {
                faults.add(key + ": straight apostrophe (also special in these patterns)");
            }
            if (text.matches("(?s).*[^\\s\\u00a0\\u202f(\\-][;:?!](\\s.*|$)") && !key.startsWith("language.")) {
                faults.add(key + ": no no-break space before ; : ? !");
            }
            if (text.matches("(?s).* [;:?!](\\s.*|$)")) {
                faults.add(key + ": an ordinary space before ; : ? !");
            }
        }
        assertEquals(List.of(), faults);
    }
}
