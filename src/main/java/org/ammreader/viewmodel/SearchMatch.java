package org.ammreader.viewmodel;

/** One occurrence of the search query: characters {@code start}..{@code end} of a paragraph in one column. */
public record SearchMatch(int paragraph, ReaderColumn column, int start, int end) {
}
