package org.ammreader.control.timeline;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * How the painter writes a line of text, centred vertically on {@code y}, and draws the ring that marks a title
 * (the other marks are text): at once with {@code fillText} and {@code strokeOval} ({@link #DIRECT}), or from
 * images made once ({@link TextImages}, the screen's). A pen may hold text back until
 * {@link #finish}, which the painter calls wherever what follows may cover the text.
 */
interface TextPen {

    double RING_RADIUS = 3.5;
    double RING_LINE = 1.5;

    /** Writes at once: what exports and tests' painters use. */
    TextPen DIRECT = new TextPen() {
        @Override
        public void start(TimelineStyle style, double scale, Locale locale) {
            // Nothing kept between frames.
        }

        @Override
        public void write(GraphicsContext gc, String text, Font font, Color ink, TextAlignment align, double x,
                          double y) {
            fill(gc, text, font, ink, align, x, y);
        }

        @Override
        public void ring(GraphicsContext gc, Color ink, double centreX, double centreY) {
            stroke(gc, ink, centreX, centreY);
        }

        @Override
        public void finish(GraphicsContext gc) {
            // Nothing held back.
        }
    };

    /** Called before each frame with what its text depends on besides the strings themselves. */
    void start(TimelineStyle style, double scale, Locale locale);

    /** Writes {@code text} anchored at ({@code x}, {@code y}), in the context's current global alpha. */
    void write(GraphicsContext gc, String text, Font font, Color ink, TextAlignment align, double x, double y);

    /** Draws the ring mark centred on ({@code centreX}, {@code centreY}), in the context's current global alpha. */
    void ring(GraphicsContext gc, Color ink, double centreX, double centreY);

    /** Draws whatever was held back, in the order it was written. */
    void finish(GraphicsContext gc);

    /** The text as {@code fillText} draws it, vertically centred. */
    static void fill(GraphicsContext gc, String text, Font font, Color ink, TextAlignment align, double x, double y) {
        gc.setFont(font);
        gc.setFill(ink);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    /** The ring as {@code strokeOval} draws it: 7 pixels across, a line 1.5 wide. */
    static void stroke(GraphicsContext gc, Color ink, double centreX, double centreY) {
        gc.setStroke(ink);
        gc.setLineWidth(RING_LINE);
        gc.strokeOval(centreX - RING_RADIUS, centreY - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS);
    }
}
