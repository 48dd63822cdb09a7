package org.ammreader.briefing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * Draws on one PDF page in the layout's coordinates: points from the page's top-left corner, y growing
 * downwards (PDF's own origin is bottom-left).
 */
final class Canvas {

    private final PDPage page;
    private final PDPageContentStream stream;
    private final float pageHeight;

    Canvas(PDPage page, PDPageContentStream stream) {
        this.page = page;
        this.stream = stream;
        this.pageHeight = page.getMediaBox().getHeight();
    }

    void text(TextLine line, float x, float top) throws IOException {
        float baseline = pageHeight - (top + line.baseline());
        for (TextLine.Piece piece : line.pieces()) {
            stream.beginText();
            stream.setFont(piece.style().face().font(), piece.style().size());
            color(piece.style().color());
            stream.newLineAtOffset(x + piece.x(), baseline);
            stream.showText(piece.text());
            stream.endText();
        }
    }

    void fill(float x, float top, float width, float height, float radius, int rgb) throws IOException {
        color(rgb);
        float bottom = pageHeight - top - height;
        if (radius <= 0) {
            stream.addRect(x, bottom, width, height);
        } else {
            roundedRectangle(x, bottom, width, height, Math.min(radius, Math.min(width, height) / 2));
        }
        stream.fill();
    }

    void rule(float x, float y, float width, float thickness, int rgb) throws IOException {
        fill(x, y - thickness / 2, width, thickness, 0, rgb);
    }

    /** Makes a rectangle of the page open {@code url} when clicked in a PDF reader. */
    void link(float x, float top, float width, float height, String url) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, pageHeight - top - height, width, height));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        link.setAction(action);
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void color(int rgb) throws IOException {
        stream.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    /** A rectangle with circular corners drawn as Bézier arcs (0.5523 approximates a quarter circle). */
    private void roundedRectangle(float x, float y, float width, float height, float r) throws IOException {
        float k = 0.5523f * r;
        stream.moveTo(x + r, y);
        stream.lineTo(x + width - r, y);
        stream.curveTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r);
        stream.lineTo(x + width, y + height - r);
        stream.curveTo(x + width, y + height - r + k, x + width - r + k, y + height, x + width - r, y + height);
        stream.lineTo(x + r, y + height);
        stream.curveTo(x + r - k, y + height, x, y + height - r + k, x, y + height - r);
        stream.lineTo(x, y + r);
        stream.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        stream.closePath();
    }
}
