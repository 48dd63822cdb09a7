package org.ammreader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.time.Duration;
import java.util.regex.Pattern;
import org.ammreader.io.HostileCorpus;
import org.ammreader.io.HostileCorpus.HostileCase;
import org.ammreader.testing.ProcessRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the hostile corpus, validated by the packaged jar as a user runs it, in 256 MB of heap: the exit
 * status, the problems on the error stream naming the file and the place, nothing on the output stream, no trace
 * of the JVM's own errors, and an end within a generous time. The goal is 5 seconds; the limit asserted is far
 * above it so that a loaded machine does not fail the build: the times measured are printed at the end.
 */
class HostileFilesIT {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String JAR = System.getProperty("app.jar", "target/amm-reader.jar");
    /** What the JVM prints when something escapes the application, or when it cannot even start it. */
    private static final List<String> JVM_FAILURES = List.of("Exception", "\tat ", "Error:", "OutOfMemoryError",
            "StackOverflowError");
    private static final Map<String, Long> MILLIS = new ConcurrentSkipListMap<>();
    /** A copy of the jar that another user may read, made when needed. */
    private static Path jarForOthers;

    @TempDir
    Path folder;

    record Run(int status, String out, String err, long millis) {
    }

    static List<HostileCase> cases() {
        return HostileCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateReportsTheFileInPlainWords(HostileCase hostile) throws IOException, InterruptedException {
        Path file = hostile.materialize(folder);
        Run run = validate(hostile, file);
        MILLIS.put(hostile.name(), run.millis());

        assertEquals(hostile.status(), run.status(), run.err());
        for (String failure : JVM_FAILURES) {
            assertFalse(run.err().contains(failure), run.err());
        }
        if (hostile.status() == 0) {
            assertTrue(run.out().startsWith(file + ": valid; "), run.out());
            assertEquals("", run.err());
            return;
        }
        assertEquals("", run.out());
        String first = run.err().lines().findFirst().orElse("");
        String place = hostile.located() ? ":\\d+:\\d+: /\\S*: " : ": ";
        assertTrue(Pattern.compile(Pattern.quote(file.toString()) + place + ".+").matcher(first).matches(), first);
        assertEquals(hostile.firstLine(file), first);
    }

    @AfterAll
    static void printTimes() {
        long total = MILLIS.values().stream().mapToLong(Long::longValue).sum();
        Map.Entry<String, Long> slowest = MILLIS.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        StringBuilder report = new StringBuilder("HostileFilesIT: " + MILLIS.size() + " runs of the jar, " + total
                + " ms in all; slowest " + slowest.getKey() + " " + slowest.getValue() + " ms\n");
        MILLIS.forEach((name, millis) -> report.append(String.format("  %-32s %6d ms%n", name, millis)));
        System.out.print(report);
    }

    private Run validate(HostileCase hostile, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(asAnotherUserIfRoot(hostile, file));
        command.addAll(List.of(java(), "-Xmx256m", "-Duser.language=en", "-Duser.country=US", "-jar",
                jar(!command.isEmpty()), "--validate", "--model", file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().put("LANG", "C.UTF-8");
        ProcessRun.Finished done = ProcessRun.run(builder, Duration.ofSeconds(TIMEOUT_SECONDS));
        return new Run(done.status(), done.out(), done.err(), done.millis());
    }

    /**
     * Root may read any file, so the unreadable case runs the jar as "nobody" when the tests run as root, from a
     * copy that user may read if the build's own folders are closed to others. It is skipped, saying why, only
     * when that user could not start Java at all.
     */
    private static List<String> asAnotherUserIfRoot(HostileCase hostile, Path file) throws IOException {
        if (!hostile.deniesReading() || (int) Files.getAttribute(file, "unix:uid") != 0) {
            return List.of();
        }
        Path setpriv = Path.of("/usr/bin/setpriv");
        assumeTrue(Files.isExecutable(setpriv), "running as root without setpriv: cannot test an unreadable file");
        assumeTrue(openToOthers(java(), PosixFilePermission.OTHERS_EXECUTE),
                "running as root, and Java is not open to other users: cannot test an unreadable file");
        return List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jar, or for another user a copy of it in a folder open to all when the build's folders are not. */
    private static synchronized String jar(boolean forAnotherUser) throws IOException {
        Path jar = Path.of(JAR).toAbsolutePath();
        if (!forAnotherUser || openToOthers(jar.toString(), PosixFilePermission.OTHERS_READ)) {
            return jar.toString();
        }
        if (jarForOthers == null) {
            Path open = Files.createTempDirectory("amm-reader-it");
            Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
            jarForOthers = Files.copy(jar, open.resolve(jar.getFileName()));
            Files.setPosixFilePermissions(jarForOthers, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assumeTrue(openToOthers(jarForOthers.toString(), PosixFilePermission.OTHERS_READ),
                "running as root, and no folder open to other users for the jar: cannot test an unreadable file");
        return jarForOthers.toString();
    }

    @AfterAll
    static void deleteJarForOthers() throws IOException {
        if (jarForOthers != null) {
            Files.delete(jarForOthers);
            Files.delete(jarForOthers.getParent());
        }
    }

    /** Whether another user has {@code permission} on {@code file}, in folders they may enter. */
    private static boolean openToOthers(String file, PosixFilePermission permission) throws IOException {
        Path path = Path.of(file).toRealPath();
        if (!Files.getPosixFilePermissions(path).contains(permission)) {
            return false;
        }
        for (Path folder = path.getParent(); folder != null; folder = folder.getParent()) {
            if (!Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }
}
