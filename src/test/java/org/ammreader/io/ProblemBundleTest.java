package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The problem messages: the same keys in English and French, patterns that format, and typography. */
class ProblemBundleTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("org.ammreader.i18n.problems", Locale.ROOT);
    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("org.ammreader.i18n.problems", Locale.FRENCH);
    /** A straight apostrophe is MessageFormat's quote; a literal one is written doubled, a typographic one ’. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    /** French puts a no-break space before ; : ? ! and », and after «. */
    private static final Pattern FRENCH_SPACING = Pattern.compile(" [;:?!»]|« |[^\\u00a0][;?!»]|«[^\\u00a0]");

    /**
     * Read from the files, not through {@code ResourceBundle.keySet()}: that includes the parent bundle's keys, so
     * a key missing from the French file would still be listed under French (and shown in English).
     */
    @Test
    void englishAndFrenchHaveTheSameMessages() throws IOException {
        assertEquals(keysInFile("problems.properties"), keysInFile("problems_fr.properties"));
    }

    private static Set<String> keysInFile(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundleTest.class.getResourceAsStream("/org/ammreader/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void everyMessageIsAPatternWithoutStrayApostrophes() {
        assertAll(keys().stream().map(key -> () -> {
            for (ResourceBundle bundle : new ResourceBundle[] {ENGLISH, FRENCH}) {
                String pattern = bundle.getString(key);
                assertFalse(LONE_APOSTROPHE.matcher(pattern).find(), key + ": " + pattern);
                assertEquals(pattern.contains("{"), new MessageFormat(pattern, bundle.getLocale()).getFormats().length > 0,
                        key + ": " + pattern);
            }
        }));
    }

    @Test
    void frenchMessagesUseNoBreakSpaces() {
        assertAll(keys().stream().map(key -> () -> {
            String pattern = FRENCH.getString(key);
            assertFalse(FRENCH_SPACING.matcher(pattern).find(), key + ": " + pattern);
        }));
    }

    private static Set<String> keys() {
        return new TreeSet<>(ENGLISH.keySet());
    }
}
