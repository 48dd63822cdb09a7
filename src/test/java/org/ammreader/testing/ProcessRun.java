package org.ammreader.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A process the tests started, its standard output and error each drained by a thread of its own from the start,
 * so that a full pipe never blocks it, and a timeout that kills it and its children and says so. Every test that
 * runs a program goes through this class.
 */
public final class ProcessRun implements AutoCloseable {

    /** What a finished process printed, its exit status and how long it ran. */
    public record Finished(int status, String out, String err, long millis) {
    }

    private final Process process;
    private final List<String> command;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Thread outReader;
    private final Thread errReader;
    private final long start = System.nanoTime();

    private ProcessRun(Process process, List<String> command) {
        this.process = process;
        this.command = command;
        this.outReader = drain(process.getInputStream(), out, "stdout of " + command.get(0));
        this.errReader = drain(process.getErrorStream(), err, "stderr of " + command.get(0));
    }

    /** Starts {@code builder}'s command with nothing on its standard input. */
    public static ProcessRun start(ProcessBuilder builder) throws IOException {
        ProcessRun run = new ProcessRun(builder.start(), List.copyOf(builder.command()));
        run.process.getOutputStream().close();
        return run;
    }

    /** Runs {@code builder}'s command to its end; past {@code timeout} it is killed and the test fails saying so. */
    public static Finished run(ProcessBuilder builder, Duration timeout) throws IOException, InterruptedException {
        try (ProcessRun run = start(builder)) {
            return run.finish(timeout);
        }
    }

    private static Thread drain(InputStream stream, ByteArrayOutputStream into, String name) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int n; (n = stream.read(buffer)) >= 0; ) {
                    synchronized (into) {
                        into.write(buffer, 0, n);
                        into.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** Waits for the end of the process and of its output; past {@code timeout} it is killed and this fails. */
    public Finished finish(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("killed after " + timeout.toSeconds() + " s, not finished: " + command
                    + "\n--- stdout so far:\n" + out() + "\n--- stderr so far:\n" + err());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // The streams end once the process and any child holding them have gone; a child kept alive is killed.
        outReader.join(TimeUnit.SECONDS.toMillis(10));
        errReader.join(TimeUnit.SECONDS.toMillis(10));
        if (outReader.isAlive() || errReader.isAlive()) {
            kill();
        }
        return new Finished(process.exitValue(), out(), err(), millis);
    }

    /** All the process printed on standard output so far. */
    public String out() {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Waits until what the process printed on standard output passes {@code test}, at most {@code timeout}; false if
     * it did not, the process having ended or the time having passed.
     */
    public boolean awaitOut(Predicate<String> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (out) {
            while (!test.test(out.toString(StandardCharsets.UTF_8))) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !outReader.isAlive()) {
                    return test.test(out.toString(StandardCharsets.UTF_8));
                }
                out.wait(Math.min(left, 100));
            }
            return true;
        }
    }

    /** All the process printed on standard error so far. */
    public String err() {
        synchronized (err) {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The process and every process it started that still runs. */
    public List<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .toList();
    }

    /** Ends the process and every process it started, and waits until they have gone. */
    public void kill() {
        List<ProcessHandle> all = processes();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("process " + handle.pid() + " still runs after being killed", e);
            }
        }
    }

    /** Kills the process if it still runs: a test that failed half-way leaves nothing behind. */
    @Override
    public void close() {
        if (process.isAlive() || process.descendants().findAny().isPresent()) {
            kill();
        }
    }
}
