package org.ammreader.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ammreader.model.LocalizedText;

/**
 * Reads the properties of one JSON object of a model file, reporting each missing, misspelt or mistyped
 * property to {@link Problems} with its JSON pointer instead of stopping at the first.
 */
final class JsonObjectReader {

    private static final long MINUTES_IN_A_DAY = 1_440;

    private final JsonObject node;
    private final String pointer;
    private final Problems problems;
    private final List<String> languages;

    private JsonObjectReader(JsonObject node, String pointer, Problems problems, List<String> languages) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
        this.languages = languages;
    }

    /**
     * A reader over {@code node} if it is an object whose property names are all in {@code allowed};
     * empty (with the problem reported) when it is not an object.
     */
    static Optional<JsonObjectReader> of(Object node, String pointer, Problems problems, List<String> languages,
                                         Set<String> allowed) {
        if (!(node instanceof JsonObject object)) {
            problems.add(pointer, "problem.type", "type.object", typeOf(node));
            return Optional.empty();
        }
        for (int i = 0; i < object.size(); i++) {
            String name = object.name(i);
            if (!allowed.contains(name)) {
                reportUnknownProperty(pointer + "/" + escape(name), name, allowed, problems);
            }
        }
        return Optional.of(new JsonObjectReader(object, pointer, problems, languages));
    }

    private static void reportUnknownProperty(String at, String name, Set<String> allowed, Problems problems) {
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        if (closest != null && best <= Math.max(2, closest.length() / 3)) {
            problems.add(at, "problem.unknownProperty.suggest", name, closest);
        } else {
            problems.add(at, "problem.unknownProperty", name, String.join(", ", allowed));
        }
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                int transposition = i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1) ? previous[j - 1] : Integer.MAX_VALUE;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1),
                        Math.min(substitution, transposition));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String typeOf(Object value) {
        return JsonObject.typeOf(value);
    }

    String pointer() {
        return pointer;
    }

    String pointerOf(String name) {
        return child(pointer, name);
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** A required string; null (reported) when missing, of another type, or blank. */
    String requiredString(String name) {
        Object value = node.get(name);
        if (value == null) {
            problems.add(pointer, "problem.missingProperty", name);
            return null;
        }
        return propertyString(value, name);
    }

    Optional<String> optionalString(String name) {
        Object value = node.get(name);
        return value == null ? Optional.empty() : Optional.ofNullable(propertyString(value, name));
    }

    /** The string of property {@code name}; its pointer is made only for a problem, as most strings are fine. */
    private String propertyString(Object value, String name) {
        return value instanceof String text && !text.isBlank() ? text : string(value, pointerOf(name));
    }

    private String string(Object value, String at) {
        return string(value, at, problems);
    }

    private static String string(Object value, String at, Problems problems) {
        if (!(value instanceof String text)) {
            problems.add(at, "problem.type", "type.string", typeOf(value));
            return null;
        }
        if (text.isBlank()) {
            problems.add(at, "problem.blank");
            return null;
        }
        return text;
    }

    /**
     * An optional number of minutes: a whole number from 1 to a day's 1,440; empty (reported) when it is of another
     * type or out of that range.
     */
    Optional<Long> optionalMinutes(String name) {
        Object value = node.get(name);
        if (value == null) {
            return Optional.empty();
        }
        String at = pointerOf(name);
        if (value instanceof Long minutes && minutes > 0 && minutes <= MINUTES_IN_A_DAY) {
            return Optional.of(minutes);
        }
        if (value instanceof Long minutes) {
            problems.add(at, minutes <= 0 ? "problem.minutes.notPositive" : "problem.minutes.tooMany",
                    minutes.toString(), MINUTES_IN_A_DAY);
        } else if (value instanceof BigInteger minutes) {
            problems.add(at, minutes.signum() <= 0 ? "problem.minutes.notPositive" : "problem.minutes.tooMany",
                    minutes.toString(), MINUTES_IN_A_DAY);
        } else {
            problems.add(at, "problem.type", "type.integer", typeOf(value));
        }
        return Optional.empty();
    }

    /** An optional nested object whose property names are all in {@code allowed}; empty when absent or not one. */
    Optional<JsonObjectReader> optionalObject(String name, Set<String> allowed) {
        Object value = node.get(name);
        return value == null ? Optional.empty() : of(value, pointerOf(name), problems, languages, allowed);
    }

    /** A required id: a string of lower-case letters, digits and single hyphens. */
    String requiredId(String name) {
        String id = requiredString(name);
        return id == null ? null : checkId(id, name);
    }

    /** An optional id; empty when absent, or (reported) when it is not a valid id. */
    Optional<String> optionalId(String name) {
        return optionalString(name).map(id -> checkId(id, name));
    }

    /**
     * A required code read by {@code decode} (such as a role); null when missing, or with {@code key} reported
     * (argument: the value) when it is not one of the codes.
     */
    <T> T requiredCode(String name, Function<String, Optional<T>> decode, String key) {
        String code = requiredString(name);
        if (code == null) {
            return null;
        }
        Optional<T> value = decode.apply(code);
        if (value.isEmpty()) {
            problems.add(pointerOf(name), key, code);
        }
        return value.orElse(null);
    }

    /** The id of property {@code name}; its pointer is made only for a problem, as most ids are fine. */
    private String checkId(String id, String name) {
        return isId(id) ? id : invalidId(id, pointerOf(name));
    }

    private String invalidId(String id, String at) {
        problems.add(at, "problem.id", id);
        return null;
    }

    /**
     * Lower-case letters and digits, in words joined by single hyphens. Checked by hand: the regular expression
     * {@code [a-z0-9]+(-[a-z0-9]+)*} recurses once per word, and a hostile id of thousands of words overflowed the
     * stack (found by ModelLoaderFuzzTest).
     */
    static boolean isId(String text) {
        if (text.isEmpty() || text.startsWith("-") || text.endsWith("-") || text.contains("--")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A string of the format {@code pattern} accepts, or null with {@code key} reported (argument: the value). */
    String requiredPattern(String name, Predicate<String> pattern, String key) {
        String value = requiredString(name);
        return value == null ? null : matching(value, pattern, key, name);
    }

    Optional<String> optionalPattern(String name, Predicate<String> pattern, String key) {
        return optionalString(name).map(value -> matching(value, pattern, key, name));
    }

    private String matching(String value, Predicate<String> pattern, String key, String name) {
        if (!pattern.test(value)) {
            problems.add(pointerOf(name), key, value);
            return null;
        }
        return value;
    }

    /** A required text in every language of the model. */
    LocalizedText requiredText(String name) {
        Object value = node.get(name);
        if (value == null) {
            problems.add(pointer, "problem.missingProperty", name);
            return null;
        }
        return localizedText(value, pointer, name, problems, languages);
    }

    Optional<LocalizedText> optionalText(String name) {
        Object value = node.get(name);
        return value == null ? Optional.empty()
                : Optional.ofNullable(localizedText(value, pointer, name, problems, languages));
    }

    LocalizedText localized(Object value, String at) {
        return localizedText(value, at, null, problems, languages);
    }

    /**
     * A text in every one of {@code languages}; null (reported) when one is missing, unknown or blank. It is at
     * {@code at}, or at its property {@code name} when that is not null: the pointers are made only for a problem,
     * as there are hundreds of thousands of texts and few problems.
     */
    static LocalizedText localizedText(Object value, String at, String name, Problems problems,
                                       List<String> languages) {
        if (!(value instanceof JsonObject object)) {
            problems.add(child(at, name), "problem.type", "type.text", typeOf(value));
            return null;
        }
        String[] codes = new String[object.size()];
        String[] texts = new String[object.size()];
        boolean complete = true;
        for (int i = 0; i < object.size(); i++) {
            String language = object.name(i);
            if (!languages.isEmpty() && !languages.contains(language)) {
                problems.add(child(child(at, name), language), "problem.text.unknownLanguage", language,
                        String.join(", ", languages));
                complete = false;
                continue;
            }
            if (object.value(i) instanceof String text && !text.isBlank()) {
                codes[i] = language;
                texts[i] = text;
            } else {
                string(object.value(i), child(child(at, name), language), problems);
                complete = false;
            }
        }
        for (String language : languages) {
            if (!object.has(language)) {
                problems.add(child(at, name), "problem.text.missingLanguage", language, String.join(", ", languages));
                complete = false;
            }
        }
        return complete ? LocalizedText.of(codes, texts) : null;
    }

    /** The pointer of property {@code name} of the object at {@code at}; {@code at} itself when it is null. */
    private static String child(String at, String name) {
        return name == null ? at : at + "/" + escape(name);
    }

    /** The elements of a required array, each read by {@code reader} (null results are dropped). */
    <T> List<T> requiredList(String name, BiFunction<Object, String, T> reader, boolean nonEmpty) {
        Object value = node.get(name);
        if (value == null) {
            problems.add(pointer, "problem.missingProperty", name);
            return List.of();
        }
        return list(name, value, reader, nonEmpty);
    }

    <T> List<T> optionalList(String name, BiFunction<Object, String, T> reader) {
        Object value = node.get(name);
        return value == null ? List.of() : list(name, value, reader, false);
    }

    private <T> List<T> list(String name, Object value, BiFunction<Object, String, T> reader, boolean nonEmpty) {
        String at = pointerOf(name);
        if (!(value instanceof List<?> elements)) {
            problems.add(at, "problem.type", "type.array", typeOf(value));
            return List.of();
        }
        if (nonEmpty && elements.isEmpty()) {
            problems.add(at, "problem.emptyList", name);
        }
        List<T> items = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size() && !problems.isFull(); i++) {
            T item = reader.apply(elements.get(i), at + "/" + i);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** An element reader for arrays of ids. */
    BiFunction<Object, String, String> ids() {
        return (element, at) -> {
            String id = string(element, at);
            return id == null || isId(id) ? id : invalidId(id, at);
        };
    }

    JsonObjectReader nested(Object value, String at, Set<String> allowed) {
        return of(value, at, problems, languages, allowed).orElse(null);
    }
}
