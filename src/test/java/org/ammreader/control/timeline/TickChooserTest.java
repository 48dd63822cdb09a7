package org.ammreader.control.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TickChooserTest {

    private static final long HOUR = 3_600_000L;
    private static final long YEAR = 365 * 24 * HOUR;

    /** Widths like a proportional 11-px sans: wide capitals and digits, narrow punctuation. */
    private static final ToDoubleFunction<String> SANS = text -> {
        double width = 0;
        for (char c : text.toCharArray()) {
            width += Character.isUpperCase(c) ? 8 : Character.isDigit(c) ? 7 : Character.isLetter(c) ? 6.5 : 3.5;
        }
        return width;
    };
    /** A much wider face, to show the choice follows the measured widths rather than a fixed table. */
    private static final ToDoubleFunction<String> WIDE = text -> 2.2 * SANS.applyAsDouble(text);

    @Test
    void labelsNeverOverlapFromOneHourToTenYearsAtAnyWidth() {
        Random random = new Random(7);
        List<ZoneId> zones = List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Bangkok"), ZoneId.of("Europe/Paris"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"));
        int layouts = 0;
        for (ToDoubleFunction<String> font : List.of(SANS, WIDE)) {
            for (Locale locale : List.of(Locale.UK, Locale.FRANCE)) {
                for (ZoneId zone : zones) {
                    TickChooser chooser = new TickChooser(zone, locale, font, font);
                    for (int width : new int[] {400, 800, 1280, 1600, 1920, 2560}) {
                        for (double span = HOUR; span <= 10 * YEAR; span *= 1.35) {
                            long start = 1_500_000_000_000L + (long) (random.nextDouble() * 3 * YEAR);
                            TimeScale scale = new TimeScale(start, start + (long) span, 160, width, 1);
                            Axis axis = chooser.layout(scale, 160);
                            assertTicksReadable(axis, scale, font, zone.getRules().isFixedOffset(), describe(
                                    zone, locale, width, span));
                            assertBandsReadable(axis, font, describe(zone, locale, width, span));
                            layouts++;
                        }
                    }
                }
            }
        }
        assertTrue(layouts > 2000, "the sweep ran " + layouts + " layouts");
    }

    @Test
    void choosesFinerStepsAsTheViewZoomsIn() {
        TickChooser chooser = new TickChooser(ZoneId.of("UTC"), Locale.UK, SANS, SANS);
        AxisStep previous = AxisStep.YEARS_100;
        for (double span = 10 * YEAR; span >= HOUR; span /= 1.5) {
            AxisStep step = chooser.choose(span / 1600).step();
            assertTrue(step.compareTo(previous) <= 0, step + " after " + previous + " at span " + span);
            previous = step;
        }
        assertEquals(AxisStep.MINUTES_15, chooser.choose(HOUR / 1600.0).step());
    }

    @Test
    void ticksFallOnWholeLocalHoursOfTheZone() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        long start = ZonedDateTime.of(2019, 8, 1, 8, 20, 0, 0, bangkok).toInstant().toEpochMilli();
        TickChooser chooser = new TickChooser(bangkok, Locale.UK, SANS, SANS);

        Axis axis = chooser.layout(new TimeScale(start, start + 12 * HOUR, 0, 1600, 1), 0);

        assertTrue(axis.step().compareTo(AxisStep.HOURS_1) <= 0, "step " + axis.step());
        Axis.Tick nine = axis.ticks().stream().filter(t -> "09:00".equals(t.label())).findFirst().orElseThrow();
        assertEquals(ZonedDateTime.of(2019, 8, 1, 9, 0, 0, 0, bangkok).toInstant(), Instant.ofEpochMilli(nine.time()));
    }

    @Test
    void daysAreNamedInTheLocale() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        long start = ZonedDateTime.of(2019, 7, 29, 0, 0, 0, 0, bangkok).toInstant().toEpochMilli();
        TimeScale sixDays = new TimeScale(start, start + 6 * 24 * HOUR, 160, 1440, 1);

        assertTrue(bandLabels(new TickChooser(bangkok, Locale.UK, SANS, SANS), sixDays).contains("Thu 1 Aug"));
        assertTrue(bandLabels(new TickChooser(bangkok, Locale.FRANCE, SANS, SANS), sixDays).contains("jeu. 1 août"));
    }

    @Test
    void anApplicationsDateFormatsWriteTheLabels() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        long start = ZonedDateTime.of(2019, 7, 29, 0, 0, 0, 0, bangkok).toInstant().toEpochMilli();
        TimeScale sixDays = new TimeScale(start, start + 6 * 24 * HOUR, 160, 1440, 1);
        DateFormats shouting = (pattern, locale) -> new java.time.format.DateTimeFormatterBuilder()
                .appendLiteral('[').appendPattern(pattern).appendLiteral(']').toFormatter(locale);

        assertTrue(bandLabels(new TickChooser(bangkok, Locale.UK, SANS, SANS, shouting), sixDays)
                .contains("[Thu 1 Aug]"));
    }

    @Test
    void aBandLabelSlidesToStayVisibleButNeverLeavesItsBand() {
        ZoneId utc = ZoneId.of("UTC");
        long noon = LocalDateTime.of(2020, 3, 4, 12, 0).atZone(utc).toInstant().toEpochMilli();
        TimeScale scale = new TimeScale(noon, noon + 36 * HOUR, 160, 1200, 1);

        Axis.Band first = new TickChooser(utc, Locale.UK, SANS, SANS).layout(scale, 160).bands().get(0);

        assertTrue(first.x0() < 160, "the first day starts left of the plot");
        assertEquals(160 + TickChooser.PAD, first.labelX(), 1e-9);
        Axis.Band fixed = new TickChooser(utc, Locale.UK, SANS, SANS).layout(scale, Double.NaN).bands().get(0);
        assertEquals(fixed.x0() + TickChooser.PAD, fixed.labelX(), 1e-9);
    }

    private static List<String> bandLabels(TickChooser chooser, TimeScale scale) {
        List<String> labels = new ArrayList<>();
        chooser.layout(scale, scale.x0()).bands().forEach(b -> labels.add(b.label()));
        return labels;
    }

    private static void assertTicksReadable(Axis axis, TimeScale scale, ToDoubleFunction<String> font,
                                            boolean fixedOffset, String where) {
        Axis.Tick previous = null;
        int labelledInView = 0;
        int labelled = 0;
        for (Axis.Tick tick : axis.ticks()) {
            if (tick.label() == null) {
                continue;
            }
            labelled++;
            assertEquals(font.applyAsDouble(tick.label()), tick.labelWidth(), 1e-9, where);
            if (tick.x() >= scale.x0() && tick.x() < scale.x0() + scale.width()) {
                labelledInView++;
            }
            if (previous != null) {
                double end = previous.labelX() + previous.labelWidth();
                assertTrue(end + TickChooser.GAP <= tick.labelX() + 1e-9,
                        where + ": '" + previous.label() + "' runs into '" + tick.label() + "'");
                if (fixedOffset) {
                    assertTrue(tick.x() - previous.x() >= TickChooser.MIN_SPACING - 1e-9,
                            where + ": labels " + (tick.x() - previous.x()) + " px apart");
                }
            }
            previous = tick;
        }
        assertTrue(labelled <= scale.width() / TickChooser.MIN_SPACING + 2, where + ": " + labelled + " labels");
        assertTrue(labelledInView >= 2, where + ": only " + labelledInView + " labelled ticks in view");
    }

    private static void assertBandsReadable(Axis axis, ToDoubleFunction<String> font, String where) {
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Axis.Band band : axis.bands()) {
            if (band.label() == null) {
                continue;
            }
            assertEquals(font.applyAsDouble(band.label()), band.labelWidth(), 1e-9, where);
            assertTrue(band.labelX() >= band.x0() + TickChooser.PAD - 1e-9, where + ": " + band.label());
            assertTrue(band.labelX() + band.labelWidth() <= band.x1() - TickChooser.PAD + 1e-9,
                    where + ": " + band.label() + " leaves its band");
            assertTrue(band.labelX() >= previousEnd, where + ": band labels overlap at " + band.label());
            previousEnd = band.labelX() + band.labelWidth();
        }
    }

    private static String describe(ZoneId zone, Locale locale, int width, double span) {
        return zone + " " + locale + " " + width + " px, " + Math.round(span / HOUR) + " h";
    }
}
