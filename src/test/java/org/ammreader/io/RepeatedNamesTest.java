package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A name repeated in an object is reported at the repeated name, as the parser's own check reports it, although
 * the tree finds it first (ADR 0032): in a meeting read as it comes, in an object of more than sixteen names, and
 * where the value after the repeated name is itself broken (the parser's check comes before the value is read).
 */
class RepeatedNamesTest {

    private static final String FILE = "week.json";
    private final ModelLoader loader = new ModelLoader(JsonMappers.factory());
    private final String minimal = ModelLoaderTest.resource("/models/minimal.json");

    @Test
    void aNameRepeatedInAMeetingReadAsItComes() {
        String text = minimal.replace("\"track\": \"side\",", "\"track\": \"side\", \"track\": \"plenary\",");
        assertEquals(List.of(FILE + ":" + at(text, "\"track\": \"plenary\"") + ": /meetings/1/track: the property "
                + "\"track\" appears twice in the same object"), problems(text));
    }

    @Test
    void aNameRepeatedAmongMoreThanSixteen() {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            names.append("\"n").append(i).append("\": ").append(i).append(", ");
        }
        String text = "{" + names + "\"n33\": 0}";
        assertEquals(List.of(FILE + ":1:" + (text.lastIndexOf("\"n33\"") + 1) + ": /n33: the property \"n33\" "
                + "appears twice in the same object"), problems(text));
    }

    @Test
    void aRepeatedNameComesBeforeABrokenValueAfterIt() {
        String text = "{\"a\": 1, \"a\": -x}";
        assertEquals(List.of(FILE + ":1:10: /a: the property \"a\" appears twice in the same object"),
                problems(text));
    }

    private List<String> problems(String text) {
        ModelException e = assertThrows(ModelException.class,
                () -> loader.load(text.getBytes(StandardCharsets.UTF_8), FILE));
        return e.describe(Locale.ENGLISH);
    }

    /** "LINE:COLUMN" of the first occurrence of {@code needle} in {@code text}, counting from 1. */
    private static String at(String text, String needle) {
        int index = text.indexOf(needle);
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (index - before.lastIndexOf('\n'));
    }
}
