package org.ammreader.model;

/** A lane of the timeline: a format of meeting (ASEAN meetings, PMC+1, …). */
public record Track(String id, LocalizedText label) {
}
