package org.ammreader.model;

import java.util.Optional;

/** A meeting's reference to one actor, a person or a delegation (exactly one of the two), with its role. */
public record ActorRef(Optional<String> person, Optional<String> delegation, ActorRole role) {

    public ActorRef {
        if (person.isPresent() == delegation.isPresent()) {
            throw new IllegalArgumentException("an actor is a person or a delegation: exactly one of the two");
        }
    }

    public static ActorRef person(String personId, ActorRole role) {
        return new ActorRef(Optional.of(personId), Optional.empty(), role);
    }

    public static ActorRef delegation(String delegationId, ActorRole role) {
        return new ActorRef(Optional.empty(), Optional.of(delegationId), role);
    }

    /** The id of the actor referred to, whichever kind it is (person and delegation ids never coincide). */
    public String actorId() {
        return person.orElseGet(() -> delegation.orElse(null));
    }
}
