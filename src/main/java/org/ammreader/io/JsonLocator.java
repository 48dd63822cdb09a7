package org.ammreader.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

    /** The problems with their line and column; a property is placed at its name, a value at its first token. */
    static List<Problem> locate(ObjectMapper mapper, String text, List<Problem> problems) {
        Set<String> wanted = new HashSet<>();
        problems.stream().filter(p -> !p.isLocated()).forEach(p -> wanted.add(p.pointer()));
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            while (found.size() < wanted.size() && parser.nextToken() != null) {
                String pointer = pointerOf(parser);
                if (wanted.contains(pointer)) {
                    found.putIfAbsent(pointer, parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // The text was parsed successfully before; should a second reading fail, problems stay unplaced.
        }
        return problems.stream().map(p -> {
            JsonLocation location = found.get(p.pointer());
            return p.isLocated() || location == null ? p : p.withLocation(location.getLineNr(), location.getColumnNr());
        }).toList();
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
