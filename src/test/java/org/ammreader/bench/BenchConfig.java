package org.ammreader.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How much the benchmark measures: the full run ({@code ./mvnw -Pbench verify}) or the smoke run that the normal
 * build does so the harness cannot rot (10 meetings, each measurement once).
 *
 * @param out           where results.md, results.json, the models and the written files go
 * @param sizes         the synthetic models' numbers of meetings
 * @param coldRuns      fresh processes per model for the cold load
 * @param warmLoads     loads in one process after as many warm-up loads
 * @param frameWarmup   frames drawn before measuring, per zoom level and gesture
 * @param frames        frames measured per zoom level and gesture
 * @param filterChanges area filter changes measured per model (after as many warm-up changes)
 * @param exportRuns    PNG and PDF exports per model (after one warm-up export)
 * @param startupRuns   launches of the application, and as many of the minimal window, alternating
 * @param warmUps       whether exports and launches are done once unmeasured first (not in the smoke run)
 */
record BenchConfig(Path out, List<Integer> sizes, int coldRuns, int warmLoads, int frameWarmup, int frames,
                   int filterChanges, int exportRuns, int startupRuns, boolean warmUps) {

    /** Beyond this many meetings a load or an export takes seconds: fewer repetitions keep the run to minutes. */
    private static final int LARGE = 50_000;
    private static final int LARGE_RUNS = 3;

    static BenchConfig full(Path target) {
        return new BenchConfig(target.resolve("bench"), sizes(List.of(10, 1_000, 10_000, 100_000)), 5, 15, 30, 120, 40,
                5, 10, true);
    }

    /** The sizes given as {@code -Dbench.sizes=1000,100000}, for a shorter run; else {@code all}. */
    private static List<Integer> sizes(List<Integer> all) {
        String given = System.getProperty("bench.sizes", "");
        return given.isBlank() ? all : Arrays.stream(given.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    static BenchConfig smoke(Path target) {
        return new BenchConfig(target.resolve("bench-smoke"), List.of(10), 1, 1, 0, 1, 1, 1, 1, false);
    }

    /**
     * Whether only start-up is measured, the rest left out: {@code -Dbench.startup-only=true}, for a quick look at
     * start-up alone ({@code ./mvnw -B -Pbench verify -Dbench.startup-only=true}, about five minutes).
     */
    boolean startupOnly() {
        return Boolean.getBoolean("bench.startup-only");
    }

    /**
     * Whether only the main window is measured — the area filter change at every size, then the soak — the rest
     * left out: {@code -Dbench.window-only=true} ({@code ./mvnw -B -Pbench verify -Dbench.window-only=true}).
     */
    boolean windowOnly() {
        return Boolean.getBoolean("bench.window-only");
    }

    /**
     * Whether only the briefing sheet is measured, at every size: {@code -Dbench.briefing-only=true}
     * ({@code ./mvnw -B -Pbench verify -Dbench.briefing-only=true}, a few minutes, most of them generating and
     * loading the models).
     */
    boolean briefingOnly() {
        return Boolean.getBoolean("bench.briefing-only");
    }

    /**
     * Whether only the overview strip's drag is measured, at every size: {@code -Dbench.overview-only=true}
     * ({@code ./mvnw -B -Pbench verify -Dbench.overview-only=true}, a few minutes, most of them generating the models).
     */
    boolean overviewOnly() {
        return Boolean.getBoolean("bench.overview-only");
    }

    /**
     * Whether only the timeline's frames are measured — the floor, then every size's zoom levels and gestures — the
     * rest left out: {@code -Dbench.frames-only=true} ({@code ./mvnw -B -Pbench verify -Dbench.frames-only=true}).
     */
    boolean framesOnly() {
        return Boolean.getBoolean("bench.frames-only");
    }

    /** {@code runs}, or fewer for a large model. */
    int runs(int runs, int meetings) {
        return meetings >= LARGE ? Math.min(runs, LARGE_RUNS) : runs;
    }
}
