package org.ammreader.viewmodel;

import java.util.Optional;

/** The head of the open document in one language: title, date, the meeting it came from and its rendition note. */
public record ReaderHeading(String language, String title, String date, Optional<String> meeting, String rendition) {
}
