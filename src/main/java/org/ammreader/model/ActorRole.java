package org.ammreader.model;

import java.util.Optional;

/** What a person or a delegation did in a meeting. */
public enum ActorRole {
    CHAIR("chair"),
    CO_CHAIR("co-chair"),
    PARTICIPANT("participant"),
    SPEAKER("speaker");

    private final String code;

    ActorRole(String code) {
        this.code = code;
    }

    /** The spelling used in model files. */
    public String code() {
        return code;
    }

    public static Optional<ActorRole> fromCode(String code) {
        for (ActorRole role : values()) {
            if (role.code.equals(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
