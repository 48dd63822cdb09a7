package org.ammreader.control.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The coarse calendar unit drawn as alternating bands in the header's top row (and faintly in the body),
 * with label patterns from the most to the least explicit: the first that fits its band is used.
 */
enum BandUnit {
    DAY(List.of("EEE d MMM", "EEE d", "d")),
    MONTH(List.of("MMMM yyyy", "MMM yyyy", "MMM")),
    YEAR(List.of("yyyy"));

    private final List<String> patterns;

    BandUnit(List<String> patterns) {
        this.patterns = patterns;
    }

    List<String> patterns() {
        return patterns;
    }

    LocalDateTime floor(LocalDateTime t) {
        LocalDate date = t.toLocalDate();
        return switch (this) {
            case DAY -> date.atStartOfDay();
            case MONTH -> date.withDayOfMonth(1).atStartOfDay();
            case YEAR -> date.withDayOfYear(1).atStartOfDay();
        };
    }

    LocalDateTime next(LocalDateTime band) {
        return switch (this) {
            case DAY -> band.plusDays(1);
            case MONTH -> band.plusMonths(1);
            case YEAR -> band.plusYears(1);
        };
    }

    /**
     * Whether the band starting at {@code band} is shaded: alternate by absolute calendar count, so the
     * shading does not flicker while panning and agrees between export tiles.
     */
    boolean shaded(LocalDateTime band) {
        long ordinal = switch (this) {
            case DAY -> band.toLocalDate().toEpochDay();
            case MONTH -> band.getYear() * 12L + band.getMonthValue();
            case YEAR -> band.getYear();
        };
        return Math.floorMod(ordinal, 2) == 1;
    }
}
