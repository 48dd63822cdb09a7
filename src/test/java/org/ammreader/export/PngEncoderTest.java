package org.ammreader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encoder's files are read back by another decoder (ImageIO) and must give every pixel exactly. */
class PngEncoderTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 2", "257, 13", "4096, 40", "700, 300"})
    void everyPixelIsReadBackExactly(int width, int height) throws Exception {
        int[] pixels = picture(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(pixels, width, height, out);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));

        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int expected = pixels[y * width + x] & 0xFFFFFF;
                int actual = image.getRGB(x, y) & 0xFFFFFF;
                if (expected != actual) {
                    assertEquals(Integer.toHexString(expected), Integer.toHexString(actual), "pixel " + x + "," + y);
                }
            }
        }
    }

    /** Flat bands, like the timeline, with noise, which is what defeats the "Up" filter; alpha set as JavaFX does. */
    private static int[] picture(int width, int height) {
        Random random = new Random(width * 31L + height);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int y = i / width;
            pixels[i] = 0xFF000000 | (i % 7 == 0 ? random.nextInt(0x1000000) : (y / 4) * 0x0A0B0C);
        }
        return pixels;
    }
}
