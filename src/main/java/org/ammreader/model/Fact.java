package org.ammreader.model;

import java.util.List;
import java.util.Optional;

/**
 * A key fact for a briefing, with the date its data refers to (YYYY[-MM[-DD]]), how well its sources support it
 * and, when it is disputed or unverified, a note saying why.
 */
public record Fact(String id, LocalizedText label, LocalizedText value, String asOf, Confidence confidence,
                   Optional<LocalizedText> note, List<Source> sources) {

    public Fact {
        sources = List.copyOf(sources);
    }
}
