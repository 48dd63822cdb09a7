package org.ammreader.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;

/**
 * Parses a model's text into a JSON tree, or finds the one syntax problem that stops the parser (it cannot go
 * on after one). Content after the model is looked for here rather than by the mapper, so that whatever
 * follows — a second object, a stray bracket, a word — is reported as what it is: something after the end.
 * <p>
 * One list of the root object can be handed out element by element as it is read ({@link ListAsRead}), so that
 * its elements are bound while they are small young trees rather than kept as one tree of the whole file (ADR 0030).
 */
final class JsonTreeParser {

    private final ObjectMapper mapper;
    private final ObjectReader treeReader;

    JsonTreeParser(ObjectMapper mapper) {
        this.mapper = mapper;
        this.treeReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The tree, or the problem. */
    record Parsed(JsonNode root, Problem problem) {
    }

    /** A list of the root object taken element by element while it is read, instead of kept in the tree. */
    interface ListAsRead {
        /** The root's property that holds the list. */
        String name();

        /**
         * Whether to take the list's elements as they are read, given the root's properties read before it;
         * if not, the list is kept in the tree like any other property.
         */
        boolean start(ObjectNode before);

        /** The next element of the list, a tree of its own. */
        void element(JsonNode element);
    }

    /**
     * Parses {@code text}; only a failing read ends it with an exception. The list {@code asRead} names, when it
     * is taken element by element, stays in the tree as an empty array, in its place among the root's properties.
     */
    Parsed parse(Reader text, ListAsRead asRead) throws IOException {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                return parse(parser, asRead);
            } catch (NotUtf8Exception e) {
                return new Parsed(null, e.problem());
            }
        }
    }

    private Parsed parse(JsonParser parser, ListAsRead asRead) throws IOException {
        JsonNode root;
        try {
            SharedTexts texts = new SharedTexts();
            ObjectReader reader = treeReader.with(texts);
            root = parser.nextToken() == JsonToken.START_OBJECT ? readRoot(parser, reader, texts, asRead)
                    : reader.readTree(parser);
        } catch (JsonProcessingException e) {
            return new Parsed(null, SyntaxProblems.describe(e, parser));
        }
        if (root == null || root.isMissingNode()) {
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

    /** The root object, property by property, the parser standing on its opening brace. */
    private static ObjectNode readRoot(JsonParser parser, ObjectReader reader, SharedTexts texts, ListAsRead asRead)
            throws IOException {
        JsonParser values = new KeepsToken(parser);
        ObjectNode root = texts.objectNode();
        // Names are read with nextFieldName, as the mapper reads them: its errors are worded differently.
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY && name.equals(asRead.name()) && asRead.start(root)) {
                for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY;
                     element = parser.nextToken()) {
                    asRead.element(reader.readTree(values));
                }
                root.set(name, texts.arrayNode());
            } else {
                root.set(name, reader.readTree(values));
            }
        }
        return root;
    }

    /**
     * The parser as the mapper sees it when reading one value: the mapper forgets the value's last token once read,
     * but {@link SyntaxProblems} tells an error between two entries by that token, as it did when the mapper read
     * the whole root in one call.
     */
    private static final class KeepsToken extends JsonParserDelegate {
        KeepsToken(JsonParser parser) {
            super(parser);
        }

        @Override
        public void clearCurrentToken() {
            // Kept: see the class comment.
        }
    }

    private static Problem trailing(JsonLocation at) {
        return Problem.located("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                "problem.syntax.trailing");
    }
}
