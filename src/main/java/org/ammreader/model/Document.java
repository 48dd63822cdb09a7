package org.ammreader.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A text adopted during the week (statement, communiqué…), paragraph by paragraph. */
public record Document(String id, LocalizedText title, LocalDate date, Optional<String> meeting, String kind,
                       LocalizedText rendition, List<Paragraph> paragraphs, List<Source> sources) {

    public Document {
        paragraphs = List.copyOf(paragraphs);
        sources = List.copyOf(sources);
    }
}
