package org.ammreader.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses a model's text into {@link JsonObject}s and lists, or finds the one syntax problem that stops the parser
 * (it cannot go on after one). Content after the model is looked for here, so that whatever follows — a second
 * object, a stray bracket, a word — is reported as what it is: something after the end.
 * <p>
 * The tree is built straight from the parser's tokens, its strings shared on the parser's characters
 * ({@link SharedTexts}); it asks the parser for names and values exactly as Jackson's own tree reader does
 * (names with {@code nextFieldName}, the last token kept between values), because the syntax messages depend on
 * both (ADR 0030, 0032). One list of the root object can be handed out element by element as it is read
 * ({@link ListAsRead}), so that its elements are bound while they are small young trees rather than kept as one
 * tree of the whole file (ADR 0030).
 */
final class JsonTreeParser {

    /** The list {@link ListAsRead} of a file read only for its first problem: its elements are dropped. */
    static final ListAsRead DROPPED = new ListAsRead() {
        @Override
        public String name() {
            return "meetings";
        }

        @Override
        public boolean start(JsonObject before) {
            return true;
        }

        @Override
        public void element(Object element) {
            // Dropped: see the constant's comment.
        }
    };

    private final JsonFactory checksNames;
    private final JsonFactory leavesNames;

    /** {@code factory}: one whose parsers refuse a repeated name, as the application's do. */
    JsonTreeParser(JsonFactory factory) {
        this.checksNames = factory;
        this.leavesNames = factory.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** The tree (a {@link JsonObject} for a model, but any JSON value), or the problem. */
    record Parsed(Object root, Problem problem) {
    }

    /** A list of the root object taken element by element while it is read, instead of kept in the tree. */
    interface ListAsRead {
        /** The root's property that holds the list. */
        String name();

        /**
         * Whether to take the list's elements as they are read, given the root's properties read before it;
         * if not, the list is kept in the tree like any other property.
         */
        boolean start(JsonObject before);

        /** The next element of the list, a tree of its own. */
        void element(Object element);
    }

    /**
     * Parses {@code text}; only a failing read ends it with an exception. The list {@code asRead} names, when it
     * is taken element by element, stays in the tree as an empty list, in its place among the root's properties.
     * A repeated name is refused by the parser if {@code parserChecksNames}, else by the tree, at the next name:
     * the problem then is not the parser's, and only says that there is one.
     */
    Parsed parse(Reader text, ListAsRead asRead, boolean parserChecksNames) throws IOException {
        try (JsonParser parser = (parserChecksNames ? checksNames : leavesNames).createParser(text)) {
            try {
                return parse(parser, asRead);
            } catch (NotUtf8Exception e) {
                return new Parsed(null, e.problem());
            }
        }
    }

    /**
     * Parses the UTF-8 bytes of a text as {@link #parse(Reader, ListAsRead, boolean)} does, repeated names refused by
     * the tree, with Jackson's parser of bytes: the quick reading of ADR 0034. Where it finds a problem, the places it
     * gives are not those of the text's characters, so the file is read again as text.
     */
    Parsed parse(InputStream utf8, ListAsRead asRead) throws IOException {
        try (JsonParser parser = leavesNames.createParser(utf8)) {
            return parse(parser, asRead);
        }
    }

    private Parsed parse(JsonParser parser, ListAsRead asRead) throws IOException {
        Object root;
        try {
            Values values = new Values(parser);
            JsonToken first = parser.nextToken();
            root = first == JsonToken.START_OBJECT ? values.object(asRead) : first == null ? null : values.read();
            if (first != null && first != JsonToken.START_OBJECT) {
                // As Jackson's tree reader leaves it after reading a whole document.
                parser.clearCurrentToken();
            }
        } catch (JsonProcessingException e) {
            return new Parsed(null, SyntaxProblems.describe(e, parser));
        }
        if (root == null) {
            boolean blank = parser.currentLocation().getCharOffset() > 0;
            return new Parsed(null, Problem.located("", 1, 1, blank ? "problem.syntax.blank" : "problem.syntax.empty"));
        }
        try {
            if (parser.nextToken() != null) {
                return new Parsed(null, trailing(parser.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            // Whatever is wrong with it, it comes after the model; only its place is kept.
            Problem wrong = SyntaxProblems.describe(e, parser);
            return new Parsed(null, Problem.located("", wrong.line(), wrong.column(), "problem.syntax.trailing"));
        }
        return new Parsed(root, null);
    }

    /** Reads values from the parser's tokens, one String per distinct text. */
    private static final class Values {
        private final JsonParser parser;
        private final SharedTexts texts = new SharedTexts();
        /**
         * The properties of the objects being read, one buffer per depth, reused: each object is then given one
         * array of its exact size, where growing its own took more memory than everything else the tree allocated.
         */
        private Object[][] buffers = new Object[8][];
        private int depth;

        Values(JsonParser parser) {
            this.parser = parser;
        }

        /**
         * The object whose opening brace the parser stands on. Only the root has a list {@code asRead} (else null):
         * its elements are handed out as they are read, and the list is left empty in its place.
         */
        JsonObject object(ListAsRead asRead) throws IOException {
            int level = depth++;
            if (level == buffers.length) {
                buffers = Arrays.copyOf(buffers, level * 2);
            }
            if (buffers[level] == null) {
                buffers[level] = new Object[64];
            }
            Object[] entries = buffers[level];
            int size = 0;
            Set<String> names = null;
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                if (names == null && size >= 2 * JsonObject.SCANNED) {
                    names = names(entries, size);
                }
                if (names != null ? !names.add(name) : repeated(entries, size, name)) {
                    throw new JsonParseException(parser, "Duplicate field '" + name + "'");
                }
                JsonToken first = parser.nextToken();
                Object value;
                if (asRead != null && first == JsonToken.START_ARRAY && name.equals(asRead.name())
                        && asRead.start(new JsonObject(Arrays.copyOf(entries, size)))) {
                    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY;
                         element = parser.nextToken()) {
                        asRead.element(read());
                    }
                    value = List.of();
                } else {
                    value = read();
                }
                if (size + 2 > entries.length) {
                    entries = Arrays.copyOf(entries, entries.length * 2);
                    buffers[level] = entries;
                }
                entries[size++] = name;
                entries[size++] = value;
            }
            depth--;
            JsonObject object = new JsonObject(Arrays.copyOf(entries, size));
            Arrays.fill(entries, 0, size, null);
            return object;
        }

        /** Whether {@code name} is among the first {@code size} entries' names (each String keeps its hash). */
        private static boolean repeated(Object[] entries, int size, String name) {
            int hash = name.hashCode();
            for (int i = 0; i < size; i += 2) {
                String known = (String) entries[i];
                if (known == name || known.hashCode() == hash && known.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** The names of a large object, in a set from then on: a hostile one has millions. */
        private static Set<String> names(Object[] entries, int size) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < size; i += 2) {
                names.add((String) entries[i]);
            }
            return names;
        }

        /** The value whose first token the parser stands on; it is left on the value's last token. */
        Object read() throws IOException {
            switch (parser.currentToken()) {
                case START_OBJECT -> {
                    return object(null);
                }
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY;
                         element = parser.nextToken()) {
                        list.add(read());
                    }
                    return list;
                }
                case VALUE_STRING -> {
                    return texts.text(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                }
                case VALUE_NUMBER_INT -> {
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                            : (Object) parser.getLongValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    return parser.getDoubleValue();
                }
                case VALUE_TRUE -> {
                    return Boolean.TRUE;
                }
                case VALUE_FALSE -> {
                    return Boolean.FALSE;
                }
                default -> {
                    return JsonObject.NULL;
                }
            }
        }
    }

    private static Problem trailing(JsonLocation at) {
        return Problem.located("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                "problem.syntax.trailing");
    }
}
