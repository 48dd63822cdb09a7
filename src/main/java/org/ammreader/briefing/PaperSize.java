package org.ammreader.briefing;

/** The paper the sheet is laid out for, in PostScript points (1/72 inch). */
public enum PaperSize {
    A4(595.2756f, 841.8898f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
