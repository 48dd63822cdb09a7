package org.ammreader.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ammreader.cli.Cli;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.ammreader.synthetic.SyntheticModel;

/**
 * The whole benchmark, one measurement after another so that none disturbs another: the synthetic models, loading,
 * the timeline's frames and filter, the main window's filter change and soak, the exports, start-up. Writes results.md and results.json and prints the table.
 */
final class Benchmark {

    /** The model whose frames warm the painter's code up: every zoom level up to a month, bars and density. */
    private static final int FRAME_WARM_UP_MEETINGS = 10_000;

    private Benchmark() {
    }

    static Results run(BenchConfig config, String command) throws Exception {
        long started = System.nanoTime();
        Machine machine = Machine.describe();
        Results results = new Results(machine);
        Files.createDirectories(config.out().resolve("logs"));

        if (config.windowOnly()) {
            measureWindowOnly(config, results);
        } else if (config.overviewOnly()) {
            measureOverviewOnly(config, results);
        } else if (config.framesOnly()) {
            measureFrames(config, results, generate(config), new ModelLoader(JsonMappers.create()));
        } else if (config.briefingOnly()) {
            measureBriefing(config, results);
        } else {
            if (!config.startupOnly()) {
                measureInProcess(config, results);
            }
            measureStartup(config, results);
        }

        machine.finish();
        double minutes = (System.nanoTime() - started) / 60e9;
        results.write(config.out(), command, minutes);
        System.out.println();
        System.out.println(results.markdown(command, minutes));
        return results;
    }

    private static void measureStartup(BenchConfig config, Results results) throws Exception {
        StartupBench.Measured startup = new StartupBench(config).measure();
        results.add(startup.rows());
        results.put("startupRatio", startup.ratio());
        results.put("startupJarRatio", startup.jarRatio());
        results.put("startupPackagedMs", startup.packaged() == null ? null : startup.packaged().median());
        results.put("startupAppMs", startup.jar() == null ? null : startup.jar().median());
        results.put("startupMinimalMs", startup.minimal() == null ? null : startup.minimal().median());
    }

    /** The main window's rows alone: the synthetic models, then the filter change at every size and the soak. */
    private static void measureWindowOnly(BenchConfig config, Results results) throws Exception {
        Map<Integer, Path> models = generate(config);
        ModelLoader loader = new ModelLoader(JsonMappers.create());
        HeadlessFx.start();
        measureWindow(config, results, loader, loader.loadBundled(), models);
    }

    /** The overview strip's drag alone, at every size. */
    private static void measureOverviewOnly(BenchConfig config, Results results) throws Exception {
        Map<Integer, Path> models = generate(config);
        ModelLoader loader = new ModelLoader(JsonMappers.create());
        HeadlessFx.start();
        FrameBench frames = new FrameBench(config);
        results.add(List.of(frames.floor()));
        for (int size : config.sizes()) {
            List<Row> rows = frames.overview(label(size), loader.load(models.get(size)));
            results.add(rows);
            results.put("overviewDragP95Ms", size, rows.get(1).stats().p95());
            System.gc();
        }
    }

    /** The briefing rows alone, for the bundled week and every size. */
    private static void measureBriefing(BenchConfig config, Results results) throws Exception {
        Map<Integer, Path> models = generate(config);
        ModelLoader loader = new ModelLoader(JsonMappers.create());
        Model bundled = loader.loadBundled();
        ExportBench exports = new ExportBench(config);
        List<Row> week = exports.briefing("bundled (" + bundled.meetings().size() + ")", bundled,
                bundled.meetings().size());
        results.add(week);
        results.put("briefingPdfMs", week.get(0).stats().median());
        for (int size : config.sizes()) {
            List<Row> rows = exports.briefing(label(size), loader.load(models.get(size)), size);
            results.add(rows);
            results.put("briefingPdfMsBySize", size, rows.get(0).stats().median());
            System.gc();
        }
    }

    /** Everything measured inside this process or in short-lived ones: loading, frames, filter, exports. */
    private static void measureInProcess(BenchConfig config, Results results) throws Exception {
        Map<Integer, Path> models = generate(config);
        ModelLoader loader = new ModelLoader(JsonMappers.create());
        Model bundled = loader.loadBundled();
        String bundledLabel = "bundled (" + bundled.meetings().size() + ")";
        LoadBench load = new LoadBench(config);
        List<Row> bundledLoad = load.measure(bundledLabel, null, bundled.meetings().size());
        results.add(bundledLoad);
        results.put("loadBundledWarmMs", bundledLoad.get(2).stats().median());
        for (int size : config.sizes()) {
            results.add(load.measure(label(size), models.get(size), size));
        }

        measureFrames(config, results, models, loader);
        measureWindow(config, results, loader, bundled, models);

        ExportBench exports = new ExportBench(config);
        ExportBench.Measured week = exports.measure(bundledLabel, bundled, bundled.meetings().size());
        results.add(week.rows());
        results.put("pngWeek2xMs", week.week().median());
        results.put("briefingPdfMs", week.briefing().median());
        for (int size : config.sizes()) {
            ExportBench.Measured measured = exports.measure(label(size), loader.load(models.get(size)), size);
            results.add(measured.rows());
            results.put("pngWeek2xMsBySize", size, measured.week().median());
            results.put("briefingPdfMsBySize", size, measured.briefing().median());
            System.gc();
        }
    }

    /** The floor, then the timeline's frames at every size, each size's p95 also as a ratio to the floor. */
    private static void measureFrames(BenchConfig config, Results results, Map<Integer, Path> models,
                                      ModelLoader loader) throws Exception {
        HeadlessFx.start();
        FrameBench frames = new FrameBench(config);
        if (config.warmUps()) {
            frames.warmUp(new SyntheticModel(FRAME_WARM_UP_MEETINGS).model());
            System.gc();
        }
        Row floor = frames.floor();
        results.add(List.of(floor));
        results.addFrameDetails(List.of(frames.floorDetail()));
        results.put("frameFloorP95Ms", floor.stats().p95());
        for (int size : config.sizes()) {
            FrameBench.Measured measured = frames.measure(label(size), loader.load(models.get(size)),
                    floor.stats().p95());
            results.add(measured.rows());
            results.addFrameDetails(measured.details());
            results.put("frameP95Ms", size, measured.allFrames().p95());
            results.put("frameMedianMs", size, measured.allFrames().median());
            results.put("filterMs", size, measured.filter().p95());
            results.put("filterMedianMs", size, measured.filter().median());
            results.put("overviewDragP95Ms", size, measured.rows().get(measured.rows().size() - 1).stats().p95());
            System.gc();
        }
        addFrameRatio(results, config);
    }

    /** The main window: an area filter change at every size, then the soak of models opened in turn. */
    private static void measureWindow(BenchConfig config, Results results, ModelLoader loader, Model bundled,
                                      Map<Integer, Path> models) throws Exception {
        WindowBench window = new WindowBench(config);
        for (int size : config.sizes()) {
            Row filter = window.filterChange(label(size), loader.load(models.get(size)));
            results.add(List.of(filter));
            results.put("windowFilterMs", size, filter.stats().p95());
            results.put("windowFilterMedianMs", size, filter.stats().median());
            System.gc();
        }
        List<Integer> sizes = config.sizes();
        List<Row> soak = window.soak(bundled, models.get(sizes.get(sizes.size() - 1)), models.get(sizes.get(0)));
        results.add(soak);
        results.put("soakHeapBeforeOpensMb", soak.get(0).stats().median());
        results.put("soakHeapStartMb", soak.get(1).stats().median());
        results.put("soakHeapEndMb", soak.get(2).stats().median());
        results.put("soakHeapRatio", soak.get(3).stats().median());
    }

    /** The synthetic models, written by the application's own command, as a user would make them. */
    private static Map<Integer, Path> generate(BenchConfig config) throws Exception {
        Path folder = Files.createDirectories(config.out().resolve("models"));
        Map<Integer, Path> models = new LinkedHashMap<>();
        for (int size : config.sizes()) {
            Path file = folder.resolve("synthetic-" + size + ".json");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH, new ModelLoader(
                    JsonMappers.create())).run("--generate-model", String.valueOf(size), file.toString());
            if (status != Cli.OK) {
                throw new IllegalStateException("--generate-model " + size + ": " + err);
            }
            models.put(size, file);
        }
        return models;
    }

    /** The second frame goal: at 100,000 meetings, no more than twice the time at 10. */
    private static void addFrameRatio(Results results, BenchConfig config) {
        List<Integer> sizes = config.sizes();
        int smallest = sizes.get(0);
        int largest = sizes.get(sizes.size() - 1);
        if (smallest == largest) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> p95 = (Map<String, Object>) results.headline().get("frameP95Ms");
        double ratio = (Double) p95.get(String.valueOf(largest)) / (Double) p95.get(String.valueOf(smallest));
        results.add(new ArrayList<>(List.of(Row.of("frame p95, " + label(largest) + " meetings / " + label(smallest),
                label(largest), new Stats(1, ratio, Double.NaN, ratio, ratio), "×", Goal.medianAtMost(2, "≤ 2×")))));
        results.put("frameP95Ratio", ratio);
    }

    static String label(int meetings) {
        return String.format(Locale.ROOT, "%,d", meetings);
    }
}
