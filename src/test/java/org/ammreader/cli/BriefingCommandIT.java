package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ammreader.testing.PdfText;
import org.ammreader.testing.ProcessRun;
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classes, "-jar",
                System.getProperty("app.jar", "target/amm-reader.jar"), "--briefing", target.toString(), "--lang", "fr",
                "--areas", "cyber")
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        ProcessRun.Finished done = ProcessRun.run(builder, Duration.ofMinutes(2));
        String printed = done.out();
        assertEquals(0, done.status(), printed);
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
