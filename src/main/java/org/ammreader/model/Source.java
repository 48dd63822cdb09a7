package org.ammreader.model;

import java.util.Optional;

/** A public source: who published it, its title, its address and, when known, its date (YYYY[-MM[-DD]]). */
public record Source(String publisher, String title, String url, Optional<String> date) {
}
