package org.ammreader.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON pointers in a model's text. It reads the text once more, only when there
 * are problems to place, so that loading a valid model keeps no location data at all.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    /**
     * The problems with their line and column: at the value a pointer leads to, except for an unknown property,
     * which is placed at its name (the value is fine; the name is what is wrong).
     */
    static List<Problem> locate(JsonFactory factory, Reader text, List<Problem> problems) throws IOException {
        Set<String> wanted = new HashSet<>();
        problems.stream().filter(p -> !p.isLocated()).forEach(p -> wanted.add(p.pointer()));
        Set<String> onTheWay = prefixes(wanted);
        Map<String, JsonLocation> names = new HashMap<>();
        Map<String, JsonLocation> values = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            while (values.size() < wanted.size() && parser.nextToken() != null) {
                String pointer = pointerOf(parser);
                if (wanted.contains(pointer)) {
                    Map<String, JsonLocation> places = parser.currentToken() == JsonToken.FIELD_NAME ? names : values;
                    places.putIfAbsent(pointer, parser.currentTokenLocation());
                }
                if (parser.currentToken().isStructStart() && !onTheWay.contains(pointer)) {
                    // Nothing wanted inside: read past it without working out a pointer for each of its values.
                    parser.skipChildren();
                }
            }
        }
        return problems.stream().map(p -> {
            JsonLocation location = p.key().startsWith("problem.unknownProperty") ? names.get(p.pointer())
                    : values.get(p.pointer());
            return p.isLocated() || location == null ? p : p.withLocation(location.getLineNr(), location.getColumnNr());
        }).toList();
    }

    /** The pointers themselves and every pointer on the way to them, from the root. */
    private static Set<String> prefixes(Set<String> pointers) {
        Set<String> prefixes = new HashSet<>();
        for (String pointer : pointers) {
            for (int slash = pointer.indexOf('/'); slash >= 0; slash = pointer.indexOf('/', slash + 1)) {
                prefixes.add(pointer.substring(0, slash));
            }
            prefixes.add(pointer);
        }
        return prefixes;
    }

    /** The pointer of the current token: for a START_OBJECT or START_ARRAY, of the container it opens. */
    static String pointerOf(JsonParser parser) {
        JsonToken token = parser.currentToken();
        var context = parser.getParsingContext();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            context = context.getParent();
        }
        return context.pathAsPointer().toString();
    }
}
