package org.ammreader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.ammreader.testing.VirtualDisplay;

/**
 * Start-up seen from outside, in a virtual display (Xvfb, no window manager), from the moment a process is started:
 * <ul>
 *   <li>the packaged application ({@code target/dist/image/amm-reader/bin/amm-reader}, built by
 *       {@code ./mvnw -Pdist package}: its own JDK 25 runtime and start-up cache);</li>
 *   <li>{@code java -jar target/amm-reader.jar} on the Java that runs the benchmark (JDK 17 here);</li>
 *   <li>a minimal JavaFX window ({@link MinimalWindow}) started the same way from a jar whose class path is the
 *       application's: the yardstick.</li>
 * </ul>
 * The three take turns, in an order that rotates from round to round, after one unmeasured round. For each: when the
 * window is mapped and when its first frame is drawn (watched by window_watch.py, through libX11: MapNotify, then
 * the window's pixels every 5 ms until they are not all one colour); and for the application, when its
 * <em>complete</em> window is drawn: the line it prints under {@code -Damm-reader.signal-complete=true} once a
 * rendered frame holds the timeline, the detail pane and the agenda filled (docs/adr/0013). The goal compares the
 * packaged application's complete window with the minimal window's first frame.
 */
final class StartupBench {

    static final String APP_TITLE = "AMM Reader";
    /** What the application prints once its complete window is drawn (org.ammreader.app.WindowComplete). */
    static final String COMPLETE_LINE = "amm-reader: window complete";
    private static final String SIGNAL = "-Damm-reader.signal-complete=true";
    private static final int TIMEOUT_SECONDS = 60;
    private static final Goal RATIO_GOAL = Goal.medianAtMost(1.3, "≤ 1.3×");

    /** One way of starting a window: what is run, what its window is called, whether it signals completeness. */
    private record Contestant(String key, String label, List<String> command, Map<String, String> environment,
                              String title, boolean signals) {
    }

    /** One launch: milliseconds from process start to the window mapped, its first frame, the complete window. */
    record Launch(double mappedMs, double drawnMs, Double completeMs) {
    }

    /**
     * The rows, and the medians: the ratio of the packaged application's complete window to the minimal window's
     * first frame (null when not measured), the same for {@code java -jar}, and the times they come from.
     */
    record Measured(List<Row> rows, Double ratio, Double jarRatio, Stats packaged, Stats jar, Stats minimal) {
    }

    private final BenchConfig config;

    StartupBench(BenchConfig config) {
        this.config = config;
    }

    /** The packaged application's launcher, from {@code ./mvnw -Pdist package} (Linux). */
    static Path launcher() {
        return Path.of(System.getProperty("app.launcher", "target/dist/image/amm-reader/bin/amm-reader"))
                .toAbsolutePath();
    }

    Measured measure() throws IOException, InterruptedException {
        Optional<String> missing = missingTool();
        if (missing.isPresent()) {
            return notMeasured("not measured: needs " + missing.get());
        }
        Path logs = Files.createDirectories(config.out().resolve("logs"));
        String javaVersion = "JDK " + Runtime.version().feature();
        List<Contestant> contestants = new ArrayList<>();
        boolean packaged = Files.isExecutable(launcher());
        if (packaged) {
            // The launcher takes no Java options on its command line: the signal's property comes through the
            // environment, which the JVM reads whatever launched it.
            contestants.add(new Contestant("packaged", "packaged app (`./mvnw -Pdist package`, JDK 25, AOT cache)",
                    List.of(launcher().toString()), Map.of("JAVA_TOOL_OPTIONS", SIGNAL), APP_TITLE, true));
        }
        contestants.add(new Contestant("jar", "`java -jar target/amm-reader.jar`, " + javaVersion,
                Processes.javaCommand(SIGNAL, "-jar", Processes.appJar().toString()), Map.of(), APP_TITLE, true));
        contestants.add(new Contestant("minimal", "minimal JavaFX window, " + javaVersion,
                Processes.javaCommand("-jar", minimalJar().toString()), Map.of(), MinimalWindow.TITLE, false));

        Map<String, List<Launch>> launches = new LinkedHashMap<>();
        contestants.forEach(c -> launches.put(c.key(), new ArrayList<>()));
        try (VirtualDisplay display = VirtualDisplay.start()) {
            for (int round = config.warmUps() ? -1 : 0; round < config.startupRuns(); round++) {
                // The order rotates, so that none always follows the same one.
                for (int turn = 0; turn < contestants.size(); turn++) {
                    Contestant next = contestants.get(Math.floorMod(round + turn, contestants.size()));
                    Launch launch = launch(display, next, logs.resolve("startup-" + next.key() + ".log"));
                    if (launch == null) {
                        // Xvfb and GTK are here, so a window had to come: the application (or JavaFX) is broken.
                        throw new AssertionError(next.label() + " showed no complete window within "
                                + TIMEOUT_SECONDS + " s although Xvfb and GTK are installed; see "
                                + logs.resolve("startup-" + next.key() + ".log"));
                    }
                    if (round >= 0) {
                        launches.get(next.key()).add(launch);
                    }
                }
            }
        }
        return summarise(contestants, launches, packaged);
    }

    private static Measured summarise(List<Contestant> contestants, Map<String, List<Launch>> launches,
                                      boolean packaged) {
        List<Row> rows = new ArrayList<>();
        for (Contestant contestant : contestants) {
            List<Launch> of = launches.get(contestant.key());
            String model = contestant.signals() ? "bundled" : "—";
            rows.add(Row.of("start-up → window mapped: " + contestant.label(), model,
                    Stats.of(of.stream().map(Launch::mappedMs).toList()), "ms", Goal.NONE));
            rows.add(Row.of("start-up → first frame drawn: " + contestant.label(), model,
                    Stats.of(of.stream().map(Launch::drawnMs).toList()), "ms", Goal.NONE));
            if (contestant.signals()) {
                rows.add(Row.of("start-up → complete window drawn: " + contestant.label(), "bundled",
                        Stats.of(of.stream().map(Launch::completeMs).toList()), "ms", Goal.NONE));
            }
        }
        Stats minimal = Stats.of(launches.get("minimal").stream().map(Launch::drawnMs).toList());
        Stats jar = Stats.of(launches.get("jar").stream().map(Launch::completeMs).toList());
        double jarRatio = jar.median() / minimal.median();
        Stats packagedComplete = null;
        Double ratio = null;
        if (packaged) {
            packagedComplete = Stats.of(launches.get("packaged").stream().map(Launch::completeMs).toList());
            ratio = packagedComplete.median() / minimal.median();
            rows.add(ratioRow("start-up ratio, packaged app's complete window / minimal window (medians)", ratio,
                    minimal.count(), RATIO_GOAL));
        } else {
            rows.add(Row.notMeasured("start-up ratio, packaged app's complete window / minimal window (medians)",
                    "bundled", "×", RATIO_GOAL, "not measured: no packaged app at " + launcher()
                            + "; build it first with ./mvnw -Pdist package"));
        }
        rows.add(ratioRow("start-up ratio, `java -jar`'s complete window / minimal window (medians)", jarRatio,
                minimal.count(), Goal.NONE));
        return new Measured(rows, ratio, jarRatio, packagedComplete, jar, minimal);
    }

    private static Row ratioRow(String what, double ratio, int count, Goal goal) {
        return Row.of(what, "bundled", new Stats(count, ratio, Double.NaN, ratio, ratio), "×", goal);
    }

    private static Measured notMeasured(String reason) {
        return new Measured(List.of(
                Row.notMeasured("start-up → complete window drawn: the application", "bundled", "ms", Goal.NONE,
                        reason),
                Row.notMeasured("start-up → first frame drawn: minimal JavaFX window", "—", "ms", Goal.NONE, reason),
                Row.notMeasured("start-up ratio, packaged app's complete window / minimal window (medians)", "bundled",
                        "×", RATIO_GOAL, reason)), null, null, null, null, null);
    }

    /** One launch, or null if no window (or no complete window) showed. The program is ended once it has. */
    private Launch launch(VirtualDisplay display, Contestant contestant, Path log)
            throws IOException, InterruptedException {
        Path watcher = Processes.testClasses().resolve("org/ammreader/bench/window_watch.py");
        Process watch = display.builder(List.of("python3", watcher.toString(), contestant.title(),
                String.valueOf(TIMEOUT_SECONDS))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(watch.getInputStream(), StandardCharsets.UTF_8));
        if (!"ready".equals(lines.readLine())) {
            watch.destroy();
            return null;
        }
        Path settings = Files.createTempDirectory("amm-bench-settings");
        ProcessBuilder builder = display.builder(contestant.command()).redirectErrorStream(true);
        // A fresh settings folder each time: the window opens at its default size, as on a first start.
        builder.environment().put("XDG_CONFIG_HOME", settings.toString());
        builder.environment().putAll(contestant.environment());
        long start = System.nanoTime();
        Process program = builder.start();
        CompletableFuture<Long> complete = watchOutput(program, log);
        try {
            Double mapped = time(lines.readLine(), "mapped", start);
            Double drawn = mapped == null ? null : time(lines.readLine(), "drawn", start);
            if (drawn == null) {
                return null;
            }
            if (!contestant.signals()) {
                return new Launch(mapped, drawn, null);
            }
            return new Launch(mapped, drawn, (complete.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) - start) / 1e6);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return null;
        } finally {
            program.destroy();
            if (!program.waitFor(20, TimeUnit.SECONDS)) {
                program.destroyForcibly().waitFor();
            }
            watch.destroy();
            watch.waitFor();
            try (var files = Files.walk(settings)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Thread.sleep(500);
        }
    }

    /**
     * Copies what the program prints to {@code log} on a thread of its own, and completes with the time
     * ({@link System#nanoTime}) at which the complete-window line came; exceptionally if the output ends first.
     */
    private static CompletableFuture<Long> watchOutput(Process program, Path log) {
        CompletableFuture<Long> complete = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(program.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.equals(COMPLETE_LINE)) {
                        complete.complete(System.nanoTime());
                    }
                    copy.println(line);
                }
            } catch (IOException e) {
                complete.completeExceptionally(e);
            }
            complete.completeExceptionally(new IOException("the output ended before " + COMPLETE_LINE));
        }, "startup-output");
        reader.setDaemon(true);
        reader.start();
        return complete;
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
