package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ammreader.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application writes the briefing on a machine with no display: run as a separate process with
 * DISPLAY unset, and without ever loading a JavaFX class (the class-loading log proves it).
 */
class BriefingCommandIT {

    @TempDir
    Path folder;

    @Test
    void writesTheSheetWithNoDisplayAndNoJavaFx() throws IOException, InterruptedException {
        Path target = folder.resolve("b-fr.pdf");
        Path classes = folder.resolve("classes.log");
        Path output = folder.resolve("output.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classes, "-jar",
                System.getProperty("app.jar", "target/amm-reader.jar"), "--briefing", target.toString(), "--lang", "fr",
                "--areas", "cyber")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the command did not finish");
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.startsWith(target + " : note d’information écrite")
                || printed.startsWith(target + ": briefing sheet written"), printed);
        String text = PdfText.of(target);
        assertTrue(text.contains("cybersécurité"), text);
        List<String> javafx = Files.readAllLines(classes).stream()
                .filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                        || line.contains(" com.sun.glass.") || line.contains(" com.sun.prism."))
                .toList();
        assertEquals(List.of(), javafx);
    }
}
