package org.ammreader.model;

import java.util.Optional;

/** Whether a delegation is a state's or an organisation's (ASEAN, the EU). */
public enum DelegationKind {
    STATE("state"),
    ORGANISATION("organisation");

    private final String code;

    DelegationKind(String code) {
        this.code = code;
    }

    /** The spelling used in model files. */
    public String code() {
        return code;
    }

    public static Optional<DelegationKind> fromCode(String code) {
        for (DelegationKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
