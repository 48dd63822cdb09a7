package org.ammreader.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.ammreader.io.AtomicFiles;

/**
 * Writes the timeline picture as a PNG. The picture is drawn in vertical tiles (a canvas wider than a few
 * thousand pixels fails on many graphics cards), each copied into one array of pixels that is then encoded
 * ({@link PngEncoder}) and written atomically. Its size is checked against the memory available before anything is drawn.
 */
public final class PngExporter {

    /** Widest canvas drawn at once, in device pixels: well under the 8,192-pixel texture limit. */
    static final int TILE = 4096;
    /** Tallest picture: a canvas cannot be taller than the texture limit. */
    public static final int MAX_HEIGHT = 8192;

    /** How far the export has gone: tiles drawn out of the total. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /** The size of the picture, in device pixels. */
    public record Size(int width, int height) {
    }

    private final Runtime runtime = Runtime.getRuntime();

    /** The size the picture would have. Call from any thread once the JavaFX toolkit runs. */
    public Size measure(PictureRequest request) throws InterruptedException {
        return FxThread.call(() -> size(new TimelinePicture(request)));
    }

    private static Size size(TimelinePicture picture) {
        long width = (long) Math.ceil(picture.width() * picture.scale());
        long height = (long) Math.ceil(picture.height() * picture.scale());
        return new Size((int) Math.min(Integer.MAX_VALUE, width), (int) Math.min(Integer.MAX_VALUE, height));
    }

    /** The most pixels that fit in the memory this process has left, with room for drawing and encoding. */
    public long maxPixels() {
        long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        return Math.max(0, free / 2 / Integer.BYTES);
    }

    /**
     * Draws the picture and writes it to {@code target}. Call from a worker thread, never the JavaFX thread
     * (the drawing is handed to it tile by tile).
     *
     * @throws PictureTooLargeException before drawing anything, if the picture cannot be made here
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    public Size export(PictureRequest request, Path target, Progress progress)
            throws PictureTooLargeException, IOException, InterruptedException {
        AtomicFiles.checkWritable(target);
        TimelinePicture picture = FxThread.call(() -> new TimelinePicture(request));
        Size size = size(picture);
        long count = (long) size.width() * size.height();
        long allowed = maxPixels();
        if (count > allowed) {
            // Memory held by garbage not yet collected looks used: collect once before refusing the user's picture.
            System.gc();
            allowed = maxPixels();
        }
        if (size.height() > MAX_HEIGHT || count > allowed) {
            throw new PictureTooLargeException(size.width(), size.height(), Math.min(allowed,
                    (long) MAX_HEIGHT * size.width()));
        }
        int[] pixels = new int[size.width() * size.height()];
        int scale = request.scale();
        double tileWidth = (double) TILE / scale;
        int tiles = (int) Math.ceil(picture.width() / tileWidth);
        for (int t = 0; t < tiles; t++) {
            double x = t * tileWidth;
            int deviceX = t * TILE;
            int deviceWidth = Math.min(TILE, size.width() - deviceX);
            double logicalWidth = Math.min(tileWidth, picture.width() - x);
            FxThread.call(() -> {
                Canvas canvas = new Canvas(deviceWidth, size.height());
                picture.drawTile(canvas.getGraphicsContext2D(), x, logicalWidth);
                SnapshotParameters parameters = new SnapshotParameters();
                parameters.setFill(Color.WHITE);
                WritableImage tile = canvas.snapshot(parameters, null);
                // Straight into the picture's rows: copying through a BufferedImage took a fifth of the export.
                tile.getPixelReader().getPixels(0, 0, deviceWidth, size.height(), PixelFormat.getIntArgbInstance(),
                        pixels, deviceX, size.width());
                return null;
            });
            progress.update(t + 1, tiles + 1);
        }
        Map<String, String> words = new LinkedHashMap<>();
        words.put("Title", request.model().title().get(request.language()));
        words.put("Description", picture.titleLine());
        AtomicFiles.write(target, out -> PngEncoder.write(pixels, size.width(), size.height(), request.language(),
                words, out));
        progress.update(tiles + 1, tiles + 1);
        return size;
    }
}
