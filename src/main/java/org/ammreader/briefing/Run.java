package org.ammreader.briefing;

/** A stretch of text in one style; a paragraph is a list of runs. */
record Run(Style style, String text) {
}
