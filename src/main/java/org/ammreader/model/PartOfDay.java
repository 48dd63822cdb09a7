package org.ammreader.model;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A part of the day, for a meeting whose sources say only "in the morning": the hours it spans are this
 * project's convention (ADR 0011), used to place such a meeting on the timeline and in time order.
 */
public enum PartOfDay {
    MORNING("morning", LocalTime.of(8, 0), LocalTime.of(12, 0)),
    AFTERNOON("afternoon", LocalTime.of(12, 0), LocalTime.of(18, 0)),
    EVENING("evening", LocalTime.of(18, 0), LocalTime.of(22, 0));

    private final String code;
    private final LocalTime from;
    private final LocalTime until;

    PartOfDay(String code, LocalTime from, LocalTime until) {
        this.code = code;
        this.from = from;
        this.until = until;
    }

    /** The spelling used in model files. */
    public String code() {
        return code;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime until() {
        return until;
    }

    public static Optional<PartOfDay> fromCode(String code) {
        for (PartOfDay p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
