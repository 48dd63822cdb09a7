package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.ammreader.testing.ProcessRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: `java -jar target/amm-reader.jar`, with no display. */
class PackagedJarIT {

    @TempDir
    Path folder;

    static ProcessRun.Finished run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("app.jar", "target/amm-reader.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().put("LANG", "C.UTF-8");
        return ProcessRun.run(builder, Duration.ofSeconds(60));
    }

    @Test
    void versionAndHelp() throws Exception {
        ProcessRun.Finished version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("AMM Reader "), version.out());
        ProcessRun.Finished help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--validate"), help.out());
    }

    @Test
    void validatesTheBundledModelWithoutADisplay() throws Exception {
        ProcessRun.Finished validate = run("--validate");
        assertEquals(0, validate.status(), validate.err());
        assertTrue(validate.out().startsWith("amm52-bangkok-2019.json: valid; "), validate.out());
        assertEquals("", validate.err());
    }

    @Test
    void reportsABadModelWithExitStatusTwo() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"amm-reader/1\",\n \"languages\": [\"en\", \"fr\"],\n \"tracks\": 3}\n");
        ProcessRun.Finished validate = run("--validate", "--model", bad.toString());
        assertEquals(2, validate.status());
        assertTrue(validate.err().contains(bad + ":3:12: /tracks: expected a list, found a number"), validate.err());
        assertTrue(!validate.err().contains("Exception") && !validate.err().contains("\tat "), validate.err());
    }

    @Test
    void unknownOptionExitsTwo() throws Exception {
        ProcessRun.Finished run = run("--nonsense");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("unknown option --nonsense"), run.err());
    }

    @Test
    void exportsThePngWithoutADisplay() throws Exception {
        Path png = folder.resolve("week.png");
        ProcessRun.Finished run = run("--export-png", png.toString(), "--scale", "1", "--lang", "fr", "--areas", "cyber,maritime");
        assertEquals(0, run.status(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(png + ": timeline picture written, " + image.getWidth() + " × " + image.getHeight() + " pixels",
                run.out().strip());
        assertTrue(image.getWidth() > 1400 && image.getHeight() > 400, image.getWidth() + "×" + image.getHeight());
        ProcessRun.Finished twice = run("--export-png", png.toString());
        assertEquals(0, twice.status(), twice.err());
        assertEquals(image.getWidth() * 2, ImageIO.read(png.toFile()).getWidth(), 2);
    }

    @Test
    void aPngThatCannotBeWrittenExitsOneAndLeavesNothing() throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("week.png");
        ProcessRun.Finished run = run("--export-png", missing.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("cannot write " + missing + ": the folder " + missing.getParent()
                + " does not exist"), run.err());
        assertTrue(!Files.exists(missing.getParent()));

        Path aFolder = Files.createDirectory(folder.resolve("pictures.png"));
        ProcessRun.Finished onFolder = run("--export-png", aFolder.toString());
        assertEquals(1, onFolder.status());
        assertTrue(onFolder.err().contains("this is a folder"), onFolder.err());
        assertTrue(Files.isDirectory(aFolder));
    }

    @Test
    void aBadScaleIsAUsageError() throws Exception {
        ProcessRun.Finished run = run("--export-png", folder.resolve("w.png").toString(), "--scale", "5");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("--scale 5: expected a whole number from 1 to 4"), run.err());
        assertTrue(!Files.exists(folder.resolve("w.png")));
    }
}
