package org.ammreader.ui.briefing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The sheet's PDF pages as JavaFX images, rendered by PDFBox: the preview and the printout show exactly the
 * document that is saved. Safe to call off the FX thread.
 */
final class PageImages {

    /** Screen resolution of the preview's pages; the window scales them to its output scale. */
    static final float PREVIEW_DPI = 96;

    private PageImages() {
    }

    /** Renders every page at {@code dpi} dots per inch; slow (a few hundred milliseconds), so never on the FX thread. */
    static List<Image> renderAll(byte[] pdf, float dpi) throws IOException {
        List<Image> pages = new ArrayList<>();
        try (PDDocument document = open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                pages.add(render(renderer, page, dpi));
            }
        }
        return pages;
    }

    /** Renders one page at {@code dpi} dots per inch. */
    static Image render(PDFRenderer renderer, int page, float dpi) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
        return SwingFXUtils.toFXImage(image, null);
    }

    /** Opens a PDF for rendering; the caller closes it. */
    static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
}
