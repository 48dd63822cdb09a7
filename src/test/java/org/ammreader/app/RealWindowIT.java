package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.ammreader.io.JsonMappers;
import org.ammreader.io.ModelLoader;
import org.ammreader.testing.ProcessRun;
import org.ammreader.testing.VirtualDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar in a real window, as a user starts it: {@code java -jar target/amm-reader.jar} on an X display
 * of its own (Xvfb, GTK, no Monocle). The window must come with its title and the timeline's bars drawn, and quit
 * through File → Quit typed on the keyboard with exit status 0 and no exception on standard error. Skipped only
 * where Xvfb or GTK is missing; .ci/run installs both, and xdotool and ImageMagick, which drive and read the screen.
 */
class RealWindowIT {

    private static final Duration WINDOW_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    /** Fewer coloured pixels than this in the timeline's area, and the bars were not drawn. */
    private static final int BAR_PIXELS_AT_LEAST = 5_000;

    @TempDir
    Path folder;

    @Test
    void theWindowOpensDrawsTheTimelineAndQuitsThroughTheFileMenu() throws Exception {
        Optional<String> missing = VirtualDisplay.missing();
        assumeTrue(missing.isEmpty(), () -> "no real window on this machine: it lacks " + missing.orElseThrow());
        for (String tool : List.of("xdotool", "import")) {
            assertTrue(VirtualDisplay.onPath(tool), tool + " is needed to drive and read the screen"
                    + " (apt-get install xdotool imagemagick; .ci/run installs them)");
        }
        String title = new ModelLoader(JsonMappers.create()).loadBundled().title().get("en") + " — AMM Reader";

        try (VirtualDisplay display = VirtualDisplay.start()) {
            Rectangle screen = new Rectangle(0, 0, 1920, 1200);
            assertEquals(0, colouredPixels(grab(display), screen), "the empty display is all one colour");

            ProcessBuilder builder = display.builder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Duser.language=en", "-Duser.country=GB", "-jar",
                    System.getProperty("app.jar", "target/amm-reader.jar")));
            // Settings of its own: the window opens at its default size, in English, as on a first start.
            builder.environment().put("XDG_CONFIG_HOME", Files.createDirectory(folder.resolve("config")).toString());
            try (ProcessRun app = ProcessRun.start(builder)) {
                String window = waitForWindow(display, app);
                assertEquals(title, xdotool(display, "getwindowname", window).strip());
                Rectangle bounds = geometry(display, window);

                // The timeline: the left three quarters of the window, below the toolbar, above the tabs.
                Rectangle timeline = new Rectangle(bounds.x + bounds.width / 10, bounds.y + bounds.height / 5,
                        bounds.width * 6 / 10, bounds.height * 3 / 10);
                int coloured = waitForBars(display, app, timeline);
                assertTrue(coloured >= BAR_PIXELS_AT_LEAST, "the timeline's bars are drawn: " + coloured
                        + " coloured pixels in " + timeline);

                // The keyboard goes to the window once it is clicked (no window manager gives it focus): on the
                // status bar, where a click changes nothing. Then F10 opens the menu bar, ↓ the File menu, ↑
                // goes round to its last item, Quit, and Enter chooses it.
                xdotool(display, "mousemove", String.valueOf(bounds.x + bounds.width / 2),
                        String.valueOf(bounds.y + bounds.height - 8), "click", "1");
                xdotool(display, "key", "F10", "Down");
                waitForMenu(display, app, window);
                xdotool(display, "key", "--delay", "300", "Up", "Return");
                ProcessRun.Finished quit = app.finish(WINDOW_TIMEOUT);
                assertEquals(0, quit.status(), "exit status after File → Quit; stderr:\n" + quit.err());
                assertFalse(quit.err().contains("Exception") || quit.err().contains("\tat "),
                        "no exception on standard error:\n" + quit.err());
            }
        }
    }

    /** The id of the application's window once it is mapped; fails, with what the program printed, if none came. */
    private String waitForWindow(VirtualDisplay display, ProcessRun app) throws Exception {
        ProcessBuilder search = display.builder(List.of("xdotool", "search", "--sync", "--onlyvisible", "--name",
                "AMM Reader"));
        try (ProcessRun searching = ProcessRun.start(search)) {
            boolean found = searching.awaitOut(out -> !out.isBlank(), WINDOW_TIMEOUT);
            assertTrue(found, "no window within " + WINDOW_TIMEOUT.toSeconds() + " s; the application "
                    + (app.isAlive() ? "still runs" : "has ended") + "; it printed:\n" + app.out() + app.err());
            return searching.out().lines().findFirst().orElseThrow().strip();
        }
    }

    /** Waits until the File menu's popup window is shown: a second visible window wider than a few pixels. */
    private static void waitForMenu(VirtualDisplay display, ProcessRun app, String window) throws Exception {
        long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            for (String other : xdotool(display, "search", "--onlyvisible", "--name", "").split("\n")) {
                if (!other.isBlank() && !other.strip().equals(window) && geometry(display, other.strip()).width > 50
                        && geometry(display, other.strip()).width < 1000) {
                    return;
                }
            }
        }
        throw new AssertionError("F10 then ↓ opened no menu within " + WINDOW_TIMEOUT.toSeconds() + " s");
    }

    /** How many coloured pixels the timeline's area holds once its first frame is drawn (waiting at most a minute). */
    private int waitForBars(VirtualDisplay display, ProcessRun app, Rectangle area) throws Exception {
        long deadline = System.nanoTime() + WINDOW_TIMEOUT.toNanos();
        int coloured = colouredPixels(grab(display), area);
        while (coloured < BAR_PIXELS_AT_LEAST && System.nanoTime() < deadline && app.isAlive()) {
            coloured = colouredPixels(grab(display), area);
        }
        return coloured;
    }

    /** Pixels that are neither white, grey nor black: the bars' fills, not the background or the grid. */
    static int colouredPixels(BufferedImage image, Rectangle area) {
        int count = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 12) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The whole screen as the X server holds it. */
    private BufferedImage grab(VirtualDisplay display) throws IOException, InterruptedException {
        Path png = folder.resolve("screen.png");
        ProcessRun.Finished done = ProcessRun.run(display.builder(List.of("import", "-window", "root",
                png.toString())), COMMAND_TIMEOUT);
        assertEquals(0, done.status(), "import -window root: " + done.err());
        return ImageIO.read(png.toFile());
    }

    private static Rectangle geometry(VirtualDisplay display, String window) throws Exception {
        List<Integer> values = new ArrayList<>();
        for (String line : xdotool(display, "getwindowgeometry", "--shell", window).split("\n")) {
            if (line.matches("(X|Y|WIDTH|HEIGHT)=\\d+")) {
                values.add(Integer.parseInt(line.substring(line.indexOf('=') + 1)));
            }
        }
        assertEquals(4, values.size(), "the window's geometry");
        return new Rectangle(values.get(0), values.get(1), values.get(2), values.get(3));
    }

    private static String xdotool(VirtualDisplay display, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessRun.Finished done = ProcessRun.run(display.builder(command), COMMAND_TIMEOUT);
        assertEquals(0, done.status(), command + ": " + done.err());
        return done.out();
    }
}
