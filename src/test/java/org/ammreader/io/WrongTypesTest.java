package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value of the wrong type wherever one can stand: every property and list entry of every object kind of the
 * test model, replaced in turn by each JSON type it must not be. Each is reported where the value is, saying what
 * was expected and what was found.
 */
class WrongTypesTest {

    private static final String FILE = "week.json";
    private static final String MARK = "\"@@wrong-type@@\"";
    private static final ObjectMapper MAPPER = JsonMappers.create();
    private static final ModelLoader LOADER = new ModelLoader(MAPPER);
    private static final JsonNode MINIMAL = read(ModelLoaderTest.resource("/models/minimal.json"));
    private static final Set<String> LANGUAGES = Set.of("en", "fr");
    private static final String LOCALIZED = "a text in each language (an object such as \"en\": …, \"fr\": …)";
    /** Each wrong value, written as JSON, with how messages name its type. */
    private static final Map<String, String> WRONG = Map.of("42", "a number", "\"wrong\"", "a text",
            "{\"wrong\": 42}", "an object", "[42]", "a list", "null", "null (an empty value)", "true", "true or false");

    /** A place, what belongs there, and the wrong values to put there (JSON text, and how its type is named). */
    record Case(String pointer, String expected, Map<String, String> wrongs) {
        @Override
        public String toString() {
            return pointer;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        collect(MINIMAL, "", false, cases);
        return cases;
    }

    private static void collect(JsonNode node, String pointer, boolean chair, List<Case> cases) {
        if (!pointer.isEmpty()) {
            String expected = expectedType(node, chair);
            Map<String, String> wrongs = new TreeMap<>();
            WRONG.forEach((wrong, found) -> {
                if (!expected.equals(found) && !(chair && (found.equals("a text") || found.equals("an object")))
                        && !(expected.equals(LOCALIZED) && found.equals("an object"))) {
                    wrongs.put(wrong, found);
                }
            });
            cases.add(new Case(pointer, expected, wrongs));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), pointer + "/" + field.getKey(), false, cases);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointer.endsWith("/chairs"), cases);
            }
        }
    }

    /** How messages name what belongs at this place, judged from the valid value that is there. */
    private static String expectedType(JsonNode valid, boolean chair) {
        if (chair) {
            return "a name, or a text in each language";
        }
        if (valid.isArray()) {
            return "a list";
        }
        if (valid.isObject()) {
            List<String> names = new ArrayList<>();
            valid.fieldNames().forEachRemaining(names::add);
            return LANGUAGES.containsAll(names) ? LOCALIZED : "an object";
        }
        return "a text";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void wrongTypeIsReportedAtTheValue(Case c) {
        JsonNode model = MINIMAL.deepCopy();
        replace(model, c.pointer());
        String marked = write(model);
        String place = FILE + ":" + lineAndColumn(marked, marked.indexOf(MARK)) + ": " + c.pointer() + ": ";
        assertAll(c.wrongs().entrySet().stream().map(wrong -> () -> {
            String text = marked.replace(MARK, wrong.getKey());
            ModelException e = assertThrows(ModelException.class,
                    () -> LOADER.load(text.getBytes(StandardCharsets.UTF_8), FILE));
            String expected = place + "expected " + c.expected() + ", found " + wrong.getValue();
            List<String> problems = e.describe(Locale.ENGLISH);
            assertTrue(problems.contains(expected), expected + "\nnot among:\n" + String.join("\n", problems));
        }));
    }

    private static void replace(JsonNode model, String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = model.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), TextNode.valueOf(MARK.substring(1, MARK.length() - 1)));
        } else {
            ((ArrayNode) parent).set(at.last().getMatchingIndex(), TextNode.valueOf(MARK.substring(1, MARK.length() - 1)));
        }
    }

    private static String lineAndColumn(String text, int index) {
        String before = text.substring(0, index);
        int line = (int) before.chars().filter(ch -> ch == '\n').count() + 1;
        return line + ":" + (index - before.lastIndexOf('\n'));
    }

    private static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String write(JsonNode model) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
