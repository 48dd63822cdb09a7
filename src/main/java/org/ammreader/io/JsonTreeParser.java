package org.ammreader.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Parses a model's text into a JSON tree, or finds the one syntax problem that stops the parser (it cannot go
 * on after one). Content after the model is looked for here rather than by the mapper, so that whatever
 * follows — a second object, a stray bracket, a word — is reported as what it is: something after the end.
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

    /** Parses {@code text}; only a failing read ends it with an exception. */
    Parsed parse(Reader text) throws IOException {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                return parse(parser);
            } catch (NotUtf8Exception e) {
                return new Parsed(null, e.problem());
            }
        }
    }

    private Parsed parse(JsonParser parser) throws IOException {
        JsonNode root;
        try {
            root = treeReader.with(new SharedTexts()).readTree(parser);
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

    private static Problem trailing(JsonLocation at) {
        return Problem.located("", Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                "problem.syntax.trailing");
    }
}
