package org.ammreader.model;

import java.util.List;

/** A key fact for a briefing, with the date its data refers to (YYYY[-MM[-DD]]). */
public record Fact(String id, LocalizedText label, LocalizedText value, String asOf, List<Source> sources) {

    public Fact {
        sources = List.copyOf(sources);
    }
}
