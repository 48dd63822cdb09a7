package org.ammreader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of JSON syntax error, in the smallest text that shows it: the plain-words message, and the place a
 * person would look at — the start of a bad value, the character that does not belong, or the object or list that
 * holds an error between two of its entries.
 */
class SyntaxProblemsTest {

    private static final ModelLoader LOADER = new ModelLoader(JsonMappers.create());

    /** Escapes in the inputs are Java's: tabs, backslashes and Unicode escapes become the characters. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"a": 1.}         | 1:7: /a: this number is not written as JSON expects (such as 12, -3.5 or 1e6: no leading zeros, no + sign, a digit after the point)
            {"a": -}          | 1:7: /a: this number is not written as JSON expects (such as 12, -3.5 or 1e6: no leading zeros, no + sign, a digit after the point)
            {"a": +1}         | 1:7: /a: this number is not written as JSON expects (such as 12, -3.5 or 1e6: no leading zeros, no + sign, a digit after the point)
            [007]             | 1:2: /0: this number is not written as JSON expects (such as 12, -3.5 or 1e6: no leading zeros, no + sign, a digit after the point)
            {"a": NaN}        | 1:7: /a: "NaN" is not allowed in JSON; write a number, or leave the property out
            {"a": tru}        | 1:7: /a: unexpected word "tru"; texts must be in double quotes
            {"a": "x\\qy"}    | 1:9: /a: "\\q" is not allowed in a text; to write a backslash, double it (\\\\)
            {"a": "\\u12G4"}  | 1:12: /a: "\\u" must be followed by four hexadecimal digits (0-9, A-F)
            {"a": 1]          | 1:8: /: "]" here, but the object opened at line 1, column 1 must first be closed with "}"
            [1}               | 1:3: /: "}" here, but the list opened at line 1, column 1 must first be closed with "]"
            ]                 | 1:1: /: "]" here closes nothing: no list or object is open
            {"a": 1} {"b": 2} | 1:10: /: there is more after the end of the model; a model file holds a single JSON object
            {"a": 1}]         | 1:9: /: there is more after the end of the model; a model file holds a single JSON object
            {"a": 1,}         | 1:9: /: a comma before "}": JSON allows no comma after the last entry; remove it
            {"a": [1,]}       | 1:10: /a: a comma before "]": JSON allows no comma after the last entry; remove it
            {"a": [1,,2]}     | 1:10: /a: a value is missing before ","
            {"a": }           | 1:7: /a: a value is missing before "}"
            {"a": #}          | 1:7: /a: unexpected "#" here; expected a value: a text in double quotes, a number, true, false, null, a list or an object
            {a: 1}            | 1:2: /: unexpected "a" here; expected a property name in double quotes, such as "title"
            {'a': 1}          | 1:2: /: texts and property names need double quotes ("), not single quotes (')
            {"a" 1}           | 1:6: /a: expected ":" between the property name and its value
            {"a": 1 "b": 2}   | 1:9: /: expected a comma here, between two properties, or "}" to end the object; a "," may be missing just before it
            {"a": [1 2]}      | 1:10: /a: expected a comma here, between two entries, or "]" to end the list; a "," may be missing just before it, or a "]" to close the list opened at line 1, column 7
            {"a": 1 : 2}      | 1:9: /: expected a comma here, between two properties, or "}" to end the object
            {"a": 1 /* c */}  | 1:9: /: JSON does not allow comments
            {"a": "x\ty"}     | 1:9: /a: a line break or control character inside a text; write it as \\n or remove it
            {"a":\u0001 1}    | 1:6: /a: an invisible control character here, where only spaces and line breaks may be; the file may be damaged
            {"a":\u00a01}     | 1:6: /a: unexpected "U+00A0" here; expected a value: a text in double quotes, a number, true, false, null, a list or an object
            {"a": "x          | 1:9: /a: the file ends in the middle of a text; it may have been cut short
            {"a": [1,         | 1:10: /a: the file ends in the middle of a list; it may have been cut short
            {"a": {"b": 1}    | 1:15: /: the file ends in the middle of an object; it may have been cut short
            {"a               | 1:4: /: the file ends in the middle of a property name; it may have been cut short
            {"a": -           | 1:8: /a: the file ends in the middle of a number; it may have been cut short
            {"a": 1, "a": 2}  | 1:10: /a: the property "a" appears twice in the same object
            `{}\n\n  \u001f`  | 3:3: /: there is more after the end of the model; a model file holds a single JSON object
            `  \n `           | 1:1: /: the file holds only spaces and line breaks; a model is a JSON object
            """)
    void describesTheErrorInPlainWordsAtItsPlace(String json, String expected) {
        assertDescribed(json, expected);
    }

    /**
     * The common slips of a person editing a model by hand, each over several lines as in a real file: the message
     * at the place the parser stops, and the likely cause with the line where to look.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"a": [\n  {"b": 1\n  ,\n  {"c": 2}\n]}`  | 4:3: /a/0: unexpected "{" here; expected a property name in double quotes, such as "title"; a "}" or "," may be missing before line 4
            `{"a": [\n  {"b": 1\n  {"c": 2}\n]}`       | 3:3: /a/0: expected a comma here, between two properties, or "}" to end the object; a "}" or "," may be missing before line 3
            `{\n  "a": 1\n  "b": 2\n}`                 | 3:3: /: expected a comma here, between two properties, or "}" to end the object; a "," may be missing at the end of line 2
            `{"a": [\n  "x"\n  "y"\n]}`                | 3:3: /a: expected a comma here, between two entries, or "]" to end the list; a "," may be missing at the end of line 2, or a "]" to close the list opened at line 1, column 7
            `{"a": ["x", "y"\n  "b": 2}`                 | 2:3: /a: expected a comma here, between two entries, or "]" to end the list; a "," may be missing at the end of line 1, or a "]" to close the list opened at line 1, column 7
            `{"a": ["x"\n}`                              | 2:1: /a: "}" here, but the list opened at line 1, column 7 must first be closed with "]"
            `{"a": "x,\n  "b": 2}`                       | 1:10: /a: a text runs into a line break: its closing double quote (") may be missing here, or the line break belongs to the text and is written \\n
            `{\n  "a": 1,\n}`                           | 3:1: /: a comma before "}": JSON allows no comma after the last entry; remove it
            """)
    void namesTheLikelyCauseOfACommonSlip(String json, String expected) {
        assertDescribed(json, expected);
    }

    private static void assertDescribed(String json, String expected) {
        ModelException e = assertThrows(ModelException.class,
                () -> LOADER.load(json.getBytes(StandardCharsets.UTF_8), "f.json"));
        List<String> english = e.describe(Locale.ENGLISH);
        assertEquals(List.of("f.json:" + expected), english);
        String french = e.describe(Locale.FRENCH).get(0);
        assertNotEquals(english.get(0), french);
        assertFalse(HostileFilesTest.JARGON.matcher(french).find(), french);
    }
}
