package org.ammreader.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.ammreader.info.AppInfo;

/**
 * Catches what no code expected, on any thread: writes it to a log file in the user's data folder and tells the
 * user once, without stopping the application. Later problems go to the log only, so a fault that repeats does
 * not bury the window under dialogs.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    /** The log is started afresh beyond this size, the old one kept beside it. */
    static final long MAX_LOG_BYTES = 1_000_000;

    private final Path log;
    private final BiConsumer<String, Path> tellUser;
    private final AtomicBoolean told = new AtomicBoolean();

    /**
     * @param tellUser shows the details once, with the log's place; called on the thread that failed
     */
    CrashReporter(Path log, BiConsumer<String, Path> tellUser) {
        this.log = log;
        this.tellUser = tellUser;
    }

    /** Handles uncaught exceptions of every thread, the JavaFX thread included. */
    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable problem) {
        String details = details(thread, problem);
        write(details);
        if (told.compareAndSet(false, true)) {
            tellUser.accept(details, log);
        }
    }

    /** Writes a problem the application handled but the user should be able to find later, to the log only. */
    void note(String problem) {
        write(OffsetDateTime.now() + "  " + problem);
    }

    private static String details(Thread thread, Throwable problem) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            out.printf("%s  AMM Reader %s  Java %s  %s%nThread \"%s\": ", OffsetDateTime.now(), AppInfo.version(),
                    System.getProperty("java.version"), System.getProperty("os.name"), thread.getName());
            problem.printStackTrace(out);
        }
        return text.toString();
    }

    /** Appends to the log; if even that fails, standard error is the last place left. */
    private void write(String details) {
        try {
            Files.createDirectories(log.getParent());
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(log, details + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.println(details);
        }
    }
}
