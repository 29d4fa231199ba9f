package org.rebound.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {
    @Test
    void anImageReadsBackPixelForPixelWithItsTransparency() throws IOException {
        BufferedImage image = new BufferedImage(7, 3, BufferedImage.TYPE_INT_ARGB);
        int[] colours = {0x00000000, 0xffd1422f, 0x801f6fb2, 0xffffffff, 0x7f000000};
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 7; x++) {
                image.setRGB(x, y, colours[(x + y * 7) % colours.length]);
            }
        }
        byte[] png = Png.encode(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(7, back.getWidth());
        assertEquals(3, back.getHeight());
        assertArrayEquals(image.getRGB(0, 0, 7, 3, null, 0, 7), back.getRGB(0, 0, 7, 3, null, 0, 7));
        // The same image, the same bytes.
        assertArrayEquals(png, Png.encode(image));
    }

    @Test
    void anOpaqueImageReadsBackOpaque() throws IOException {
        BufferedImage image = new BufferedImage(5, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x1f6fb2);
        image.setRGB(4, 0, 0xffffff);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
        assertArrayEquals(image.getRGB(0, 0, 5, 2, null, 0, 5), back.getRGB(0, 0, 5, 2, null, 0, 5));
        assertEquals(0xff1f6fb2, back.getRGB(1, 1));
    }
}
