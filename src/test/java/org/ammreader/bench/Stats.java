package org.ammreader.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The summary of repeated measurements: median and 95th percentile (nearest rank: the smallest sample at or above
 * 95% of them, so with fewer than 20 samples it is the largest), with the extremes and the count.
 */
record Stats(int count, double median, double p95, double min, double max) {

    static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        double p95 = sorted.get((int) Math.ceil(0.95 * n) - 1);
        return new Stats(n, median, p95, sorted.get(0), sorted.get(n - 1));
    }
}
