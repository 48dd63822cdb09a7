package org.ammreader.control.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;

/**
 * The candidate distances between labelled ticks on the time axis, finest first. Each step knows the
 * calendar unit it counts in, how to align a tick to it in local time (so ticks stay put while panning and
 * agree between export tiles), the shortest real duration it can span (for the no-overlap check) and the
 * coarser unit shown as bands above it.
 */
enum AxisStep {
    MINUTES_15(ChronoUnit.MINUTES, 15),
    MINUTES_30(ChronoUnit.MINUTES, 30),
    HOURS_1(ChronoUnit.HOURS, 1),
    HOURS_2(ChronoUnit.HOURS, 2),
    HOURS_3(ChronoUnit.HOURS, 3),
    HOURS_6(ChronoUnit.HOURS, 6),
    HOURS_12(ChronoUnit.HOURS, 12),
    DAYS_1(ChronoUnit.DAYS, 1),
    DAYS_2(ChronoUnit.DAYS, 2),
    WEEKS_1(ChronoUnit.WEEKS, 1),
    WEEKS_2(ChronoUnit.WEEKS, 2),
    MONTHS_1(ChronoUnit.MONTHS, 1),
    MONTHS_3(ChronoUnit.MONTHS, 3),
    MONTHS_6(ChronoUnit.MONTHS, 6),
    YEARS_1(ChronoUnit.YEARS, 1),
    YEARS_2(ChronoUnit.YEARS, 2),
    YEARS_5(ChronoUnit.YEARS, 5),
    YEARS_10(ChronoUnit.YEARS, 10),
    YEARS_25(ChronoUnit.YEARS, 25),
    YEARS_50(ChronoUnit.YEARS, 50),
    YEARS_100(ChronoUnit.YEARS, 100);

    private static final long HOUR_MS = 3_600_000L;
    private static final long DAY_MS = 24 * HOUR_MS;

    private final ChronoUnit unit;
    private final int amount;

    AxisStep(ChronoUnit unit, int amount) {
        this.unit = unit;
        this.amount = amount;
    }

    /**
     * The shortest time between two ticks of this step: a local day can last 23 hours (daylight saving),
     * February 28 days, three months from January 90 days.
     */
    long minDurationMs() {
        return switch (unit) {
            case MINUTES -> amount * 60_000L;
            case HOURS -> amount * HOUR_MS;
            case DAYS -> amount * DAY_MS - HOUR_MS;
            case WEEKS -> amount * 7 * DAY_MS - HOUR_MS;
            case MONTHS -> switch (amount) {
                case 1 -> 28 * DAY_MS - HOUR_MS;
                case 3 -> 90 * DAY_MS - HOUR_MS;
                default -> 181 * DAY_MS - HOUR_MS;
            };
            default -> amount * 365 * DAY_MS - HOUR_MS;
        };
    }

    /** The band unit drawn above ticks of this step, or {@code null} when the ticks are years. */
    BandUnit band() {
        return switch (unit) {
            case MINUTES, HOURS -> BandUnit.DAY;
            case DAYS, WEEKS -> BandUnit.MONTH;
            case MONTHS -> BandUnit.YEAR;
            default -> null;
        };
    }

    /** Tick label patterns, most explicit first; a shorter one lets a finer step fit a wide font. */
    List<String> tickPatterns() {
        return switch (unit) {
            case MINUTES, HOURS -> List.of("HH:mm");
            case DAYS -> List.of("EEE d", "d");
            case WEEKS -> List.of("d MMM", "d");
            case MONTHS -> List.of("MMM");
            default -> List.of("yyyy");
        };
    }

    /** The tick at or before {@code t}, aligned to whole multiples of the step in local time. */
    LocalDateTime floor(LocalDateTime t, Locale locale) {
        LocalDate date = t.toLocalDate();
        return switch (unit) {
            case MINUTES -> t.truncatedTo(ChronoUnit.HOURS).withMinute(t.getMinute() / amount * amount);
            case HOURS -> date.atTime(t.getHour() / amount * amount, 0);
            case DAYS -> LocalDate.ofEpochDay(Math.floorDiv(date.toEpochDay(), amount) * amount).atStartOfDay();
            case WEEKS -> {
                DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
                int back = Math.floorMod(date.getDayOfWeek().getValue() - first.getValue(), 7);
                LocalDate weekStart = date.minusDays(back);
                // Every other week by absolute week count, so two-week ticks do not jump while panning.
                long week = Math.floorDiv(weekStart.toEpochDay(), 7);
                yield weekStart.minusWeeks(Math.floorMod(week, amount)).atStartOfDay();
            }
            case MONTHS -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / amount * amount + 1)
                    .atStartOfDay();
            default -> LocalDate.of(Math.floorDiv(date.getYear(), amount) * amount, 1, 1).atStartOfDay();
        };
    }

    LocalDateTime next(LocalDateTime tick) {
        return tick.plus(amount, unit);
    }
}
