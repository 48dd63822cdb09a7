package org.ammreader.model;

/**
 * The other reading of a disputed time: what a second source says, and a note saying who says what. Its presence
 * is what marks a meeting's time as disputed (ADR 0011).
 */
public record AlternativeTime(MeetingTime time, LocalizedText note) {
}
