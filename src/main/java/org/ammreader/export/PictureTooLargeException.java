package org.ammreader.export;

/** The picture asked for would not fit in memory or in an image; nothing was drawn. */
public final class PictureTooLargeException extends Exception {

    private final long width;
    private final long height;
    private final long maxPixels;

    public PictureTooLargeException(long width, long height, long maxPixels) {
        super(width + " × " + height + " pixels is more than " + maxPixels + " pixels", null, false, false);
        this.width = width;
        this.height = height;
        this.maxPixels = maxPixels;
    }

    public long width() {
        return width;
    }

    public long height() {
        return height;
    }

    /** The largest number of pixels this computer can draw now. */
    public long maxPixels() {
        return maxPixels;
    }
}
