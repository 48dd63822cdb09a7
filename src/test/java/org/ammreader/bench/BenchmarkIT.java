package org.ammreader.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark: {@code ./mvnw -B -Pbench verify} runs this alone (the normal build runs {@link BenchmarkSmokeIT}).
 * It fails only if a measurement cannot be made; missed goals are results, written in the table.
 */
class BenchmarkIT {

    @Test
    void measuresEverySizeAndWritesTheResults() throws Exception {
        BenchConfig config = BenchConfig.full(Path.of("target"));
        Benchmark.run(config, "./mvnw -B -Pbench verify");
        assertTrue(Files.size(config.out().resolve("results.md")) > 0);
        assertTrue(Files.size(config.out().resolve("results.json")) > 0);
    }
}
