package org.ammreader.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ammreader.briefing.BriefingComposer;
import org.ammreader.briefing.BriefingContent;
import org.ammreader.briefing.PaperSize;
import org.ammreader.briefing.PdfBriefingWriter;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.timeline.LaneGrouping;
import org.ammreader.io.AtomicFiles;
import org.ammreader.model.Model;

/**
 * The exports, timed as the application runs them, file written atomically included: the PNG of the whole model
 * ("the week") at 2×, a PNG 16,000 pixels wide (2×, the timeline stretched to fit), and the briefing PDF.
 */
final class ExportBench {

    static final int WIDE_PIXELS = 16_000;
    private static final int SCALE = 2;

    private final BenchConfig config;
    private final PngExporter exporter = new PngExporter();

    ExportBench(BenchConfig config) {
        this.config = config;
    }

    /** The rows, and the week PNG and briefing PDF statistics for the headline numbers. */
    record Measured(List<Row> rows, Stats week, Stats briefing) {
    }

    Measured measure(String label, Model model, int meetings) throws Exception {
        Path folder = Files.createDirectories(config.out().resolve("exports"));
        int runs = config.runs(config.exportRuns(), meetings);
        String language = model.languages().get(0);
        PictureRequest week = PictureRequest.wholeWeek(model, AreaFilter.ALL, language, LaneGrouping.TRACKS, SCALE, LocalDate.now(),
                "benchmark");
        Stats weekStats = time(runs, config.warmUps(), () -> exporter.export(week, folder.resolve("week-" + label + ".png"),
                (done, total) -> { }));
        PictureRequest wide = wide(week);
        Stats wideStats = time(runs, config.warmUps(), () -> exporter.export(wide, folder.resolve("wide-" + label + ".png"),
                (done, total) -> { }));
        List<Row> briefing = briefing(label, model, meetings);
        return new Measured(List.of(
                Row.of("PNG of the whole week at 2× (`--export-png` picture)", label, weekStats, "ms",
                        Goal.medianAtMost(1000, "≤ 1 s")),
                Row.of("PNG 16,000 px wide (2×)", label, wideStats, "ms", Goal.NONE),
                briefing.get(0), briefing.get(1)), weekStats, briefing.get(0).stats());
    }

    /**
     * The default briefing sheet, as Ctrl+P at "Fit week" and {@code --briefing} without --from/--to make it: the
     * whole model, all areas, A4, the model's first language, kept to four pages. Composed, laid out and written;
     * timed on the clock (the goal) and in the measuring thread's CPU time, which the shared machine's load
     * disturbs less: the work runs on that one thread.
     */
    List<Row> briefing(String label, Model model, int meetings) throws Exception {
        Path folder = Files.createDirectories(config.out().resolve("exports"));
        String language = model.languages().get(0);
        Path target = folder.resolve("briefing-" + label + ".pdf");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int[] pages = new int[1];
        List<Double> cpu = new ArrayList<>();
        Stats stats = time(config.runs(config.exportRuns(), meetings), config.warmUps(), () -> {
            long cpuStart = threads.getCurrentThreadCpuTime();
            BriefingContent content = new BriefingComposer(Clock.systemDefaultZone()).compose(model, AreaFilter.ALL,
                    language, false);
            AtomicFiles.write(target, out -> pages[0] = new PdfBriefingWriter().write(content, PaperSize.A4, out));
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            return null;
        });
        if (pages[0] > PdfBriefingWriter.MAX_PAGES) {
            throw new IllegalStateException(target + " has " + pages[0] + " pages, over the limit");
        }
        // The warm-up's CPU time, if any, is the first and is left out.
        List<Double> measured = cpu.subList(cpu.size() - stats.count(), cpu.size());
        return List.of(Row.of("briefing PDF, whole model, " + pages[0] + " of at most " + PdfBriefingWriter.MAX_PAGES
                        + " pages (compose, lay out, write)", label, stats, "ms", Goal.medianAtMost(1500, "≤ 1.5 s")),
                Row.of("briefing PDF, CPU time of the thread", label, Stats.of(measured), "ms", Goal.NONE));
    }

    /** The same picture with the time axis stretched so that the image is 16,000 device pixels wide. */
    private PictureRequest wide(PictureRequest week) throws InterruptedException {
        double hours = (week.end().toEpochMilli() - week.start().toEpochMilli()) / 3_600_000.0;
        PictureRequest probe = with(week, 1 / hours);
        double fixed = exporter.measure(probe).width() / (double) SCALE - probe.axisWidth();
        // Just under the target, so that rounding up to whole pixels lands on it.
        PictureRequest wide = with(week, (WIDE_PIXELS / (double) SCALE - fixed - 0.25) / hours);
        int width = exporter.measure(wide).width();
        if (width != WIDE_PIXELS) {
            throw new IllegalStateException("the wide picture is " + width + " px wide, not " + WIDE_PIXELS);
        }
        return wide;
    }

    private static PictureRequest with(PictureRequest r, double pixelsPerHour) {
        return new PictureRequest(r.model(), r.filter(), r.language(), r.lanes(), r.start(), r.end(), pixelsPerHour, r.scale(),
                r.exportedOn(), r.appVersion());
    }

    @FunctionalInterface
    private interface Export {
        Object run() throws Exception;
    }

    /** One export to warm up (if {@code warmUp}), then {@code runs} timed ones. */
    private static Stats time(int runs, boolean warmUp, Export export) throws Exception {
        if (warmUp) {
            export.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            export.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(times);
    }
}
