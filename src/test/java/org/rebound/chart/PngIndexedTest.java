package org.rebound.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A palette PNG keeps the frequent colours exact, maps a rare one to its nearest, and gives the same bytes twice. */
class PngIndexedTest {

    @Test
    void frequentColoursStayExactAndRareOnesTakeTheNearest() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        // 300 colours: 256 fill two pixels each, 44 (rarer) one pixel each, just off a frequent one.
        int i = 0;
        for (int c = 0; c < 256; c++) {
            int argb = 0xff000000 | (c << 16) | (255 - c);
            image.setRGB(i % 40, i / 40, argb);
            i++;
            image.setRGB(i % 40, i / 40, argb);
            i++;
        }
        for (int c = 0; c < 44; c++) {
            image.setRGB(i % 40, i / 40, 0xff000000 | (c << 16) | (1 << 8) | (255 - c));
            i++;
        }
        image.setRGB(39, 29, 0x00000000); // transparent, once: mapped to the nearest too
        byte[] png = Png.encodeIndexed(image, Map.of("Title", "t"));
        assertEquals(3, png[8 + 8 + 9], "colour type 3: a palette");
        assertArrayEquals(png, Png.encodeIndexed(image, Map.of("Title", "t")), "the same bytes twice");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(40, back.getWidth());
        assertEquals(30, back.getHeight());
        assertEquals(image.getRGB(0, 0), back.getRGB(0, 0), "a frequent colour is exact");
        assertEquals(image.getRGB(2 * 77 % 40, 2 * 77 / 40), back.getRGB(2 * 77 % 40, 2 * 77 / 40));
        int rare = 512 + 5;
        int expected = 0xff000000 | (5 << 16) | 250; // the frequent colour one green step away
        assertEquals(expected, back.getRGB(rare % 40, rare / 40), "a rare colour takes its nearest");
    }
}
