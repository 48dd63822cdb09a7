package org.ammreader.model;

import java.util.Optional;

/** How well the sources support an item. */
public enum Confidence {
    CONFIRMED("confirmed"),
    SINGLE_SOURCE("single-source"),
    DISPUTED("disputed"),
    UNVERIFIED("unverified");

    private final String code;

    Confidence(String code) {
        this.code = code;
    }

    /** The spelling used in model files. */
    public String code() {
        return code;
    }

    /** Disputed and unverified items must explain themselves in a note. */
    public boolean needsNote() {
        return this == DISPUTED || this == UNVERIFIED;
    }

    public static Optional<Confidence> fromCode(String code) {
        for (Confidence c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
