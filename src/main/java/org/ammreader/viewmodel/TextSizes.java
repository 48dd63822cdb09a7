package org.ammreader.viewmodel;

import java.util.List;

/** The reader's text sizes in pixels: one pixel at a time around reading sizes, two above, within bounds. */
final class TextSizes {

    static final double DEFAULT = 16;
    static final double MIN = 12;
    static final double MAX = 28;

    private static final List<Double> STEPS = List.of(12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 20.0, 22.0, 24.0,
            26.0, 28.0);

    private TextSizes() {
    }

    static double larger(double size) {
        return STEPS.stream().filter(step -> step > size).findFirst().orElse(MAX);
    }

    static double smaller(double size) {
        double smaller = MIN;
        for (double step : STEPS) {
            if (step < size) {
                smaller = step;
            }
        }
        return smaller;
    }

    /** A size read from settings or set by anyone, brought within bounds. */
    static double clamp(double size) {
        return Double.isNaN(size) ? DEFAULT : Math.max(MIN, Math.min(MAX, size));
    }
}
