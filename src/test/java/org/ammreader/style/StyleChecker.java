package org.ammreader.style;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a model or an interface bundle as an editor would and lists what to strike, each as
 * {@code FILE:LINE: /json/pointer (or bundle key): what is wrong; what is expected}.
 *
 * <p>In a model, only the texts written for readers are read: the values of a LocalizedText, whose pointer ends
 * in the language. Names, addresses and source titles (headlines as published, in their own language and
 * spelling) are left alone.
 */
final class StyleChecker {

    /**
     * Bundle values where a typewriter quote or apostrophe is the subject, not prose: JSON syntax shown to whoever
     * edits a model by hand.
     */
    static final Set<String> CODE_KEYS = Set.of("type.text", "problem.syntax.nameExpected",
            "problem.syntax.singleQuote", "problem.syntax.nameExpected.unclosed", "problem.syntax.unclosedText");
    /** Legend glyphs (○ ! ?) that stand alone as symbols between spaces, not as punctuation. */
    static final Set<String> SYMBOL_KEYS = Set.of("markers");

    private StyleChecker() {
    }

    static List<String> checkModel(Path file) throws IOException {
        List<String> faults = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                Function<String, List<String>> rules = pointer.endsWith("/fr") ? FrenchTypography::faults
                        : pointer.endsWith("/en") ? BritishSpelling::faults : null;
                if (rules != null) {
                    int line = parser.currentTokenLocation().getLineNr();
                    rules.apply(parser.getText()).forEach(f -> faults.add(file + ":" + line + ": " + pointer + ": " + f));
                }
            }
        }
        return faults;
    }

    /**
     * A bundle's values in its language: French from a {@code _fr} file, English from an {@code _en} file or a
     * base file; other languages have no rules yet. Values are read as {@link java.util.Properties} would read
     * them (continuation lines, escapes), then checked as the user sees them: MessageFormat's {@code ''} is shown
     * as a typewriter apostrophe, so it is a fault in French like any other. DateTimeFormatter patterns (keys
     * {@code date.*} and {@code time.pattern}) quote their literal text with {@code '}: only what they print is
     * prose, and they print no apostrophe, so those quotes are not read.
     */
    static List<String> checkBundle(Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean french = name.endsWith("_fr.properties");
        boolean english = name.endsWith("_en.properties") || !name.matches(".*_[a-z]{2}\\.properties");
        List<String> faults = new ArrayList<>();
        if (!french && !english) {
            return faults;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(stripLeading(lines.get(i)));
            while (endsWithContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines.get(++i)));
            }
            String entry = logical.toString();
            int equals = entry.indexOf('=');
            if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("!") || equals < 0) {
                continue;
            }
            String key = entry.substring(0, equals).strip();
            String value = unescape(entry.substring(equals + 1));
            if (key.startsWith("date.") || key.equals("time.pattern")) {
                value = value.replace("'", "");
            }
            List<String> found = french ? FrenchTypography.faults(value) : BritishSpelling.faults(value);
            for (String fault : found) {
                boolean code = CODE_KEYS.contains(key) && fault.contains("typewriter");
                boolean symbol = SYMBOL_KEYS.contains(key) && (fault.contains("before “!”") || fault.contains("before “?”"));
                if (!code && !symbol) {
                    faults.add(file + ":" + (first + 1) + ": " + key + ": " + fault);
                }
            }
        }
        return faults;
    }

    private static String stripLeading(String line) {
        int at = 0;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return line.substring(at);
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int slashes = 0;
        for (int at = line.length() - 1; at >= 0 && line.charAt(at) == '\\'; at--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
