package org.ammreader.control.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The screen's pen: each line of text, and the ring mark, is drawn once with {@code fillText} into an image,
 * which later frames copy with {@code drawImage} at a whole device pixel. The software renderer lays out every
 * {@code fillText} string again each frame (a bidirectional analysis and a glyph run per string), about a third of
 * its time on a busy frame; an image copy skips all of it. The images are made in batches: the text a frame writes
 * is held back until {@link #finish}, the strings not yet made are drawn together on one sheet and read back with
 * one snapshot, and each is kept, trimmed to its inked pixels, in a least-recently-used cache.
 *
 * <p>What making costs is bounded: a string gets an image only the second time it is written (a title cut short
 * at the view's left edge during a pan is a new string each frame, and a snapshot of it would cost more than the
 * {@code fillText} it saves), and at most {@link #MAX_NEW_PER_FRAME} are made in one frame; the others are drawn
 * with {@code fillText}, as before.
 *
 * <p>The same glyphs: a string is drawn on the sheet with the same font, ink, alignment and scale, at the same
 * fraction of a device pixel, as it would be on the screen's canvas; only the blend differs (once over
 * transparency, then over the canvas), by at most a unit of a colour channel.
 */
final class TextImages implements TextPen {

    /** At most this many images are made in one frame: 100 took 5 to 20 ms (400: 25 to 500 ms) on a loaded machine. */
    static final int MAX_NEW_PER_FRAME = 100;
    /** How many strings written once are remembered, to be made the next time they are written. */
    private static final int MAX_SEEN = 8192;
    /** The cache holds images of at most this many pixels in all (16 MB). */
    private static final long MAX_PIXELS = 4_000_000;
    /** Sub-pixel positions are told apart to this fraction of a device pixel. */
    private static final int SUB = 64;
    private static final int SHEET_WIDTH = 2048;
    private static final int SHEET_MAX_HEIGHT = 2048;
    /** Room around a string's advance for glyphs that reach past it. */
    private static final int PAD = 3;

    /** A string in a font, or the ring when {@code ring} (then without text and font). */
    private record Key(boolean ring, String text, Font font, Color ink, TextAlignment align, int subX, int subY) {
    }

    /** A string's image; {@code left} and {@code top} place its corner relative to the anchor's device pixel. */
    private record Stamp(WritableImage image, int left, int top) {
        long pixels() {
            return image == null ? 0 : (long) image.getWidth() * (long) image.getHeight();
        }
    }

    /** A string written but not drawn yet: where (device pixel of the anchor, and as given) and how opaque. */
    private record Held(Key key, int deviceX, int deviceY, double x, double y, double alpha) {
    }

    /** A string placed on the sheet: its cell and its anchor within the cell. */
    private record Cell(Key key, int x, int y, int width, int height, int anchorX, int anchorY) {
    }

    private final Map<Key, Stamp> stamps = new LinkedHashMap<>(256, 0.75f, true);
    private final Map<Key, Boolean> seen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > MAX_SEEN;
        }
    };
    private final List<Held> held = new ArrayList<>();
    private long pixels;
    private TimelineStyle style;
    private double scale = 1;
    private Locale locale;

    @Override
    public void start(TimelineStyle frameStyle, double frameScale, Locale frameLocale) {
        // A theme, a font size, a screen scale or a language makes other images: the old ones would only sit there.
        if (!frameStyle.equals(style) || frameScale != scale || !frameLocale.equals(locale)) {
            clear();
            style = frameStyle;
            scale = frameScale;
            locale = frameLocale;
        }
        held.clear();
    }

    @Override
    public void write(GraphicsContext gc, String text, Font font, Color ink, TextAlignment align, double x,
                      double y) {
        hold(gc, false, text, font, ink, align, x, y);
    }

    @Override
    public void ring(GraphicsContext gc, Color ink, double centreX, double centreY) {
        hold(gc, true, "", null, ink, TextAlignment.CENTER, centreX, centreY);
    }

    private void hold(GraphicsContext gc, boolean ring, String text, Font font, Color ink, TextAlignment align,
                      double x, double y) {
        double dx = x * scale;
        double dy = y * scale;
        int wholeX = (int) Math.floor(dx);
        int wholeY = (int) Math.floor(dy);
        int subX = (int) Math.round((dx - wholeX) * SUB);
        int subY = (int) Math.round((dy - wholeY) * SUB);
        if (subX == SUB) {
            wholeX++;
            subX = 0;
        }
        if (subY == SUB) {
            wholeY++;
            subY = 0;
        }
        held.add(new Held(new Key(ring, text, font, ink, align, subX, subY), wholeX, wholeY, x, y,
                gc.getGlobalAlpha()));
    }

    @Override
    public void finish(GraphicsContext gc) {
        if (held.isEmpty()) {
            return;
        }
        make();
        double alpha = gc.getGlobalAlpha();
        boolean smooth = gc.isImageSmoothing();
        gc.setImageSmoothing(false);
        for (Held h : held) {
            gc.setGlobalAlpha(h.alpha());
            Stamp stamp = stamps.get(h.key());
            Key key = h.key();
            if (stamp == null) {
                // Written for the first time, or past this frame's budget: drawn as before.
                draw(gc, key, h.x(), h.y());
            } else if (stamp.image() != null) {
                WritableImage image = stamp.image();
                gc.drawImage(image, (h.deviceX() + stamp.left()) / scale, (h.deviceY() + stamp.top()) / scale,
                        image.getWidth() / scale, image.getHeight() / scale);
            }
        }
        gc.setImageSmoothing(smooth);
        gc.setGlobalAlpha(alpha);
        held.clear();
    }

    /** How many strings have an image now. */
    int size() {
        return stamps.size();
    }

    private void clear() {
        stamps.clear();
        seen.clear();
        pixels = 0;
    }

    /** Makes the images of the held strings written before that have none, up to the frame's budget, on one sheet. */
    private void make() {
        Set<Key> missing = new LinkedHashSet<>();
        for (Held h : held) {
            Key key = h.key();
            if (missing.size() < MAX_NEW_PER_FRAME && !stamps.containsKey(key)
                    && seen.put(key, Boolean.TRUE) != null) {
                missing.add(key);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<Cell> cells = place(missing);

        if (cells.isEmpty()) {
            return;
        }
        int sheetHeight = cells.stream().mapToInt(c -> c.y() + c.height()).max().orElseThrow();
        Canvas sheet = new Canvas(SHEET_WIDTH, sheetHeight);
        GraphicsContext sg = sheet.getGraphicsContext2D();
        for (Cell cell : cells) {
            Key key = cell.key();
            sg.setTransform(scale, 0, 0, scale, cell.x() + cell.anchorX() + key.subX() / (double) SUB,
                    cell.y() + cell.anchorY() + key.subY() / (double) SUB);
            draw(sg, key, 0, 0);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage snapshot = sheet.snapshot(params, null);
        int[] argb = new int[SHEET_WIDTH * sheetHeight];
        snapshot.getPixelReader().getPixels(0, 0, SHEET_WIDTH, sheetHeight, PixelFormat.getIntArgbPreInstance(),
                argb, 0, SHEET_WIDTH);
        for (Cell cell : cells) {
            keep(cell.key(), trim(cell, argb));
        }
    }

    private static void draw(GraphicsContext gc, Key key, double x, double y) {
        if (key.ring()) {
            TextPen.stroke(gc, key.ink(), x, y);
        } else {
            TextPen.fill(gc, key.text(), key.font(), key.ink(), key.align(), x, y);
        }
    }

    /** Cells for the strings, row by row across the sheet, as many as it holds. */
    private List<Cell> place(Set<Key> keys) {
        List<Cell> cells = new ArrayList<>();
        int x = 0;
        int y = 0;
        int rowHeight = 0;
        for (Key key : keys) {
            double size = key.ring() ? 2 * (RING_RADIUS + RING_LINE) : key.font().getSize();
            double logicalWidth = key.ring() ? size : FontMeasure.of(key.font()).width(key.text());
            int advance = (int) Math.ceil(logicalWidth * scale);
            int width = Math.min(SHEET_WIDTH, advance + 2 * PAD + 1);
            int half = (int) Math.ceil(size * scale) + PAD;
            int anchorX = switch (key.align()) {
                case RIGHT -> advance + PAD;
                case CENTER -> (advance + 1) / 2 + PAD;
                default -> PAD;
            };
            if (x + width > SHEET_WIDTH) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            if (y + 2 * half > SHEET_MAX_HEIGHT) {
                break;
            }
            cells.add(new Cell(key, x, y, width, 2 * half, anchorX, half));
            x += width;
            rowHeight = Math.max(rowHeight, 2 * half);
        }
        return cells;
    }

    /** The cell's inked pixels as an image placed against the anchor; no image for a string that inks nothing. */
    private static Stamp trim(Cell cell, int[] argb) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = cell.y(); y < cell.y() + cell.height(); y++) {
            for (int x = cell.x(); x < cell.x() + cell.width(); x++) {
                if (argb[y * SHEET_WIDTH + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return new Stamp(null, 0, 0);
        }
        int width = x1 - x0 + 1;
        int height = y1 - y0 + 1;
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argb,
                y0 * SHEET_WIDTH + x0, SHEET_WIDTH);
        return new Stamp(image, x0 - cell.x() - cell.anchorX(), y0 - cell.y() - cell.anchorY());
    }

    private void keep(Key key, Stamp stamp) {
        stamps.put(key, stamp);
        pixels += stamp.pixels();
        var eldest = stamps.entrySet().iterator();
        while (pixels > MAX_PIXELS && eldest.hasNext()) {
            Stamp old = eldest.next().getValue();
            if (old != stamp) {
                pixels -= old.pixels();
                eldest.remove();
            }
        }
    }
}
