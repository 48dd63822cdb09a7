package org.ammreader.model;

import java.util.Optional;

/** How precisely a source gives a start time: to the minute, or "about". */
public enum TimePrecision {
    EXACT("exact"),
    APPROXIMATE("approximate");

    private final String code;

    TimePrecision(String code) {
        this.code = code;
    }

    /** The spelling used in model files. */
    public String code() {
        return code;
    }

    public static Optional<TimePrecision> fromCode(String code) {
        for (TimePrecision p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
