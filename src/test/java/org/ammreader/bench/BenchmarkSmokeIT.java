package org.ammreader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's harness, run by the normal build on the smallest model with each measurement once, so that it
 * cannot rot: every row is measured (start-up too, when Xvfb is there) and results.json has its keys.
 */
class BenchmarkSmokeIT {

    @Test
    void runsEveryMeasurementOnce() throws Exception {
        BenchConfig config = BenchConfig.smoke(Path.of("target"));
        Results results = Benchmark.run(config, "./mvnw verify (smoke: 10 meetings, each measurement once)");

        JsonNode json = new ObjectMapper().readTree(config.out().resolve("results.json").toFile());
        for (String key : new String[] {"loadBundledWarmMs", "pngWeek2xMs", "briefingPdfMs"}) {
            assertTrue(json.get(key).isNumber(), key);
        }
        assertTrue(json.get("frameP95Ms").get("10").isNumber());
        assertTrue(json.get("filterMs").get("10").isNumber());
        assertTrue(json.get("overviewDragP95Ms").get("10").isNumber(), "the overview strip's drag");
        assertTrue(json.get("windowFilterMs").get("10").isNumber());
        for (String key : new String[] {"soakHeapBeforeOpensMb", "soakHeapStartMb", "soakHeapEndMb", "soakHeapRatio"}) {
            assertTrue(json.get(key).isNumber() && json.get(key).asDouble() > 0, key);
        }
        assertTrue(results.rows().stream().anyMatch(row -> row.what().startsWith("soak: heap after GC after opening")
                && row.note().startsWith(WindowBench.SOAK_OPENS + " opens after one of each; 6 explained")), "the soak opened "
                + WindowBench.SOAK_OPENS + " models after one of each kind, the invalid one 6 times, each explained");
        assertTrue(json.has("startupRatio"));
        assertTrue(json.has("startupJarRatio"));
        assertEquals(json.get("machine").get("cores").asInt(), Runtime.getRuntime().availableProcessors());
        // Start-up is measured where Xvfb is, and the packaged app only once ./mvnw -Pdist package has built it.
        boolean startupMeasured = !json.get("startupJarRatio").isNull();
        boolean packagedMeasured = !json.get("startupRatio").isNull();
        results.rows().forEach(row -> assertTrue(row.stats() != null || row.what().startsWith("start-up")
                && (!startupMeasured || row.what().contains("packaged") && !packagedMeasured),
                row.what() + " was not measured: " + row.note()));
        assertNotNull(results.markdown("smoke", 0));
    }
}
