package org.ammreader.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the JSON parser's messages in words a person who is not a programmer understands. */
final class SyntaxProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.*)' \\(code \\d+\\)\\)");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'");

    private SyntaxProblems() {
    }

    static Problem describe(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String pointer = parser.getParsingContext() == null ? "" : parser.getParsingContext().pathAsPointer().toString();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int line = Math.max(1, location.getLineNr());
        int column = Math.max(1, location.getColumnNr());
        return Problem.located(pointer, line, column, key(e, message), argument(e, message, parser));
    }

    private static String key(JsonProcessingException e, String message) {
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "problem.syntax.tooDeep";
            }
            if (message.contains("String value length")) {
                return "problem.syntax.stringTooLong";
            }
            if (message.contains("Number value length")) {
                return "problem.syntax.numberTooLong";
            }
            return "problem.syntax.tooLarge";
        }
        if (e instanceof JsonEOFException) {
            return "problem.syntax.eof";
        }
        if (message.startsWith("Trailing token")) {
            return "problem.syntax.trailing";
        }
        if (DUPLICATE.matcher(message).find()) {
            return "problem.syntax.duplicate";
        }
        if (NON_STANDARD.matcher(message).find()) {
            return "problem.syntax.nonStandard";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "problem.syntax.controlCharacter";
        }
        if (message.contains("Leading zeroes") || message.startsWith("Invalid numeric value")) {
            return "problem.syntax.number";
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return "problem.syntax.comment";
        }
        if (UNEXPECTED.matcher(message).find()) {
            return "problem.syntax.unexpected";
        }
        if (UNRECOGNIZED.matcher(message).find()) {
            return "problem.syntax.unrecognized";
        }
        return "problem.syntax.other";
    }

    private static Object argument(JsonProcessingException e, String message, JsonParser parser) {
        Matcher m;
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return JsonMappers.MAX_NESTING_DEPTH;
            }
            if (message.contains("String value length")) {
                return JsonMappers.MAX_STRING_LENGTH;
            }
            if (message.contains("Number value length")) {
                return JsonMappers.MAX_NUMBER_LENGTH;
            }
            return JsonMappers.MAX_DOCUMENT_LENGTH / 1_000_000;
        }
        if (e instanceof JsonEOFException) {
            if (message.contains("String value")) {
                return "type.inText";
            }
            return parser.getParsingContext() != null && parser.getParsingContext().inArray()
                    ? "type.inArray" : "type.inObject";
        }
        if ((m = DUPLICATE.matcher(message)).find() || (m = NON_STANDARD.matcher(message)).find()
                || (m = UNEXPECTED.matcher(message)).find() || (m = UNRECOGNIZED.matcher(message)).find()) {
            return m.group(1);
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
