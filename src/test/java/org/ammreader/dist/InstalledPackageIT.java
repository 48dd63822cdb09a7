package org.ammreader.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ammreader.testing.VirtualDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb that {@code ./mvnw -Pdist package} builds, installed as a user installs it: dpkg puts it in place (as
 * root; otherwise it is unpacked into a temporary root), its launcher is started in a virtual display with no window
 * manager, its window must show within 30 s, it is closed through the application (Ctrl+Q), and nothing may have
 * been written to the error output; then the package is removed and must leave nothing behind. Run by
 * {@code ./mvnw -Pdist verify} (and .ci/run).
 */
class InstalledPackageIT {

    private static final Path DEB = Path.of(System.getProperty("dist.package",
            "target/dist/amm-reader_1.0.0_amd64.deb")).toAbsolutePath();
    private static final String PACKAGE = "amm-reader";
    private static final Path INSTALLED = Path.of("/opt/amm-reader");
    private static final Path DESKTOP_ENTRY = Path.of("/usr/share/applications/amm-reader.desktop");
    private static final Path MIME_TYPE = Path.of("/usr/share/mime/packages/amm-reader.xml");
    private static final int WINDOW_SECONDS = 30;
    /**
     * The one line JavaFX writes, as a warning, when it is started from the class path, as this application is on
     * purpose (docs/adr/0001, 0013), with the line java.util.logging puts before it. Anything else fails the test.
     */
    private static final String CLASS_PATH_WARNING =
            "(?m)^\\w{3} \\d{2}, \\d{4} \\d{1,2}:\\d{2}:\\d{2} [AP]M com\\.sun\\.javafx\\.application\\.PlatformImpl startup\\R"
            + "WARNING: Unsupported JavaFX configuration: classes were loaded from 'unnamed module @[0-9a-f]+'\\R";

    @TempDir
    Path folder;

    @Test
    void installsOpensItsWindowQuitsWithoutAnErrorAndUninstallsCleanly() throws Exception {
        assertTrue(Files.isRegularFile(DEB), DEB + " is missing: ./mvnw -Pdist package builds it");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path launcher;
        if (root) {
            run(List.of("dpkg", "-i", DEB.toString()), "dpkg -i");
            assertTrue(Files.readString(DESKTOP_ENTRY).contains("Exec=/opt/amm-reader/bin/amm-reader %f"));
            assertTrue(Files.readString(MIME_TYPE).contains("application/vnd.amm-reader+json"));
            launcher = INSTALLED.resolve("bin/amm-reader");
        } else {
            Path unpacked = folder.resolve("root");
            run(List.of("dpkg-deb", "-x", DEB.toString(), unpacked.toString()), "dpkg-deb -x");
            launcher = unpacked.resolve("opt/amm-reader/bin/amm-reader");
        }
        try {
            opensAndQuitsCleanly(launcher);
        } finally {
            if (root) {
                run(List.of("dpkg", "-r", PACKAGE), "dpkg -r");
            }
        }
        if (root) {
            assertFalse(Files.exists(INSTALLED), INSTALLED + " is still there after dpkg -r");
            assertFalse(Files.exists(DESKTOP_ENTRY), DESKTOP_ENTRY + " is still there after dpkg -r");
            assertFalse(Files.exists(MIME_TYPE), MIME_TYPE + " is still there after dpkg -r");
        }
    }

    private void opensAndQuitsCleanly(Path launcher) throws Exception {
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        try (VirtualDisplay display = VirtualDisplay.start()) {
            ProcessBuilder builder = display.builder(List.of(launcher.toString()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            // Settings and the log in folders of the test's own, as on a first start.
            builder.environment().put("XDG_CONFIG_HOME", folder.resolve("config").toString());
            builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
            Process app = builder.start();
            try {
                String window = waitForWindow(display, app, err);
                quitThroughTheApplication(display, app, window);
                assertEquals(0, app.exitValue(), "exit status; error output: " + read(err));
            } finally {
                app.destroyForcibly().waitFor();
            }
        }
        String errors = read(err).replaceFirst(CLASS_PATH_WARNING, "");
        assertEquals("", errors, "the installed application wrote to its error output");
        assertFalse(Files.exists(folder.resolve("data/amm-reader/amm-reader.log")), "a problem was logged");
    }

    /** The window's id, found by xdotool, which waits for a visible window of that name up to the limit. */
    private static String waitForWindow(VirtualDisplay display, Process app, Path err) throws Exception {
        Process search = display.builder(List.of("xdotool", "search", "--sync", "--onlyvisible", "--name",
                "AMM Reader")).redirectErrorStream(true).start();
        if (!search.waitFor(WINDOW_SECONDS, TimeUnit.SECONDS)) {
            search.destroyForcibly();
            fail("no window within " + WINDOW_SECONDS + " s (the app is " + (app.isAlive() ? "running" : "gone")
                    + "); error output: " + read(err));
        }
        String ids = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertFalse(ids.isEmpty(), "xdotool found no window");
        return ids.lines().findFirst().orElseThrow();
    }

    /** Ctrl+Q in the focused window, as a user quits; repeated until the app has gone, for at most 20 s. */
    private static void quitThroughTheApplication(VirtualDisplay display, Process app, String window)
            throws Exception {
        for (int attempt = 0; attempt < 10 && app.isAlive(); attempt++) {
            xdotool(display, "windowfocus", window);
            xdotool(display, "key", "--clearmodifiers", "ctrl+q");
            app.waitFor(2, TimeUnit.SECONDS);
        }
        assertFalse(app.isAlive(), "Ctrl+Q did not quit the application within 20 s");
    }

    private static void xdotool(VirtualDisplay display, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        Process process = display.builder(command).redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), what + " did not finish");
        assertEquals(0, process.exitValue(), what + " failed: " + output);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
