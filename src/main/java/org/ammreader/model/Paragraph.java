package org.ammreader.model;

import java.util.List;

/** One paragraph of a document, in every language, tagged with its cooperation areas. */
public record Paragraph(String id, List<String> areas, LocalizedText text) {

    public Paragraph {
        areas = List.copyOf(areas);
    }
}
