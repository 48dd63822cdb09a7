package org.ammreader.viewmodel;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.StringProperty;

/** A search as a search bar drives it: the query, how many matches, which one is current, next and previous. */
public interface TextSearch {

    StringProperty queryProperty();

    ReadOnlyIntegerProperty countProperty();

    /** The index of the current match, -1 when there is none (yet). */
    ReadOnlyIntegerProperty currentProperty();

    void next();

    void previous();

    /**
     * The query as typed so far is a search the user made: Enter, Escape or leaving the field says so, not each
     * keystroke. A search worth an undo step records it here; by default (the reader's search) nothing is kept.
     */
    default void commit() {
    }
}
