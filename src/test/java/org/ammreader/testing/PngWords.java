package org.ammreader.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The words a PNG carries in its international text chunks (iTXt), keyword to text, as ImageIO reads them. */
public final class PngWords {

    private PngWords() {
    }

    public static Map<String, String> of(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            try {
                reader.setInput(in);
                Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
                Map<String, String> words = new LinkedHashMap<>();
                NodeList entries = ((Element) root).getElementsByTagName("iTXtEntry");
                for (int i = 0; i < entries.getLength(); i++) {
                    Element entry = (Element) entries.item(i);
                    words.put(entry.getAttribute("keyword"), entry.getAttribute("text"));
                }
                return words;
            } finally {
                reader.dispose();
            }
        }
    }
}
