package org.ammreader.model;

/** A cooperation area (cybersecurity, maritime security…) with its colour as #RRGGBB. */
public record Area(String id, LocalizedText label, String color) {
}
