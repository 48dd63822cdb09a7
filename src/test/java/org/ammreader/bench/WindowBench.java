package org.ammreader.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javax.management.ObjectName;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.ammreader.export.PictureRequest;
import org.ammreader.export.PngExporter;
import org.ammreader.filter.AreaFilter;
import org.ammreader.i18n.Messages;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelException;
import org.ammreader.io.ModelLoader;
import org.ammreader.model.Model;
import org.ammreader.viewmodel.NewWeek;
import org.ammreader.settings.ThemeChoice;
import org.ammreader.settings.SplitPositions;
import org.ammreader.typography.Fonts;
import org.ammreader.ui.DialogService;
import org.ammreader.ui.FxBackgroundWork;
import org.ammreader.ui.PngExportChoice;
import org.ammreader.ui.main.MainWindow;
import org.ammreader.ui.theme.Appearance;
import org.ammreader.viewmodel.MainViewModel;
import org.ammreader.bench.FrameClock.Frame;

/**
 * The application's main window at 1600×900, as the application builds it: an area filter change there updates
 * the timeline, the agenda, the reader and the filter panel before the next frame; and a soak that opens models one
 * after another through the window's own Ctrl+O, then compares the heap after GC with the heap at the start.
 */
final class WindowBench {

    private static final Goal FILTER_GOAL = Goal.p95AtMost(50, "p95 ≤ 50 ms");
    private static final Goal HEAP_GOAL = Goal.medianAtMost(1.10, "≤ 1.1× (within 10%)");
    private static final List<AreaFilter> FILTERS = List.of(AreaFilter.of(List.of("maritime")),
            AreaFilter.of(List.of("cyber", "trade")), AreaFilter.ALL);
    static final int SOAK_OPENS = 20;
    private static final int SETTLING_FRAMES = 3;

    private final BenchConfig config;

    WindowBench(BenchConfig config) {
        this.config = config;
    }

    /** The window's file chooser answers with the next file to open; its problems dialog counts and closes. */
    private static final class SoakDialogs implements DialogService {
        final Deque<Path> files = new ArrayDeque<>();
        final AtomicInteger problems = new AtomicInteger();

        @Override
        public Optional<Path> chooseModelFile(Window owner) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public void showProblems(Window owner, ModelException problems) {
            this.problems.incrementAndGet();
        }

        @Override
        public void showAbout(Window owner, Model model, String modelName) {
            throw new UnsupportedOperationException("the benchmark opens no About box");
        }

        @Override
        public void showWarning(Window owner, String title, String text) {
            throw new IllegalStateException("a warning in the benchmark: " + title + ": " + text);
        }

        @Override
        public void showInformation(Window owner, String title, Node content) {
            throw new UnsupportedOperationException("the benchmark opens no help");
        }

        @Override
        public void showCrashReport(Window owner, String details, Path log) {
            throw new IllegalStateException("a crash in the benchmark: " + details);
        }

        @Override
        public Optional<PngExportChoice> askPngExport(Window owner, int lastScale,
                                                      Function<PngExportChoice, PictureRequest> requests,
                                                      PngExporter exporter) {
            throw new UnsupportedOperationException("the benchmark exports nothing here");
        }

        @Override
        public Optional<NewWeek> askNewWeek(Window owner) {
            throw new UnsupportedOperationException("the benchmark starts no week here");
        }

        @Override
        public Optional<Path> chooseSaveFile(Window owner, String title, Path folder, String suggestedName,
                                             String extensionDescription, String extension) {
            throw new UnsupportedOperationException("the benchmark saves nothing here");
        }
    }

    /** The window on {@code model}, shown, with everything it places (timeline, detail, agenda, reader, filter). */
    private record Opened(Stage stage, MainViewModel viewModel, SoakDialogs dialogs, FxBackgroundWork background) {
        void close() throws Exception {
            HeadlessFx.run(stage::close);
            background.close();
        }
    }

    private static Opened open(Model model) throws Exception {
        FxBackgroundWork background = new FxBackgroundWork();
        SoakDialogs dialogs = new SoakDialogs();
        return HeadlessFx.call(() -> {
            Fonts.load();
            Stage stage = new Stage();
            MainViewModel viewModel = new MainViewModel(Messages.forLanguage("en"),
                    new ModelLoader(JsonMappers.create())::load, background);
            viewModel.show(model, model.id() + ".json");
            new MainWindow(stage, viewModel, messages -> dialogs, background, new SimpleDoubleProperty(16),
                    new Appearance(ThemeChoice.LIGHT, Optional::empty), stage::close, language -> { }, url -> { },
                    SplitPositions.DEFAULTS).show(Messages.forLanguage("en"), TimelineStage.WIDTH, TimelineStage.HEIGHT);
            return new Opened(stage, viewModel, dialogs, background);
        });
    }

    Row filterChange(String label, Model model) throws Exception {
        Opened window = open(model);
        try {
            int[] next = {0};
            List<Frame> frames = FrameClock.sample(window.stage().getScene(), config.filterChanges(),
                    config.filterChanges(), () -> window.viewModel().areaFilterProperty()
                            .set(FILTERS.get(next[0]++ % FILTERS.size())));
            // Where a change's time goes, medians: wall time to the end of layout, then the processor time of the
            // JavaFX thread and of the render thread (which a loaded machine disturbs less than wall time).
            String note = String.format(Locale.ROOT, "medians: layout done %.1f ms, JavaFX thread %.1f ms CPU, "
                    + "render thread %.1f ms CPU", median(frames, Frame::layoutMs), median(frames, Frame::fxCpuMs),
                    median(frames, Frame::renderCpuMs));
            return new Row("area filter change → timeline, agenda, reader and filter panel updated, next frame "
                    + "drawn (main window)", label, Stats.of(frames.stream().map(Frame::totalMs).toList()), "ms",
                    FILTER_GOAL, note);
        } finally {
            window.close();
        }
    }

    private static double median(List<Frame> frames, ToDoubleFunction<Frame> part) {
        return Stats.of(frames.stream().map(f -> part.applyAsDouble(f)).toList()).median();
    }

    /**
     * Opens {@link #SOAK_OPENS} models in turn through Ctrl+O — the bundled week, the largest synthetic model, an
     * invalid file, the smallest — and returns the heap after GC at the end, at the start, and their ratio.
     * <p>
     * Both heaps are taken in a settled window: frames drawn after the last change, so that the pulse has built
     * the skins and textures it builds and let go of what the previous model's views held. The start is taken
     * after one open of each kind of model: the first open of each fills caches once (JavaFX's glyph cache and
     * the skins of views not yet shown), about 17 MB measured on 5 December, which a leak check must not count
     * as growth; the heap of the window before any open is reported beside it. When the goal is missed, class
     * histograms of the start and the end are written to the logs folder, so that a bad run says what it kept.
     */
    List<Row> soak(Model bundled, Path largest, Path smallest) throws Exception {
        Path folder = Files.createDirectories(config.out().resolve("models"));
        Path bundledFile = folder.resolve("bundled.json");
        try (var in = WindowBench.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            Files.write(bundledFile, in.readAllBytes());
        }
        Path invalid = folder.resolve("invalid.json");
        Files.writeString(invalid, "{\"format\": \"amm-reader/1\", \"id\": 12,", StandardCharsets.UTF_8);
        List<Path> cycle = List.of(bundledFile, largest, invalid, smallest);

        Opened window = open(bundled);
        try {
            double before = settledHeapMb(window);
            for (Path file : cycle) {
                openThroughCtrlO(window, file);
            }
            HeadlessFx.run(() -> window.viewModel().show(bundled, ModelLoader.BUNDLED_NAME));
            double start = settledHeapMb(window);
            String startHistogram = classHistogram();
            for (int i = 0; i < SOAK_OPENS; i++) {
                Path file = cycle.get(i % cycle.size());
                openThroughCtrlO(window, file);
            }
            HeadlessFx.run(() -> window.viewModel().show(bundled, ModelLoader.BUNDLED_NAME));
            double end = settledHeapMb(window);
            double ratio = end / start;
            String note = SOAK_OPENS + " opens after one of each; " + window.dialogs().problems.get()
                    + " explained as problems";
            if (!"met".equals(HEAP_GOAL.verdict(single(ratio)))) {
                Path logs = Files.createDirectories(config.out().resolve("logs"));
                Files.writeString(logs.resolve("soak-histogram-start.txt"), startHistogram, StandardCharsets.UTF_8);
                Files.writeString(logs.resolve("soak-histogram-end.txt"), classHistogram(), StandardCharsets.UTF_8);
                note += "; class histograms in logs/soak-histogram-*.txt";
            }
            return List.of(
                    new Row("soak: heap after GC, window drawn, before any open (not compared)", "—",
                            single(before), "MB", Goal.NONE, ""),
                    new Row("soak: heap after GC at the start (one model of each kind opened, bundled week shown)",
                            "—", single(start), "MB", Goal.NONE, ""),
                    new Row("soak: heap after GC after opening 20 models in turn, bundled week shown again", "—",
                            single(end), "MB", Goal.NONE, note),
                    new Row("soak: heap at the end / at the start", "—", single(ratio), "×", HEAP_GOAL, note));
        } finally {
            window.close();
        }
    }

    /** The heap after GC once the window has drawn a few frames since its last change. */
    private static double settledHeapMb(Opened window) throws Exception {
        FrameClock.sample(window.stage().getScene(), 0, SETTLING_FRAMES, () -> { });
        return heapAfterGcMb();
    }

    /** The live objects by class, as {@code jcmd PID GC.class_histogram} prints them (it collects first). */
    private static String classHistogram() throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()}).toString();
    }

    /** Ctrl+O in the window, answered with {@code file}; waits until the window has loaded it or said why not. */
    private static void openThroughCtrlO(Opened window, Path file) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        int problemsBefore = window.dialogs().problems.get();
        Subscription[] watching = new Subscription[1];
        HeadlessFx.run(() -> {
            window.dialogs().files.add(file);
            watching[0] = window.viewModel().loadingProperty().subscribe((was, now) -> {
                if (was && !now) {
                    done.countDown();
                }
            });
            Event.fireEvent(window.stage().getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                    KeyCode.O, false, true, false, false));
        });
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the window did not finish opening " + file);
        }
        HeadlessFx.run(watching[0]::unsubscribe);
        boolean opened = HeadlessFx.call(() -> window.viewModel().modelNameProperty().get().endsWith(
                file.getFileName().toString()));
        if (!opened && window.dialogs().problems.get() == problemsBefore) {
            throw new IllegalStateException("the window neither opened " + file + " nor said why");
        }
    }

    private static Stats single(double value) {
        return new Stats(1, value, Double.NaN, value, value);
    }

    /** Heap in use after collecting until it stops shrinking (one System.gc() may leave garbage behind). */
    private static double heapAfterGcMb() {
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used >= previous * 0.99) {
                return used / 1e6;
            }
            previous = used;
        }
        return previous / 1e6;
    }
}
