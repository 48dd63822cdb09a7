package org.ammreader.ui;

/** How the user chose to export the timeline as PNG: the scale, the range on screen or the week, the zoom. */
public record PngExportChoice(int scale, boolean visibleRange, boolean screenZoom) {
}
