package org.ammreader.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run found, written as a markdown table (results.md, also printed) and as JSON (results.json: the headline
 * numbers under stable keys, the machine, and every row).
 */
final class Results {

    private final Machine machine;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> frameDetails = new ArrayList<>();
    private final Map<String, Object> headline = new LinkedHashMap<>();

    Results(Machine machine) {
        this.machine = machine;
    }

    void add(List<Row> more) {
        rows.addAll(more);
    }

    void addFrameDetails(List<String> lines) {
        frameDetails.addAll(lines);
    }

    /** A headline number; null when it could not be measured. */
    void put(String key, Double value) {
        headline.put(key, value);
    }

    /** A headline number of one model size, under {@code key} → {"10": …, "1000": …}. */
    @SuppressWarnings("unchecked")
    void put(String key, int meetings, double value) {
        ((Map<String, Object>) headline.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>()))
                .put(String.valueOf(meetings), value);
    }

    List<Row> rows() {
        return rows;
    }

    Map<String, Object> headline() {
        return headline;
    }

    String markdown(String command, double minutes) {
        StringBuilder md = new StringBuilder("# AMM Reader benchmark\n\n");
        Map<String, Object> m = machine.facts();
        md.append(String.format(Locale.ROOT, "`%s`, %s, %.1f minutes.%n%n", command, m.get("started"), minutes));
        md.append(String.format(Locale.ROOT, "Machine: %s cores (%s), %s GB, %s, JavaFX %s, %s; %s. "
                        + "Load average (1, 5, 15 min) at start %s, at end %s.%n%n", m.get("cores"), m.get("cpu"),
                m.get("memoryGb"), m.get("jdk"), m.get("javafx"), m.get("os"), m.get("rendering"),
                m.get("loadAverageAtStart"), m.get("loadAverageAtEnd")));
        md.append("| What | Meetings | Median | p95 | Runs | Goal | Verdict |\n");
        md.append("|---|---:|---:|---:|---:|---|---|\n");
        for (Row row : grouped()) {
            Stats s = row.stats();
            md.append("| ").append(row.what()).append(" | ").append(row.meetings()).append(" | ")
                    .append(s == null ? "—" : format(s.median(), row.unit())).append(" | ")
                    .append(s == null ? "—" : format(s.p95(), row.unit())).append(" | ")
                    .append(s == null ? "—" : String.valueOf(s.count())).append(" | ")
                    .append(row.goal().text()).append(" | ")
                    .append(row.stats() == null ? row.note() : row.verdict()).append(" |\n");
        }
        if (!frameDetails.isEmpty()) {
            md.append("\n## Frame time by zoom level\n\n");
            md.append("| Meetings | Zoom level | Gesture | Median ms | p95 ms | p95 / floor p95 | "
                    + "Median ms to the end of layout | Median CPU ms, JavaFX thread | Median CPU ms, render thread "
                    + "| Frames |\n|---:|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            frameDetails.forEach(line -> md.append(line).append('\n'));
        }
        return md.toString();
    }

    void write(Path folder, String command, double minutes) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.md"), markdown(command, minutes));
        Map<String, Object> json = new LinkedHashMap<>(headline);
        json.put("machine", machine.facts());
        json.put("command", command);
        json.put("minutes", minutes);
        List<Map<String, Object>> all = new ArrayList<>();
        for (Row row : grouped()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("what", row.what());
            r.put("meetings", row.meetings());
            r.put("unit", row.unit());
            if (row.stats() != null) {
                r.put("median", row.stats().median());
                r.put("p95", Double.isNaN(row.stats().p95()) ? null : row.stats().p95());
                r.put("min", row.stats().min());
                r.put("max", row.stats().max());
                r.put("runs", row.stats().count());
            }
            r.put("goal", row.goal().text());
            r.put("verdict", row.verdict());
            r.put("note", row.note());
            all.add(r);
        }
        json.put("rows", all);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("results.json")
                .toFile(), json);
    }

    /** The rows by measurement, in the order each was first measured; the sizes of each in the order measured. */
    private List<Row> grouped() {
        Map<String, List<Row>> byWhat = new LinkedHashMap<>();
        rows.forEach(row -> byWhat.computeIfAbsent(row.what(), w -> new ArrayList<>()).add(row));
        return byWhat.values().stream().flatMap(List::stream).toList();
    }

    private static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return switch (unit) {
            case "×" -> String.format(Locale.ROOT, "%.2f×", value);
            case "MB" -> String.format(Locale.ROOT, "%.1f MB", value);
            default -> value < 100 ? String.format(Locale.ROOT, "%.1f ms", value)
                    : String.format(Locale.ROOT, "%,.0f ms", value);
        };
    }
}
