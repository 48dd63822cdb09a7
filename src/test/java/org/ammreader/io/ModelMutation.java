package org.ammreader.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A way to damage a model file, as a list of changes to its JSON tree (values swapped, copied, replaced, removed,
 * renamed, repeated; members shuffled) followed by changes to its bytes (bytes set, tokens deleted, copied or swapped,
 * text inserted, the file cut short). Places are fractions of what there is (0 to 999,999 millionths), so that
 * the same mutation applies to any file and shrinks towards its start.
 */
record ModelMutation(List<TreeChange> treeChanges, List<ByteChange> byteChanges) {

    static final int WHOLE = 1_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values that break a model's rules, or JSON's. */
    static final List<JsonNode> ODD_VALUES = List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
            NODES.numberNode(-1.5e308), NODES.textNode(""), NODES.textNode("   "), NODES.textNode("x"),
            NODES.textNode("2019-02-30"), NODES.textNode("25:61"), NODES.textNode("#ZZZZZZ"),
            NODES.textNode("ftp://example.org"), NODES.textNode("Asia/Nowhere"), NODES.textNode("\u0000\uFFFF\uD800"),
            NODES.textNode("x".repeat(5000)), NODES.objectNode(), NODES.arrayNode());
    /** Text that breaks JSON, or its encoding. */
    static final List<byte[]> ODD_BYTES = List.of(bytes(","), bytes("]"), bytes("}"), bytes("{"), bytes("["),
            bytes("\""), bytes("\\"), bytes(":"), bytes("NaN"), bytes("//"), bytes("/*"), bytes("'"), bytes("\r"),
            bytes("\t"), bytes("1e999"), bytes("-"), bytes("\uFEFF"), bytes("\u00A0"), new byte[] {0},
            new byte[] {(byte) 0xE9}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF, (byte) 0xFE});

    /** A change to the JSON tree; {@code node} and {@code other} pick nodes in document order. */
    record TreeChange(Kind kind, int node, int other) {
        enum Kind { SWAP, COPY, REPLACE, REMOVE, RENAME, SHUFFLE, GROW }
    }

    /** A change to the bytes; {@code at} and {@code other} pick places or tokens. */
    record ByteChange(Kind kind, int at, int other) {
        enum Kind { SET_BYTE, DELETE_TOKEN, COPY_TOKEN, SWAP_TOKENS, INSERT, TRUNCATE }
    }

    /** The damaged file: the model's own bytes when only its bytes change, else its tree written out. */
    byte[] apply(byte[] model, JsonNode tree, ObjectMapper mapper) {
        byte[] bytes = model;
        if (!treeChanges.isEmpty()) {
            JsonNode changed = tree.deepCopy();
            for (TreeChange change : treeChanges) {
                changed = apply(change, changed);
            }
            bytes = write(changed, mapper);
        }
        for (ByteChange change : byteChanges) {
            bytes = apply(change, bytes);
        }
        return bytes;
    }

    private static JsonNode apply(TreeChange change, JsonNode root) {
        List<Place> places = new ArrayList<>();
        collect(root, null, null, -1, places);
        Place place = pick(places, change.node());
        Place other = pick(places, change.other());
        if (place.parent() == null) {
            return root;
        }
        switch (change.kind()) {
            case SWAP -> {
                if (!place.contains(other) && !other.contains(place) && other.parent() != null) {
                    JsonNode value = place.value();
                    place.set(other.value());
                    other.set(value);
                }
            }
            case COPY -> place.set(other.value().deepCopy());
            case REPLACE -> place.set(ODD_VALUES.get(change.other() % ODD_VALUES.size()).deepCopy());
            case REMOVE -> place.remove();
            case RENAME -> place.rename(change.other());
            case SHUFFLE -> shuffle(place.value(), change.other());
            case GROW -> place.set(grown(place.value(), 1 + change.other() % 10_000));
        }
        return root;
    }

    /**
     * A value repeated, as a copy and paste gone wrong would: a text many times over, joined with hyphens; a list's
     * entries a few dozen times (duplicates are the point, not size: big files are the hostile corpus's job).
     */
    private static JsonNode grown(JsonNode value, int times) {
        if (value.isTextual()) {
            return NODES.textNode((value.asText() + "-").repeat(times) + value.asText());
        }
        if (value instanceof ArrayNode array && !array.isEmpty()) {
            ArrayNode grown = NODES.arrayNode();
            for (int i = 0; i < Math.min(times, 50); i++) {
                grown.add(array.get(i % array.size()).deepCopy());
            }
            return grown;
        }
        return value;
    }

    private static void shuffle(JsonNode container, long seed) {
        if (container instanceof ArrayNode array) {
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(elements::add);
            Collections.shuffle(elements, new Random(seed));
            array.removeAll();
            array.addAll(elements);
        } else if (container instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            members.addAll(object.properties());
            Collections.shuffle(members, new Random(seed));
            Map<String, JsonNode> shuffled = new LinkedHashMap<>();
            members.forEach(member -> shuffled.put(member.getKey(), member.getValue()));
            object.removeAll();
            object.setAll(shuffled);
        }
    }

    private static byte[] apply(ByteChange change, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = (int) ((long) change.at() * bytes.length / WHOLE);
        return switch (change.kind()) {
            case SET_BYTE -> {
                byte[] copy = bytes.clone();
                copy[at] = (byte) change.other();
                yield copy;
            }
            case INSERT -> splice(bytes, at, at, ODD_BYTES.get(change.other() % ODD_BYTES.size()));
            case TRUNCATE -> Arrays.copyOf(bytes, at);
            case DELETE_TOKEN, COPY_TOKEN, SWAP_TOKENS -> tokens(change, bytes);
        };
    }

    /** Token changes work on the text; a file that is no longer UTF-8 is left as it is. */
    private static byte[] tokens(ByteChange change, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<int[]> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return bytes;
        }
        int[] one = pick(tokens, change.at());
        int[] two = pick(tokens, change.other());
        String changed = switch (change.kind()) {
            case DELETE_TOKEN -> text.substring(0, one[0]) + text.substring(one[1]);
            case COPY_TOKEN -> text.substring(0, two[0]) + text.substring(one[0], one[1]) + text.substring(two[0]);
            default -> swap(text, one, two);
        };
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    /** Where the tokens are: texts in quotes, numbers and words, and each other character that is not a space. */
    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, text.length());
            } else if (Character.isLetterOrDigit(c) || c == '-') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "+-.".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
            } else {
                i++;
                if (Character.isWhitespace(c)) {
                    continue;
                }
            }
            tokens.add(new int[] {start, i});
        }
        return tokens;
    }

    private static String swap(String text, int[] one, int[] two) {
        if (one[0] == two[0]) {
            return text;
        }
        int[] first = one[0] < two[0] ? one : two;
        int[] second = one[0] < two[0] ? two : one;
        return text.substring(0, first[0]) + text.substring(second[0], second[1])
                + text.substring(first[1], second[0]) + text.substring(first[0], first[1]) + text.substring(second[1]);
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] inserted) {
        byte[] result = new byte[bytes.length - (to - from) + inserted.length];
        System.arraycopy(bytes, 0, result, 0, from);
        System.arraycopy(inserted, 0, result, from, inserted.length);
        System.arraycopy(bytes, to, result, from + inserted.length, bytes.length - to);
        return result;
    }

    private static <T> T pick(List<T> items, int fraction) {
        return items.get((int) ((long) fraction * items.size() / WHOLE));
    }

    private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Place> places) {
        places.add(new Place(node, parent, name, index));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), node, field.getKey(), -1, places);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), node, null, i, places);
            }
        }
    }

    private static byte[] write(JsonNode tree, ObjectMapper mapper) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            mapper.writerWithDefaultPrettyPrinter().writeValue(out, tree);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A node and where it hangs: a named member of an object, or an element of an array. */
    private record Place(JsonNode value, JsonNode parent, String name, int index) {

        /** Whether {@code other} is this node or lies inside it. */
        boolean contains(Place other) {
            return containsNode(value, other.value());
        }

        private static boolean containsNode(JsonNode container, JsonNode node) {
            if (container == node) {
                return true;
            }
            for (JsonNode child : container) {
                if (containsNode(child, node)) {
                    return true;
                }
            }
            return false;
        }

        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        /** A typo: a letter dropped, doubled or changed; elements of arrays have no name to change. */
        void rename(int how) {
            if (!(parent instanceof ObjectNode object) || name.isEmpty()) {
                return;
            }
            int at = how % name.length();
            String renamed = switch (how % 3) {
                case 0 -> name.substring(0, at) + name.substring(at + 1);
                case 1 -> name.substring(0, at + 1) + name.substring(at);
                default -> name.substring(0, at) + (char) (name.charAt(at) ^ 0x20) + name.substring(at + 1);
            };
            Map<String, JsonNode> members = new LinkedHashMap<>();
            object.properties().forEach(member -> members.put(member.getKey().equals(name) ? renamed
                    : member.getKey(), member.getValue()));
            object.removeAll();
            object.setAll(members);
        }
    }
}
