package org.ammreader.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the JSON parser's messages in words a person who is not a programmer understands, and places each at
 * the character a person would look at. Jackson's own text never reaches the user: it speaks of tokens, features
 * and character codes.
 */
final class SyntaxProblems {

    private static final Pattern CHARACTER = Pattern.compile("^(?:Unexpected|Illegal(?: unquoted)?) character "
            + "\\(.*?code (\\d+)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape .*?\\(code (\\d+)\\)");
    private static final Pattern NAME_LENGTH = Pattern.compile("^Name length \\((\\d+)\\)");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*)': was expecting");
    /** A word this long is shown cut short: the parser collects up to 256 characters of it. */
    private static final int SHOWN_WORD = 40;

    private SyntaxProblems() {
    }

    static Problem describe(JsonProcessingException e, JsonParser parser) {
        String message = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        JsonStreamContext context = parser.getParsingContext();
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        Place place = new Place(pointerOf(context), at.getLineNr(), at.getColumnNr());
        if (e instanceof StreamConstraintsException) {
            return tooBig(message, parser, place);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            String unfinished = unfinished(message, context);
            boolean inContainer = unfinished.equals("type.inArray") || unfinished.equals("type.inObject");
            return (inContainer ? between(parser, place) : place).problem("problem.syntax.eof", unfinished);
        }
        Matcher m;
        if ((m = DUPLICATE.matcher(message)).find()) {
            // Jackson stops just after the repeated name, whose opening quote is its length and two quotes before
            // (exactly, unless the name is written with escapes).
            return place.movedLeft(m.group(1).length() + 2).problem("problem.syntax.duplicate", m.group(1));
        }
        if ((m = NON_STANDARD.matcher(message)).find()) {
            return valueStart(parser, place).problem("problem.syntax.nonStandard", m.group(1));
        }
        if ((m = UNRECOGNIZED.matcher(message)).find()) {
            return place.problem("problem.syntax.unrecognized", shorten(m.group(1)));
        }
        if ((m = CLOSE.matcher(message)).find()) {
            return closing(m.group(1), message, context, between(parser, place));
        }
        if ((m = ESCAPE.matcher(message)).find()) {
            // Placed at the backslash that starts the escape, not at the letter after it.
            return place.movedLeft(1).problem("problem.syntax.escape", shown(Integer.parseInt(m.group(1))));
        }
        if ((m = CHARACTER.matcher(message)).find()) {
            return character(Integer.parseInt(m.group(1)), message, parser, place);
        }
        if (message.startsWith("Invalid numeric value")) {
            return valueStart(parser, place).problem("problem.syntax.number");
        }
        return place.problem("problem.syntax.other");
    }

    /** The limits of {@link JsonMappers}, exceeded. */
    private static Problem tooBig(String message, JsonParser parser, Place place) {
        if (message.contains("nesting depth")) {
            return valueStart(parser, place).problem("problem.syntax.tooDeep", JsonMappers.MAX_NESTING_DEPTH);
        }
        if (message.contains("String value length") && parser.currentToken() == JsonToken.VALUE_STRING) {
            return valueStart(parser, place).problem("problem.syntax.stringTooLong", JsonMappers.MAX_STRING_LENGTH);
        }
        if (message.contains("String value length") || message.contains("Number value length")) {
            // Digits are collected as text too: a number of more than a million digits hits the text limit first.
            return valueStart(parser, place).problem("problem.syntax.numberTooLong", JsonMappers.MAX_NUMBER_LENGTH);
        }
        Matcher name = NAME_LENGTH.matcher(message);
        if (name.find()) {
            // Jackson stops just after the characters it counted: the name starts at its quote, before them (or,
            // when it counted the whole name, at its first letter).
            return between(parser, place).movedLeft(Integer.parseInt(name.group(1)) + 1)
                    .problem("problem.syntax.nameTooLong", JsonMappers.MAX_NAME_LENGTH);
        }
        if (message.contains("Token count")) {
            return valueStart(parser, place).problem("problem.syntax.tooManyTokens", JsonMappers.MAX_TOKEN_COUNT);
        }
        return place.problem("problem.syntax.tooLarge", JsonMappers.MAX_DOCUMENT_LENGTH / 1_000_000);
    }

    /** What the file ends in the middle of, as a type key of the bundle. */
    private static String unfinished(String message, JsonStreamContext context) {
        if (message.contains("string value") || message.contains("escape sequence")) {
            return "type.inText";
        }
        if (message.contains("field name")) {
            return "type.inName";
        }
        if (message.contains("digit") || message.contains("numeric")) {
            return "type.inNumber";
        }
        if (message.contains("Array")) {
            return "type.inArray";
        }
        if (message.contains("Object")) {
            return "type.inObject";
        }
        return context != null && context.inArray() ? "type.inArray" : "type.inObject";
    }

    private static Problem closing(String bracket, String message, JsonStreamContext open, Place place) {
        if (message.contains("no open") || open == null || open.inRoot()) {
            return place.problem("problem.syntax.closeNothing", bracket);
        }
        JsonLocation start = open.startLocation(ContentReference.unknown());
        return place.problem(open.inArray() ? "problem.syntax.closeMismatch.array"
                : "problem.syntax.closeMismatch.object", bracket, start.getLineNr(), start.getColumnNr());
    }

    private static Problem character(int code, String message, JsonParser parser, Place place) {
        if (message.startsWith("Illegal unquoted character")) {
            // A line break in a text is most often a text whose closing quote was forgotten.
            return place.problem(code == '\n' || code == '\r' ? "problem.syntax.unclosedText"
                    : "problem.syntax.controlCharacter");
        }
        if (message.contains("hex-digit")) {
            return place.problem("problem.syntax.unicodeEscape");
        }
        if (message.contains("in numeric value")) {
            return valueStart(parser, place).problem("problem.syntax.number");
        }
        String found = shown(code);
        Place between = between(parser, place);
        if (message.startsWith("Illegal character")) {
            // Jackson stops just after the character.
            return between.movedLeft(1).problem("problem.syntax.controlOutside");
        }
        if (message.contains("maybe a (non-standard) comment")) {
            return between.problem("problem.syntax.comment");
        }
        if (code == '\'') {
            return between.problem("problem.syntax.singleQuote");
        }
        boolean inArray = parser.getParsingContext() != null && parser.getParsingContext().inArray();
        if (message.contains("double-quote to start field name")) {
            // After "{" a "}" closes the object: here it can only follow a comma.
            if (code == '}') {
                return between.problem("problem.syntax.trailingComma", found);
            }
            if (code == '{' || code == '[') {
                int apart = linesApart(parser, place);
                return between.problem("problem.syntax.nameExpected.unclosed", found, apart, digits(apart));
            }
            return between.problem("problem.syntax.nameExpected", found);
        }
        if (message.contains("expected a valid value")) {
            if (code == ']' && inArray) {
                return between.problem("problem.syntax.trailingComma", found);
            }
            return between.problem(code == ',' || code == ']' || code == '}' ? "problem.syntax.missingValue"
                    : "problem.syntax.valueExpected", found);
        }
        if (message.contains("colon to separate")) {
            return between.problem("problem.syntax.colonExpected");
        }
        if (message.contains("comma to separate")) {
            return commaExpected(code, inArray, parser, between);
        }
        return between.problem("problem.syntax.unexpected", found);
    }

    /**
     * A comma was expected: with what came instead, the likely slip. A value where a property name should be is an
     * object left open; a value where a list's next entry could be is a forgotten comma or a list left open.
     */
    private static Problem commaExpected(int code, boolean inArray, JsonParser parser, Place place) {
        int lineBefore = lineOfSlip(parser, place);
        if (inArray) {
            if (!startsValue(code)) {
                return place.problem("problem.syntax.commaExpected.array");
            }
            JsonLocation start = parser.getParsingContext().startLocation(ContentReference.unknown());
            return place.problem("problem.syntax.commaExpected.array.comma", lineBefore, digits(lineBefore),
                    start.getLineNr(), start.getColumnNr());
        }
        if (code == '{' || code == '[') {
            int apart = linesApart(parser, place);
            return place.problem("problem.syntax.commaExpected.object.unclosed", apart, digits(apart));
        }
        return code == '"' ? place.problem("problem.syntax.commaExpected.object.comma", lineBefore, digits(lineBefore))
                : place.problem("problem.syntax.commaExpected.object");
    }

    private static boolean startsValue(int code) {
        return code == '"' || code == '{' || code == '[' || code == '-' || code == 't' || code == 'f' || code == 'n'
                || code >= '0' && code <= '9';
    }

    /**
     * The line that ends with the last value read before the error, where a forgotten comma belongs; 0 when that
     * value is on the error's own line, where "just before" says it better than a line number.
     */
    private static int lineOfSlip(JsonParser parser, Place place) {
        int line = parser.currentTokenLocation().getLineNr();
        return line >= 1 && line < place.line() ? line : 0;
    }

    /** The error's line when the last value read is on an earlier line, so the slip is between them; else 0. */
    private static int linesApart(JsonParser parser, Place place) {
        return lineOfSlip(parser, place) == 0 ? 0 : place.line();
    }

    /**
     * A line number as the messages show it, passed beside the number itself: the messages choose their words by
     * the number (a choice format), and a number format inside a choice cannot be written with its "#".
     */
    private static String digits(int line) {
        return Integer.toString(line);
    }

    private static String pointerOf(JsonStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /**
     * The place of an error that may stand between two entries. There the parser still names the entry before,
     * which is fine, so the object or list that holds both is named instead. After a property name the error is
     * in its value, and the property is named.
     */
    private static Place between(JsonParser parser, Place place) {
        JsonToken token = parser.currentToken();
        if (token == null || !token.isScalarValue() && !token.isStructEnd()) {
            return place;
        }
        JsonPointer container = JsonPointer.compile(place.pointer()).head();
        return new Place(container == null ? "" : container.toString(), place.line(), place.column());
    }

    /**
     * Where the value being read starts. {@link JsonParser#currentTokenLocation()} would give the property name
     * while the value of a property is read; Jackson's {@link ParserBase} keeps the value's place, but counts its
     * column from the character after the value's first one.
     */
    private static Place valueStart(JsonParser parser, Place place) {
        if (parser instanceof ParserBase base && base.getTokenLineNr() >= 1 && base.getTokenColumnNr() >= 2) {
            return new Place(place.pointer(), base.getTokenLineNr(), base.getTokenColumnNr() - 1);
        }
        return place;
    }

    /** A character as a person can see it: invisible ones by their Unicode number. */
    private static String shown(int code) {
        int type = Character.getType(code);
        if (Character.isISOControl(code) || Character.isWhitespace(code) || Character.isSpaceChar(code)
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED) {
            return String.format(Locale.ROOT, "U+%04X", code);
        }
        return new String(Character.toChars(code));
    }

    private static String shorten(String word) {
        String cut = word.endsWith("...") ? word.substring(0, word.length() - 3) : word;
        return cut.length() > SHOWN_WORD || cut.length() < word.length()
                ? cut.substring(0, Math.min(cut.length(), SHOWN_WORD)) + "…" : cut;
    }

    /** A pointer, line and column; a line or column the parser did not know becomes 1. */
    private record Place(String pointer, int line, int column) {

        Place movedLeft(int characters) {
            return new Place(pointer, line, column - characters);
        }

        Problem problem(String key, Object... args) {
            return Problem.located(pointer, Math.max(1, line), Math.max(1, column), key, args);
        }
    }
}
