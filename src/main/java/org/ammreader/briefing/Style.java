package org.ammreader.briefing;

/** A text style of the sheet: face, size and leading in points, colour as 0xRRGGBB. */
record Style(Face face, float size, float leading, int color) {

    Style withColor(int rgb) {
        return new Style(face, size, leading, rgb);
    }

    float width(String text) {
        return face.width(text, size);
    }
}
