package org.ammreader.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;

/**
 * Run in a fresh process by the benchmark: the least a load can do, the yardstick of issue 19. It reads every
 * token of a model file with Jackson's streaming parser, each string and name made a String, and keeps nothing.
 */
public final class StreamingPass {

    private StreamingPass() {
    }

    /** @param args the model file */
    public static void main(String[] args) throws Exception {
        long tokens = 0;
        long chars = 0;
        try (JsonParser parser = new JsonFactory().createParser(Path.of(args[0]).toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    chars += parser.getText().length();
                }
            }
        }
        System.out.println("tokens=" + tokens + " chars=" + chars);
    }
}
