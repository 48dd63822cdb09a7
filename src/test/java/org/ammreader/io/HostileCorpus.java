package org.ammreader.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Model files that go wrong the ways real files do, each with what a user must get: the exit status of
 * {@code --validate} and the first line printed. Small files live in {@code src/test/resources/hostile/}; the big
 * ones, and those that are not plain files (a folder, a missing or unreadable file), are made at test time so
 * that the repository stays small.
 */
public final class HostileCorpus {

    /** The start of a hand-written model, before the line that goes wrong. */
    private static final String HEAD = "{\n  \"format\": \"amm-reader/1\",\n  \"id\": \"test-week\",\n"
            + "  \"languages\": [\"en\", \"fr\"],\n  \"title\": {\"en\": \"Test week\", \"fr\": \"Semaine de test\"},\n"
            + "  \"timeZone\": \"Asia/Bangkok\",\n";
    private static final Pattern LOCATED = Pattern.compile("^:\\d+:\\d+: /\\S*: .+");

    private HostileCorpus() {
    }

    /** Writes a case's file (or folder) at the path given, and returns the path to validate. */
    @FunctionalInterface
    public interface Maker {
        Path make(Path file) throws IOException;
    }

    /**
     * One way a file goes wrong. {@code status} is the exit status of {@code --validate}; {@code first} the first
     * line printed on the error stream, after the file's name (null when the model loads).
     */
    public record HostileCase(String name, Maker maker, int status, String first, boolean deniesReading) {

        /** The case's file, made in {@code folder}. */
        public Path materialize(Path folder) throws IOException {
            return maker.make(folder.resolve(name));
        }

        public String firstLine(Path file) {
            return file + first;
        }

        /** Whether the first problem has a place: line, column and JSON pointer. */
        public boolean located() {
            return first != null && LOCATED.matcher(first).matches();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<HostileCase> cases() {
        return List.of(
                stored("empty.json", 2, ":1:1: /: the file is empty; a model is a JSON object"),
                stored("whitespace-only.json", 2,
                        ":1:1: /: the file holds only spaces and line breaks; a model is a JSON object"),
                stored("null.json", 2, ":1:1: /: the file holds null (an empty value); a model is a JSON object"),
                stored("array-at-the-top.json", 2, ":1:1: /: the file holds a list; a model is a JSON object"),
                stored("truncated-mid-string.json", 2,
                        ":22:52: /meetings/0/title/fr: the file ends in the middle of a text; it may have been cut short"),
                stored("garbage-after-the-object.json", 2, ":65:1: /: there is more after the end of the model; "
                        + "a model file holds a single JSON object"),
                stored("byte-order-mark.json", 0, null),
                stored("latin-1.json", 2, ":11:67: /: this is not UTF-8 text (byte 0xE9 here); save the file as UTF-8 "
                        + "and open it again"),
                stored("utf-16-with-bom.json", 2, ":1:1: /: this file is in UTF-16; save it as UTF-8 and open it again"),
                stored("utf-16-without-bom.json", 2,
                        ":1:1: /: this file is in UTF-16; save it as UTF-8 and open it again"),
                stored("duplicate-keys.json", 2,
                        ":37:7: /meetings/1/title: the property \"title\" appears twice in the same object"),
                stored("misspelt-property.json", 2, ":1:1: /: the required property \"meetings\" is missing"),
                stored("wrong-types.json", 2, ":2:13: /format: expected a text, found a number"),
                made("nesting-100000-levels.json", HostileCorpus::deepNesting, 2, ":1:103: /meetings"
                        + "/0".repeat(63) + ": the data is nested more than 64 levels deep; a model never is"),
                made("text-of-50-mb.json", HostileCorpus::hugeText, 2,
                        ":1:44: /title/en: a text is longer than 1000000 characters (1 MB)"),
                made("number-of-5000-digits.json", HostileCorpus::longNumber, 2,
                        ":7:73: /facts/0/value: a number has more than 100 digits"),
                stored("nan.json", 2, ":7:73: /facts/0/value: \"NaN\" is not allowed in JSON; write a number, "
                        + "or leave the property out"),
                stored("infinity.json", 2, ":7:73: /facts/0/value: \"-Infinity\" is not allowed in JSON; write a "
                        + "number, or leave the property out"),
                stored("leading-zeros.json", 2, ":7:85: /meetings/0/start: this number is not written as JSON expects "
                        + "(such as 12, -3.5 or 1e6: no leading zeros, no + sign, a digit after the point)"),
                stored("unquoted-date.json", 2,
                        ":7:20: /: expected a comma here, between two properties, or \"}\" to end the object"),
                stored("comment.json", 2, ":7:3: /: JSON does not allow comments"),
                stored("block-comment.json", 2, ":7:3: /: JSON does not allow comments"),
                stored("single-quotes.json", 2,
                        ":7:3: /: texts and property names need double quotes (\"), not single quotes (')"),
                stored("trailing-comma-in-object.json", 2, ":9:1: /: a comma before \"}\": JSON allows no comma "
                        + "after the last entry; remove it"),
                stored("trailing-comma-in-list.json", 2, ":3:28: /languages: a comma before \"]\": JSON allows no "
                        + "comma after the last entry; remove it"),
                stored("missing-comma.json", 2, ":8:3: /: expected a comma here, between two properties, or \"}\" "
                        + "to end the object; a \",\" may be missing at the end of line 7"),
                stored("unquoted-name.json", 2, ":7:3: /: unexpected \"s\" here; expected a property name in double "
                        + "quotes, such as \"title\""),
                stored("mismatched-bracket.json", 2, ":9:3: /areas: \"}\" here, but the list opened at line 7, "
                        + "column 12 must first be closed with \"]\""),
                stored("backslash-in-text.json", 2, ":7:26: /venue/en: \"\\U\" is not allowed in a text; to write "
                        + "a backslash, double it (\\\\)"),
                stored("line-break-in-text.json", 2, ":7:34: /venue/en: a text runs into a line break: its closing "
                        + "double quote (\") may be missing here, or the line break belongs to the text and is written "
                        + "\\n"),
                made("long-property-name.json", HostileCorpus::longName, 2,
                        ":7:3: /: a property name is longer than 1000 characters"),
                made("ten-million-values.json", HostileCorpus::manyValues, 2, ":1:20000031: /meetings/9999995: the "
                        + "file holds more than 10,000,000 names and values; a model never holds so many"),
                made("id-of-4396-words.json", HostileCorpus::idOfManyWords, 2, ":954:16: /meetings/2/track: "
                        + "unknown track \"apt-eas-arf\" (declared: asean, pmc, " + "apt-eas-arf-".repeat(9) + "…)"),
                made("web-address-of-1-mb.json", HostileCorpus::longAddress, 2, ":31:70: /meetings/0/sources/0/url: "
                        + "\"https://example.org/" + "a".repeat(100) + "…\" is not a web address; expected one "
                        + "starting with https:// or http://"),
                stored("all-semantic-errors.json", 2, ":6:15: /timeZone: unknown time zone \"Asia/Bangkock\"; "
                        + "expected a name such as \"Asia/Bangkok\""),
                stored("one-language-only.json", 2, ":4:16: /languages: a model needs at least two languages"),
                stored("week-ends-before-it-starts.json", 2,
                        ":8:14: /endDate: the week ends (2019-07-29) before it starts (2019-08-03)"),
                stored("picture-renamed.json", 2, ":1:1: /: this is a PNG file, not a JSON model"),
                made("zero-bytes.json", file -> Files.write(file, new byte[4096]), 2,
                        ":1:1: /: this file holds binary data, not text; a model is a JSON text file"),
                made("folder.json", Files::createDirectory, 1, ": this is a folder, not a model file"),
                made("missing.json", file -> file, 1, ": there is no file here"),
                new HostileCase("unreadable.json", HostileCorpus::unreadable, 1,
                        ": this file cannot be read: permission denied", true),
                made("over-200-mb.json", HostileCorpus::sparse201Mb, 1,
                        ": this file is 201 MB; a model file may be at most 200 MB"));
    }

    private static HostileCase stored(String name, int status, String first) {
        return made(name, file -> copy(name, file), status, first);
    }

    private static HostileCase made(String name, Maker maker, int status, String first) {
        return new HostileCase(name, maker, status, first, false);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path copy(String resource, Path file) throws IOException {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + resource)) {
            if (in == null) {
                throw new IOException("no test resource /hostile/" + resource);
            }
            Files.copy(in, file);
        }
        return file;
    }

    /**
     * Found by ModelLoaderFuzzTest: the bundled week with the id of a track repeated 4,396 times, joined by
     * hyphens. The regular expression that checked ids recursed once per word and overflowed the stack.
     */
    private static Path idOfManyWords(Path file) throws IOException {
        String model = resource(ModelLoader.BUNDLED_RESOURCE);
        String id = "\"id\": \"apt-eas-arf\"";
        String grown = "\"id\": \"" + "apt-eas-arf-".repeat(4395) + "apt-eas-arf\"";
        return Files.writeString(file, model.replaceFirst(Pattern.quote(id), grown));
    }

    /** A web address of 900,000 characters, then a space: checking it took time growing with its square. */
    private static Path longAddress(Path file) throws IOException {
        String model = resource("/models/minimal.json");
        return Files.writeString(file, model.replace("\"https://example.org/a\"",
                "\"https://example.org/" + "a".repeat(900_000) + " and more\""));
    }

    private static Path deepNesting(Path file) throws IOException {
        int levels = 100_000;
        String text = "{\"format\": \"amm-reader/1\", \"meetings\": " + "[".repeat(levels) + "]".repeat(levels) + "}\n";
        return Files.writeString(file, text);
    }

    /** 50 MB in one string, written piece by piece rather than built in memory. */
    private static Path hugeText(Path file) throws IOException {
        byte[] piece = "a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"format\": \"amm-reader/1\", \"title\": {\"en\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                out.write(piece);
            }
            out.write("\"}}\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    private static Path longNumber(Path file) throws IOException {
        return Files.writeString(file, HEAD + "  \"facts\": [{\"id\": \"gdp\", \"label\": {\"en\": \"GDP\", \"fr\": \"PIB\"}, "
                + "\"value\": " + "9".repeat(5000) + "}]\n}\n");
    }

    private static Path longName(Path file) throws IOException {
        return Files.writeString(file, HEAD + "  \"" + "x".repeat(5000) + "\": 1\n}\n");
    }

    private static Path manyValues(Path file) throws IOException {
        return Files.writeString(file, "{\"format\": \"amm-reader/1\", \"meetings\": [" + "0,".repeat(10_000_000)
                + "0]}\n");
    }

    /**
     * A valid model that nobody but its owner may read. Its folder is opened to everyone, so that only the file's
     * own permissions stop another user (the jar may be run as one when the tests run as root).
     */
    private static Path unreadable(Path file) throws IOException {
        copy("byte-order-mark.json", file);
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        return file;
    }

    /** A file of 201 MB that takes no room on disk: the loader must refuse it by its size alone. */
    private static Path sparse201Mb(Path file) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(201_000_000L);
        }
        return file;
    }
}
