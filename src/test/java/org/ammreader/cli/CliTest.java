package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands: what they print and the status they exit with. */
class CliTest {

    @TempDir
    Path folder;

    private final CliRun cli = new CliRun();

    @Test
    void helpListsTheOptionsAndExitsZero() {
        assertEquals(0, cli.run("--help"));
        for (String option : new String[] {"--model FILE", "--validate", "--help", "--version", "Exit status"}) {
            assertTrue(cli.out().contains(option), option + " missing from:\n" + cli.out());
        }
        assertEquals("", cli.err());
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertEquals(0, cli.run("--version"));
        assertTrue(cli.out().matches("AMM Reader \\d+\\.\\d+\\.\\d+\\S*\\R"), cli.out());
    }

    @Test
    void validatesTheBundledModel() {
        assertEquals(0, cli.run("--validate"));
        assertTrue(cli.out().matches("amm52-bangkok-2019\\.json: valid; \\d\\d meetings over 6 days, \\d+ documents, "
                + "25 areas\\R"), cli.out());
    }

    @Test
    void validatesAnotherModel() throws IOException {
        Path file = folder.resolve("three.json");
        Files.write(file, CliTest.class.getResourceAsStream("/models/three-languages.json").readAllBytes());
        assertEquals(0, cli.run("--validate", "--model", file.toString()));
        assertTrue(cli.out().startsWith(file + ": valid; 5 meetings over 3 days, 1 document, 3 areas"), cli.out());
    }

    @Test
    void aLoneFileNameIsTheModelAsAFileManagerPassesIt() throws IOException {
        Path file = folder.resolve("three.json");
        Files.write(file, CliTest.class.getResourceAsStream("/models/three-languages.json").readAllBytes());
        assertEquals(0, cli.run("--validate", file.toString()));
        assertTrue(cli.out().startsWith(file + ": valid; 5 meetings over 3 days, 1 document, 3 areas"), cli.out());
    }

    @Test
    void aSecondFileNameIsAUsageError() {
        assertEquals(2, cli.run("--validate", "one.json", "two.json"));
        assertTrue(cli.err().startsWith("amm-reader: unexpected argument two.json"), cli.err());
    }

    @Test
    void invalidModelPrintsEveryProblemAndExitsTwo() throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"amm-reader/2\", \"id\": \"Bad Id\"}\n");
        assertEquals(2, cli.run("--model", file.toString(), "--validate"));
        String[] lines = cli.err().split("\\R");
        assertEquals(file + ":1:1: /: the required property \"languages\" is missing", lines[0]);
        assertTrue(cli.err().contains(file + ":1:12: /format: unknown format \"amm-reader/2\"; expected \"amm-reader/1\""),
                cli.err());
        assertTrue(cli.err().contains(file + ":1:34: /id: \"Bad Id\" is not a valid id"), cli.err());
        assertTrue(lines[lines.length - 1].matches(java.util.regex.Pattern.quote(file.toString())
                + ": \\d+ problems; the model was not loaded"), lines[lines.length - 1]);
        assertEquals("", cli.out());
    }

    @Test
    void missingFileIsAnInputOutputFailure() {
        Path file = folder.resolve("nowhere.json");
        assertEquals(1, cli.run("--validate", "--model", file.toString()));
        assertEquals(file + ": there is no file here" + System.lineSeparator(), cli.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, cli.run("--frobnicate"));
        assertTrue(cli.err().startsWith("amm-reader: unknown option --frobnicate"), cli.err());
        assertTrue(cli.err().contains("--help"), cli.err());
    }

    @Test
    void modelWithoutFileIsAUsageError() {
        assertEquals(2, cli.run("--validate", "--model"));
        assertTrue(cli.err().startsWith("amm-reader: --model needs a value"), cli.err());
    }

    @Test
    void generatesTheSameValidSyntheticModelForTheSameNumberOfMeetings() throws IOException, ModelException {
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        assertEquals(0, cli.run("--generate-model", "1000", first.toString()));
        assertEquals(first + ": synthetic model written, 1,000 meetings over 34 days", cli.out().strip());
        assertEquals(0, cli.run("--generate-model", "1000", second.toString()));

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(1000, new ModelLoader(JsonMappers.create()).load(first).meetings().size());
    }

    @Test
    void generateModelWantsANumberOfMeetingsInRangeAndNoModel() {
        for (String count : new String[] {"0", "100001", "many"}) {
            assertEquals(2, cli.run("--generate-model", count, folder.resolve("x.json").toString()));
            assertTrue(cli.err().contains("--generate-model " + count + ": expected a whole number of meetings from 1 to "
                    + "100000"), cli.err());
        }
        assertEquals(2, cli.run("--generate-model", "10", folder.resolve("x.json").toString(), "--model", "week.json"));
        assertTrue(cli.err().contains("--model does not apply to --generate-model"), cli.err());
        assertEquals(2, cli.run("--generate-model", "10"));
        assertTrue(cli.err().contains("--generate-model needs a value"), cli.err());
    }

    @Test
    void generateModelIntoAMissingFolderExitsOneAndWritesNothing() {
        Path target = folder.resolve("missing").resolve("model.json");
        assertEquals(1, cli.run("--generate-model", "10", target.toString()));
        assertTrue(cli.err().startsWith("amm-reader: cannot write " + target + ": the folder "), cli.err());
        assertTrue(Files.notExists(target.getParent()));
    }
}
