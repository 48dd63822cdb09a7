package org.ammreader.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ammreader.testing.ProcessRun;

/** Runs the Java of this process on the application's jar, as a user would, and times it from outside. */
final class Processes {

    /** What a finished process printed, and how long it took from start to exit. */
    record Finished(int status, String out, double wallMs) {
    }

    private Processes() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    static Path appJar() {
        return Path.of(System.getProperty("app.jar", "target/amm-reader.jar")).toAbsolutePath();
    }

    /** target/test-classes: the benchmark's own small programs (the load probe, the minimal window). */
    static Path testClasses() {
        try {
            return Path.of(Processes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command} to its end, output and errors merged into {@code log}, with no display. */
    static Finished run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.put("LANG", "C.UTF-8");
        ProcessRun.Finished done = ProcessRun.run(builder, Duration.ofMinutes(10));
        Files.writeString(log, done.out(), StandardCharsets.UTF_8);
        return new Finished(done.status(), done.out(), done.millis());
    }

    /** {@code java ARGS...}: the Java that runs the benchmark. */
    static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(List.of(args));
        return command;
    }
}
