package org.ammreader.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;

/**
 * Loading and validating a model: in a fresh process as a user runs it ({@code --validate}, wall time from outside),
 * the first load inside a fresh process with the heap the model keeps ({@link LoadProbe}), and repeated loads in
 * this process after as many unmeasured ones.
 */
final class LoadBench {

    private static final Pattern FIRST = Pattern.compile("firstLoadMs=([0-9.E]+)");
    private static final Pattern RETAINED = Pattern.compile("retainedBytes=(-?\\d+)");

    /** Issue 19: what the largest model may keep, and how near a load may come to a bare streaming pass. */
    private static final Goal HEAP_GOAL = Goal.medianAtMost(150, "≤ 150 MB");
    private static final Goal LOAD_GOAL = Goal.medianAtMost(2, "≤ 2× the streaming pass");

    private final BenchConfig config;
    private final ModelLoader loader = new ModelLoader(JsonMappers.create());

    LoadBench(BenchConfig config) {
        this.config = config;
    }

    /** @param file the model, or null for the bundled one */
    List<Row> measure(String label, Path file, int meetings) throws IOException, InterruptedException,
            ModelException {
        int runs = config.runs(config.coldRuns(), meetings);
        List<Double> cold = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> retained = new ArrayList<>();
        List<Double> streaming = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        Path log = config.out().resolve("logs").resolve("load-" + label + ".log");
        for (int i = 0; i < runs; i++) {
            List<String> validate = new ArrayList<>(Processes.javaCommand("-jar", Processes.appJar().toString(),
                    "--validate"));
            if (file != null) {
                validate.addAll(List.of("--model", file.toString()));
            }
            cold.add(checked(Processes.run(validate, log)).wallMs());
            if (file != null) {
                double pass = checked(Processes.run(Processes.javaCommand("-cp", Processes.testClasses()
                        + File.pathSeparator + Processes.appJar(), StreamingPass.class.getName(), file.toString()),
                        log)).wallMs();
                streaming.add(pass);
                ratio.add(cold.get(cold.size() - 1) / pass);
            }
            String probe = checked(Processes.run(Processes.javaCommand("-cp", Processes.testClasses()
                    + File.pathSeparator + Processes.appJar(), LoadProbe.class.getName(),
                    file == null ? "bundled" : file.toString()), log)).out();
            first.add(number(FIRST, probe));
            retained.add(number(RETAINED, probe) / 1e6);
        }
        int loads = config.runs(config.warmLoads(), meetings);
        List<Double> warm = new ArrayList<>();
        int warmUps = config.warmUps() ? loads : 0;
        for (int i = 0; i < warmUps + loads; i++) {
            long start = System.nanoTime();
            if (file == null) {
                loader.loadBundled();
            } else {
                loader.load(file);
            }
            if (i >= warmUps) {
                warm.add((System.nanoTime() - start) / 1e6);
            }
        }
        Goal warmGoal = file == null ? Goal.medianAtMost(300, "≤ 300 ms") : Goal.NONE;
        List<Row> rows = new ArrayList<>(List.of(
                Row.of("load + validate, cold process (`--validate`, wall)", label, Stats.of(cold), "ms", Goal.NONE),
                Row.of("load + validate, first in a fresh process", label, Stats.of(first), "ms", Goal.NONE),
                Row.of("load + validate, warm", label, Stats.of(warm), "ms", warmGoal),
                Row.of("heap retained by the loaded model", label, Stats.of(retained), "MB", HEAP_GOAL)));
        if (file != null) {
            // Issue 19: the limit of a load is a bare streaming pass over the same file, timed the same way.
            rows.add(Row.of("streaming pass over the same file, cold process (wall)", label, Stats.of(streaming),
                    "ms", Goal.NONE));
            rows.add(Row.of("load + validate ÷ streaming pass, cold processes", label, Stats.of(ratio), "×",
                    LOAD_GOAL));
        }
        return rows;
    }

    private static Processes.Finished checked(Processes.Finished finished) throws IOException {
        if (finished.status() != 0) {
            throw new IOException("exit status " + finished.status() + ":\n" + finished.out());
        }
        return finished;
    }

    private static double number(Pattern pattern, String out) throws IOException {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IOException("no " + pattern + " in:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }
}
