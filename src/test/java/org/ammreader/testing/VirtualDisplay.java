package org.ammreader.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An Xvfb server on a free display number, 1920×1200 in 24-bit colour, for as long as it is open. */
public final class VirtualDisplay implements AutoCloseable {

    private final ProcessRun server;
    private final String display;

    private VirtualDisplay(ProcessRun server, String display) {
        this.server = server;
        this.display = display;
    }

    /** Starts Xvfb on the first free display from :90, and returns once it accepts clients. */
    public static VirtualDisplay start() throws IOException, InterruptedException {
        for (int number = 90; number < 200; number++) {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            if (Files.exists(socket) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            // -displayfd: Xvfb writes its number on that descriptor (here stdout) once it accepts clients.
            ProcessRun server = ProcessRun.start(new ProcessBuilder("Xvfb", ":" + number, "-screen", "0",
                    "1920x1200x24", "-nolisten", "tcp", "-displayfd", "1"));
            String ready = String.valueOf(number);
            if (server.awaitOut(out -> out.strip().equals(ready), Duration.ofSeconds(10))) {
                return new VirtualDisplay(server, ":" + number);
            }
            server.close();
        }
        throw new IOException("no display number free for Xvfb between :90 and :199");
    }

    /** The display's name, such as ":90". */
    public String name() {
        return display;
    }

    /** A process builder for {@code command} on this display, in a UTF-8 locale. */
    public ProcessBuilder builder(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("LANG", "C.UTF-8");
        return builder;
    }

    /**
     * What a real JavaFX window needs that this machine lacks, with how to install it on Debian or Ubuntu; empty
     * when Xvfb and GTK 3 are both there, and a window must then come.
     */
    public static Optional<String> missing() throws IOException, InterruptedException {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.of("Linux with Xvfb");
        }
        if (!onPath("Xvfb")) {
            return Optional.of("Xvfb (apt-get install xvfb)");
        }
        ProcessRun.Finished libraries = ProcessRun.run(new ProcessBuilder("/sbin/ldconfig", "-p"),
                Duration.ofSeconds(30));
        if (!libraries.out().contains("libgtk-3.so.0")) {
            return Optional.of("GTK 3 (apt-get install libgtk-3-0)");
        }
        return Optional.empty();
    }

    /** Whether {@code program} is an executable in a folder of PATH. */
    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    @Override
    public void close() {
        server.close();
    }
}
