package org.ammreader.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner every test uses to start a program: both streams read at once, a timeout that kills and says so. */
class ProcessRunTest {

    @Test
    void aProgramFillingBothPipesFinishesWithAllItPrinted() throws Exception {
        // 1 MB on each stream: far past the 64 KB a pipe holds, so reading one stream after the other would hang.
        ProcessRun.Finished done = ProcessRun.run(new ProcessBuilder("sh", "-c",
                "head -c 1048576 /dev/zero | tr '\\0' e >&2; head -c 1048576 /dev/zero | tr '\\0' o; exit 3"),
                Duration.ofSeconds(30));
        assertEquals(3, done.status());
        assertEquals(1048576, done.err().length());
        assertEquals(1048576, done.out().length());
        assertTrue(done.err().chars().allMatch(c -> c == 'e') && done.out().chars().allMatch(c -> c == 'o'));
    }

    // Both sleeps are forked before "started" is printed, and the shell waits for them (no exec of a last
    // command in place of the shell), so three processes are there to be killed, whatever the machine's load.
    @Test
    void aProgramPastItsTimeoutIsKilledWithItsChildrenAndTheFailureSaysSo() throws Exception {
        try (ProcessRun run = ProcessRun.start(new ProcessBuilder("sh", "-c",
                "sleep 300 & sleep 300 & echo started; wait"))) {
            assertTrue(run.awaitOut(out -> out.contains("started"), Duration.ofSeconds(10)), run.err());
            List<ProcessHandle> processes = run.processes();
            assertEquals(3, processes.size(), "the shell and its two sleeps: " + processes);
            AssertionError failure = assertThrows(AssertionError.class, () -> run.finish(Duration.ofSeconds(1)));
            assertTrue(failure.getMessage().startsWith("killed after 1 s, not finished: [sh, -c,"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains("--- stdout so far:\nstarted"), failure.getMessage());
            assertEquals(List.of(), processes.stream().filter(ProcessHandle::isAlive).toList(), "none left running");
        }
    }
}
