package org.ammreader.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine the numbers come from. The load average matters: the benchmark's machines are often shared, and a
 * loaded machine makes every number slower; readers judge the results with it.
 */
final class Machine {

    private final Map<String, Object> facts = new LinkedHashMap<>();

    private Machine() {
    }

    static Machine describe() {
        Machine machine = new Machine();
        Map<String, Object> f = machine.facts;
        f.put("cores", Runtime.getRuntime().availableProcessors());
        f.put("cpu", cpu());
        f.put("memoryGb", Math.round(physicalMemory() / 1e8) / 10.0);
        f.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        f.put("javafx", javafxVersion());
        f.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        f.put("rendering", "JavaFX software pipeline (prism.order=sw), Monocle headless " 
                + System.getProperty("headless.geometry", "") + " for the frames; Xvfb for start-up");
        f.put("maxHeapMb", Runtime.getRuntime().maxMemory() / 1_000_000);
        f.put("started", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        f.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    /** Notes the load at the end of the run too. */
    void finish() {
        facts.put("loadAverageAtEnd", loadAverage());
        facts.put("finished", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    Map<String, Object> facts() {
        return facts;
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
    private static String loadAverage() {
        try {
            List<String> parts = List.of(Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+"));
            return String.join(" ", parts.subList(0, 3));
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String cpu() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
        } catch (IOException e) {
            return System.getProperty("os.arch");
        }
    }

    private static long physicalMemory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
    }

    private static String javafxVersion() {
        String version = System.getProperty("javafx.runtime.version");
        return version != null ? version : com.sun.javafx.runtime.VersionInfo.getRuntimeVersion();
    }
}
