package org.ammreader.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object of a model file as the binder reads it: its property names and values in the order of the file.
 * A value is a {@code String}, a {@code Long} or {@code BigInteger} (whole numbers), a {@code Double}, a
 * {@code Boolean}, {@link #NULL}, a {@code List} of values or another {@code JsonObject}. One array of the exact
 * size instead of Jackson's tree of nodes, each object a map: building that tree for every meeting took a quarter
 * of a load (ADR 0032). A repeated name is refused while the tree is read, so each name is here once.
 */
final class JsonObject {

    /** JSON's null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Above this many properties, names are found through a map or set rather than by looking at each. */
    static final int SCANNED = 16;

    /** The names at even places, each followed by its value. */
    private final Object[] entries;
    private final Map<String, Integer> index;

    /** An object of {@code entries}: its names at even places, each followed by its value; kept, not copied. */
    JsonObject(Object[] entries) {
        this.entries = entries;
        if (size() > SCANNED) {
            index = new HashMap<>();
            for (int i = 0; i < size(); i++) {
                index.put(name(i), i);
            }
        } else {
            index = null;
        }
    }

    /** The value of {@code name}, or null when the object has no such property. */
    Object get(String name) {
        if (index != null) {
            Integer at = index.get(name);
            return at == null ? null : value(at);
        }
        int hash = name.hashCode();
        for (int i = 0; i < entries.length; i += 2) {
            // The parser's names and the binder's are both interned: the same name is most often the same String,
            // and a String keeps its hash, so a name looked for and absent costs no comparison of characters.
            String known = (String) entries[i];
            if (known == name || known.hashCode() == hash && known.equals(name)) {
                return entries[i + 1];
            }
        }
        return null;
    }

    boolean has(String name) {
        return get(name) != null;
    }

    int size() {
        return entries.length / 2;
    }

    String name(int i) {
        return (String) entries[2 * i];
    }

    Object value(int i) {
        return entries[2 * i + 1];
    }

    /** The message key of a value's type, such as "type.object". */
    static String typeOf(Object value) {
        if (value instanceof JsonObject) {
            return "type.object";
        }
        if (value instanceof List) {
            return "type.array";
        }
        if (value instanceof String) {
            return "type.string";
        }
        if (value instanceof Number) {
            return "type.number";
        }
        if (value instanceof Boolean) {
            return "type.boolean";
        }
        return value == NULL ? "type.null" : "type.other";
    }
}
