package org.ammreader.control.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the tick step for a zoom level and lays out the axis so that labels never overlap: the finest
 * step whose shortest interval leaves room for its widest possible label (and at least
 * {@link #MIN_SPACING} px) wins. Text widths come from pluggable functions, so the choice is testable
 * without a toolkit.
 */
final class TickChooser {

    /** At most one tick label per this many pixels, however narrow the labels. */
    static final double MIN_SPACING = 60;
    /** Space from a tick or band edge to its label. */
    static final double PAD = 4;
    /** Minimum free space between two labels. */
    static final double GAP = 8;

    /** Dates covering every month name, every weekday name and two-digit days, at a two-digit hour. */
    private static final List<LocalDateTime> SAMPLES = samples();

    private final ZoneId zone;
    private final Locale locale;
    private final ToDoubleFunction<String> tickWidth;
    private final ToDoubleFunction<String> bandWidth;
    private final DateFormats dateFormats;
    private final Map<String, DateTimeFormatter> formatters = new HashMap<>();
    private final Map<String, Double> widestTick = new HashMap<>();

    TickChooser(ZoneId zone, Locale locale, ToDoubleFunction<String> tickWidth, ToDoubleFunction<String> bandWidth) {
        this(zone, locale, tickWidth, bandWidth, DateFormats.PLAIN);
    }

    TickChooser(ZoneId zone, Locale locale, ToDoubleFunction<String> tickWidth, ToDoubleFunction<String> bandWidth,
                DateFormats dateFormats) {
        this.zone = zone;
        this.locale = locale;
        this.tickWidth = tickWidth;
        this.bandWidth = bandWidth;
        this.dateFormats = dateFormats;
    }

    DateFormats dateFormats() {
        return dateFormats;
    }

    ZoneId zone() {
        return zone;
    }

    Locale locale() {
        return locale;
    }

    /** A step and the tick label pattern used with it. */
    record Choice(AxisStep step, String pattern) {
    }

    /**
     * The finest step whose labels cannot crowd each other at this many milliseconds per pixel, with the
     * most explicit of its label patterns that fits.
     */
    Choice choose(double msPerPx) {
        for (AxisStep step : AxisStep.values()) {
            double spacing = step.minDurationMs() / msPerPx;
            for (String pattern : step.tickPatterns()) {
                if (spacing >= Math.max(MIN_SPACING, widestTick(pattern) + GAP)) {
                    return new Choice(step, pattern);
                }
            }
        }
        AxisStep coarsest = AxisStep.values()[AxisStep.values().length - 1];
        return new Choice(coarsest, coarsest.tickPatterns().get(0));
    }

    /**
     * Lays out ticks and bands over the scale's range. With a finite {@code stickyLeft} a band label whose
     * band starts left of it slides right to stay readable (the screen); with {@code NaN} every label sits
     * at its band's start (export tiles, which must agree at their seams).
     */
    Axis layout(TimeScale scale, double stickyLeft) {
        Choice choice = choose(scale.msPerPx());
        AxisStep step = choice.step();
        return new Axis(step, ticks(scale, step, formatter(choice.pattern())), bands(scale, step.band(), stickyLeft));
    }

    private List<Axis.Tick> ticks(TimeScale scale, AxisStep step, DateTimeFormatter format) {
        List<Axis.Tick> ticks = new ArrayList<>();
        LocalDateTime local = step.floor(LocalDateTime.ofInstant(Instant.ofEpochMilli(scale.start()), zone), locale);
        long previous = Long.MIN_VALUE;
        double labelsEnd = Double.NEGATIVE_INFINITY;
        while (true) {
            long time = local.atZone(zone).toInstant().toEpochMilli();
            if (time >= scale.end()) {
                break;
            }
            // A local time that falls in a daylight-saving gap resolves to the same instant as the next one.
            if (time > previous) {
                double x = scale.x(time);
                String label = format.format(local);
                double width = tickWidth.applyAsDouble(label);
                double labelX = x + PAD;
                boolean fits = labelX >= labelsEnd + GAP;
                ticks.add(new Axis.Tick(time, x, fits ? label : null, labelX, fits ? width : 0));
                if (fits) {
                    labelsEnd = labelX + width;
                }
                previous = time;
            }
            local = step.next(local);
        }
        return ticks;
    }

    private List<Axis.Band> bands(TimeScale scale, BandUnit unit, double stickyLeft) {
        List<Axis.Band> bands = new ArrayList<>();
        if (unit == null) {
            return bands;
        }
        LocalDateTime local = unit.floor(LocalDateTime.ofInstant(Instant.ofEpochMilli(scale.start()), zone));
        while (true) {
            long start = local.atZone(zone).toInstant().toEpochMilli();
            if (start >= scale.end()) {
                break;
            }
            LocalDateTime nextLocal = unit.next(local);
            long end = nextLocal.atZone(zone).toInstant().toEpochMilli();
            double x0 = scale.x(start);
            double x1 = scale.x(end);
            String label = null;
            double width = 0;
            for (String pattern : unit.patterns()) {
                String candidate = formatter(pattern).format(local);
                double candidateWidth = bandWidth.applyAsDouble(candidate);
                if (candidateWidth + 2 * PAD <= x1 - x0) {
                    label = candidate;
                    width = candidateWidth;
                    break;
                }
            }
            double labelX = x0 + PAD;
            if (label != null && !Double.isNaN(stickyLeft)) {
                labelX = Math.min(Math.max(labelX, stickyLeft + PAD), x1 - PAD - width);
            }
            bands.add(new Axis.Band(start, end, x0, x1, unit.shaded(local), label, labelX, width));
            local = nextLocal;
        }
        return bands;
    }

    private double widestTick(String pattern) {
        return widestTick.computeIfAbsent(pattern, p -> {
            DateTimeFormatter format = formatter(p);
            double widest = 0;
            for (LocalDateTime sample : SAMPLES) {
                widest = Math.max(widest, tickWidth.applyAsDouble(format.format(sample)));
            }
            return widest;
        });
    }

    private DateTimeFormatter formatter(String pattern) {
        return formatters.computeIfAbsent(pattern, p -> dateFormats.formatter(p, locale));
    }

    private static List<LocalDateTime> samples() {
        List<LocalDateTime> samples = new ArrayList<>();
        LocalDate monday = LocalDate.of(2024, 1, 22);
        for (int day = 0; day < 7; day++) {
            samples.add(monday.plusDays(day).atTime(23, 45));
        }
        for (int month = 1; month <= 12; month++) {
            samples.add(LocalDate.of(2028, month, 28).atTime(18, 45));
        }
        return List.copyOf(samples);
    }
}
