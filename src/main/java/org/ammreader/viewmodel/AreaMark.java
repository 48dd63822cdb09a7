package org.ammreader.viewmodel;

/** A cooperation area as the reader's margin shows it: its label in the content language and its #RRGGBB colour. */
public record AreaMark(String id, String label, String color) {
}
