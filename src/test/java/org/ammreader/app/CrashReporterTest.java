package org.ammreader.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashReporterTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryProblemToTheLogAndTellsTheUserOnce() throws Exception {
        Path log = folder.resolve("logs").resolve("amm-reader.log");
        List<String> told = new ArrayList<>();
        CrashReporter reporter = new CrashReporter(log, (details, where) -> told.add(details));
        Thread worker = new Thread(() -> { }, "export-worker");

        reporter.uncaughtException(worker, new IllegalStateException("first failure"));
        reporter.uncaughtException(Thread.currentThread(), new ArithmeticException("second failure"));

        String written = Files.readString(log);
        assertTrue(written.contains("Thread \"export-worker\": java.lang.IllegalStateException: first failure"), written);
        assertTrue(written.contains("java.lang.ArithmeticException: second failure"), written);
        assertTrue(written.contains("\tat "), "the stack trace is kept for the report");
        assertEquals(1, told.size());
        assertTrue(told.get(0).contains("first failure"));
    }

    @Test
    void startsAFreshLogWhenTheOldOneIsLarge() throws Exception {
        Path log = folder.resolve("amm-reader.log");
        Files.writeString(log, "x".repeat((int) CrashReporter.MAX_LOG_BYTES + 10));
        new CrashReporter(log, (details, where) -> { }).uncaughtException(Thread.currentThread(),
                new IllegalStateException("after rotation"));
        assertTrue(Files.size(log) < 10_000);
        assertTrue(Files.readString(log).contains("after rotation"));
        assertTrue(Files.size(folder.resolve("amm-reader.log.old")) > CrashReporter.MAX_LOG_BYTES);
    }

    @Test
    void aLogThatCannotBeWrittenDoesNotStopTheReport() throws Exception {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "a file where the log's folder should be");
        List<String> told = new ArrayList<>();
        new CrashReporter(notAFolder.resolve("amm-reader.log"), (details, where) -> told.add(details))
                .uncaughtException(Thread.currentThread(), new IllegalStateException("still told"));
        assertEquals(1, told.size());
    }
}
