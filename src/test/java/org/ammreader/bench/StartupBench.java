package org.ammreader.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.ammreader.testing.ProcessRun;
import org.ammreader.testing.VirtualDisplay;

/**
 * Start-up seen from outside: {@code java -jar target/amm-reader.jar} in a virtual display (Xvfb), from the moment
 * the process is started to the moment its window is mapped and to the moment its first frame is drawn, beside a
 * minimal JavaFX window ({@link MinimalWindow}) started the same way ({@code java -jar}, no flags) from a jar whose
 * class path is the application's jar. The two alternate, after one unmeasured launch of each. The window is
 * watched by window_watch.py, through libX11: it waits for the X server's MapNotify, then reads the window's
 * pixels every 5 ms until they are not all one colour.
 */
final class StartupBench {

    static final String APP_TITLE = "AMM Reader";
    private static final int TIMEOUT_SECONDS = 60;

    /** One launch: milliseconds from process start to the window mapped and to its first frame drawn. */
    record Launch(double mappedMs, double drawnMs) {
    }

    /** The rows, and the ratio of the medians (null when not measured). */
    record Measured(List<Row> rows, Double ratio, Stats app, Stats minimal) {
    }

    private final BenchConfig config;

    StartupBench(BenchConfig config) {
        this.config = config;
    }

    Measured measure() throws IOException, InterruptedException {
        Optional<String> missing = missingTool();
        if (missing.isPresent()) {
            return notMeasured("not measured: needs " + missing.get());
        }
        Path logs = Files.createDirectories(config.out().resolve("logs"));
        List<String> app = Processes.javaCommand("-jar", Processes.appJar().toString());
        List<String> minimal = Processes.javaCommand("-jar", minimalJar().toString());
        List<Launch> apps = new ArrayList<>();
        List<Launch> minimals = new ArrayList<>();
        try (VirtualDisplay display = VirtualDisplay.start()) {
            for (int round = config.warmUps() ? -1 : 0; round < config.startupRuns(); round++) {
                // Alternating which goes first, so that neither always follows the other.
                boolean appFirst = round % 2 == 0;
                Launch first = launch(display, appFirst ? app : minimal, appFirst ? APP_TITLE : MinimalWindow.TITLE,
                        logs.resolve(appFirst ? "startup-app.log" : "startup-minimal.log"));
                Launch second = launch(display, appFirst ? minimal : app, appFirst ? MinimalWindow.TITLE : APP_TITLE,
                        logs.resolve(appFirst ? "startup-minimal.log" : "startup-app.log"));
                if (first == null || second == null) {
                    // Xvfb and GTK are here, so a window had to come: the application (or JavaFX) is broken.
                    throw new AssertionError("no window within " + TIMEOUT_SECONDS + " s although Xvfb and GTK are"
                            + " installed: the application did not start; see " + logs.resolve("startup-*.log"));
                }
                if (round >= 0) {
                    apps.add(appFirst ? first : second);
                    minimals.add(appFirst ? second : first);
                }
            }
        }
        Stats appDrawn = Stats.of(apps.stream().map(Launch::drawnMs).toList());
        Stats minimalDrawn = Stats.of(minimals.stream().map(Launch::drawnMs).toList());
        double ratio = appDrawn.median() / minimalDrawn.median();
        return new Measured(List.of(
                Row.of("start-up → window mapped: `java -jar target/amm-reader.jar`", "bundled",
                        Stats.of(apps.stream().map(Launch::mappedMs).toList()), "ms", Goal.NONE),
                Row.of("start-up → window mapped: minimal JavaFX window", "—",
                        Stats.of(minimals.stream().map(Launch::mappedMs).toList()), "ms", Goal.NONE),
                Row.of("start-up → first frame drawn: `java -jar target/amm-reader.jar`", "bundled", appDrawn, "ms",
                        Goal.NONE),
                Row.of("start-up → first frame drawn: minimal JavaFX window", "—", minimalDrawn, "ms", Goal.NONE),
                Row.of("start-up ratio, app / minimal window (medians, first frame)", "bundled",
                        new Stats(apps.size(), ratio, Double.NaN, ratio, ratio), "×",
                        Goal.medianAtMost(1.3, "≤ 1.3×"))),
                ratio, appDrawn, minimalDrawn);
    }

    private static Measured notMeasured(String reason) {
        Goal ratio = Goal.medianAtMost(1.3, "≤ 1.3×");
        return new Measured(List.of(
                Row.notMeasured("start-up → first frame drawn: `java -jar target/amm-reader.jar`", "bundled", "ms",
                        Goal.NONE, reason),
                Row.notMeasured("start-up → first frame drawn: minimal JavaFX window", "—", "ms", Goal.NONE, reason),
                Row.notMeasured("start-up ratio, app / minimal window (medians, first frame)", "bundled", "×", ratio,
                        reason)), null, null, null);
    }

    /** One launch, or null if no window showed. The program is ended once its first frame is drawn. */
    private Launch launch(VirtualDisplay display, List<String> command, String title, Path log)
            throws IOException, InterruptedException {
        Path watcher = Processes.testClasses().resolve("org/ammreader/bench/window_watch.py");
        Duration timeout = Duration.ofSeconds(TIMEOUT_SECONDS);
        try (ProcessRun watch = ProcessRun.start(display.builder(List.of("python3", watcher.toString(), title,
                String.valueOf(TIMEOUT_SECONDS))))) {
            if (!watch.awaitOut(out -> out.startsWith("ready\n"), timeout)) {
                return null;
            }
            Path settings = Files.createTempDirectory("amm-bench-settings");
            ProcessBuilder builder = display.builder(command).redirectErrorStream(true);
            // A fresh settings folder each time: the window opens at its default size, as on a first start.
            builder.environment().put("XDG_CONFIG_HOME", settings.toString());
            long start = System.nanoTime();
            try (ProcessRun program = ProcessRun.start(builder)) {
                watch.awaitOut(out -> out.contains("drawn ") || out.contains("timeout"), timeout.plusSeconds(5));
                List<String> lines = watch.out().lines().toList();
                Double mapped = lines.size() > 1 ? time(lines.get(1), "mapped", start) : null;
                Double drawn = mapped != null && lines.size() > 2 ? time(lines.get(2), "drawn", start) : null;
                Files.writeString(log, program.out(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                return drawn == null ? null : new Launch(mapped, drawn);
            } finally {
                try (var files = Files.walk(settings)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Milliseconds from {@code start} to the time on a "mapped NS" or "drawn NS" line (both CLOCK_MONOTONIC). */
    private static Double time(String line, String event, long start) {
        if (line == null || !line.startsWith(event + " ")) {
            return null;
        }
        return (Long.parseLong(line.substring(event.length() + 1).strip()) - start) / 1e6;
    }

    /** minimal-window.jar beside the results, its class path the application's jar: launched as the app is. */
    private Path minimalJar() throws IOException {
        Path jar = config.out().resolve("minimal-window.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, MinimalLauncher.class.getName());
        main.put(Attributes.Name.CLASS_PATH, config.out().toAbsolutePath().relativize(Processes.appJar()).toString());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Class<?> type : List.of(MinimalLauncher.class, MinimalWindow.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(Files.readAllBytes(Processes.testClasses().resolve(entry)));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** What the measurement needs that this machine lacks, with how to install it on Debian or Ubuntu. */
    private static Optional<String> missingTool() throws IOException, InterruptedException {
        Optional<String> display = VirtualDisplay.missing();
        if (display.isPresent()) {
            return display;
        }
        if (!VirtualDisplay.onPath("python3")) {
            return Optional.of("python3, which watches the window through libX11");
        }
        return Optional.empty();
    }
}
