package org.ammreader.model;

import java.util.Optional;

/**
 * A public source: who published it; either its headline as published or, for a source with no headline to
 * quote, a description written by the project (never both); its address and, when known, its date
 * (YYYY[-MM[-DD]]).
 */
public record Source(String publisher, Optional<String> title, Optional<LocalizedText> description, String url,
                     Optional<String> date) {

    /** Whether this source is named by a description of the project's rather than by its headline. */
    public boolean isDescribed() {
        return title.isEmpty();
    }

    /**
     * How the source is named wherever it is listed: its headline as published, or the project's description in
     * square brackets, so that a description is never taken for a quoted headline.
     */
    public String shownTitle(String language) {
        return title.orElseGet(() -> "[" + description.map(text -> text.get(language)).orElse("") + "]");
    }
}
