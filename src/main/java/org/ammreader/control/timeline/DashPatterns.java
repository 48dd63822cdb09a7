package org.ammreader.control.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * One period of a dashed outline (a dash, then a gap) as a tiny image per colour, scale and direction, for the
 * screen under software rendering: an edge is then one fill with the image repeated along it, where it was one
 * rectangle per dash, and the canvas pays a clip and a state reset per command, whatever the command draws.
 */
final class DashPatterns {

    /** Outlines come in a model's colours, faded or not: a few dozen; past this many, start again. */
    private static final int MAX_IMAGES = 512;

    private record Key(Color color, double scale, boolean horizontal) {
    }

    private final Map<Key, Image> images = new HashMap<>();

    /**
     * A period of {@code period} logical pixels, its first {@code dash} in {@code color}, one device pixel
     * thick, along x when {@code horizontal}, else along y.
     */
    Image period(Color color, double scale, boolean horizontal, double dash, double period) {
        if (images.size() >= MAX_IMAGES) {
            images.clear();
        }
        return images.computeIfAbsent(new Key(color, scale, horizontal), key -> {
            int length = (int) Math.round(period * scale);
            int inked = (int) Math.round(dash * scale);
            WritableImage image = horizontal ? new WritableImage(length, 1) : new WritableImage(1, length);
            PixelWriter pixels = image.getPixelWriter();
            for (int i = 0; i < length; i++) {
                Color c = i < inked ? color : Color.TRANSPARENT;
                if (horizontal) {
                    pixels.setColor(i, 0, c);
                } else {
                    pixels.setColor(0, i, c);
                }
            }
            return image;
        });
    }
}
