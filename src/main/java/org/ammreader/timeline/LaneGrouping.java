package org.ammreader.timeline;

import java.util.Optional;

/** What the timeline's lanes are: the model's tracks, the delegations or the people (ADR 0027). */
public enum LaneGrouping {
    TRACKS("tracks"),
    DELEGATIONS("delegations"),
    PEOPLE("people");

    private final String code;

    LaneGrouping(String code) {
        this.code = code;
    }

    /** The spelling kept in the settings. */
    public String code() {
        return code;
    }

    /** The grouping after this one, back to the tracks after the last: what Ctrl+Shift+L moves to. */
    public LaneGrouping next() {
        return values()[(ordinal() + 1) % values().length];
    }

    public static Optional<LaneGrouping> fromCode(String code) {
        for (LaneGrouping grouping : values()) {
            if (grouping.code.equals(code)) {
                return Optional.of(grouping);
            }
        }
        return Optional.empty();
    }
}
