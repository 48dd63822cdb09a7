/**
 * A reusable, generic timeline control: {@link org.ammreader.control.timeline.TimelineView} shows items of
 * any type in lanes along a zoomable, pannable time axis. It knows nothing of the application: a
 * {@link org.ammreader.control.timeline.TimelineAdapter} says for each item its lane, times, title,
 * colour, certainty marker, tooltip and accessible text.
 *
 * <p>Built for 100,000 items: they are read once into a sorted, stacked, indexed
 * {@link org.ammreader.control.timeline.TimelineData} snapshot; each frame finds the items in view by
 * binary search and draws them immediate-mode on one viewport-sized canvas, or as per-lane density strips
 * when too many are in view.
 *
 * <p>Export: {@link org.ammreader.control.timeline.TimelinePainter} draws the same picture from plain
 * inputs ({@code TimelineData}, {@link org.ammreader.control.timeline.TimelineStyle},
 * {@link org.ammreader.control.timeline.TimelineFrame}) onto any {@code GraphicsContext}, for any time
 * range, at any scale, tile by tile.
 *
 * <p>Look: colours are CSS tokens in {@code timeline.css} ({@code -timeline-background},
 * {@code -timeline-accent}, ...), each also the property the control reads, so a theme redefines a token
 * once, e.g. {@code .timeline-view { -timeline-accent: -app-accent; }}.
 */
package org.ammreader.control.timeline;
