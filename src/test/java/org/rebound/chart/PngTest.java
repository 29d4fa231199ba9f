package org.rebound.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

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
    void textChunksComeBeforeThePixelsInTheirOrderAndReadBackThroughImageIo() throws IOException {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(2, 1, 0xffd1422f);
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", "Énergie × 2"); // Latin-1: tEXt
        text.put("Copyright", "Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)");
        text.put("Description", "GWP – 10⁵ kg CO₂ eq"); // beyond Latin-1: iTXt, UTF-8
        byte[] png = Png.encode(image, text);
        assertArrayEquals(png, Png.encode(image, text), "the same image and text, the same bytes");
        assertEquals(List.of("IHDR", "tEXt", "tEXt", "iTXt", "IDAT", "IEND"), chunkTypes(png));
        // ImageIO's own PNG reader finds the pixels and the text.
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage back = reader.read(0);
            assertArrayEquals(image.getRGB(0, 0, 4, 2, null, 0, 4), back.getRGB(0, 0, 4, 2, null, 0, 4));
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            Map<String, String> found = new LinkedHashMap<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                    if (e.getNodeName().equals("tEXtEntry") || e.getNodeName().equals("iTXtEntry")) {
                        NamedNodeMap a = e.getAttributes();
                        String value = e.getNodeName().equals("tEXtEntry") ? "value" : "text";
                        found.put(a.getNamedItem("keyword").getNodeValue(), a.getNamedItem(value).getNodeValue());
                    }
                }
            }
            assertEquals(text, found);
            reader.dispose();
        }
        assertThrows(IllegalArgumentException.class, () -> Png.encode(image, Map.of(" Title", "x")));
        assertThrows(IllegalArgumentException.class, () -> Png.encode(image, Map.of("", "x")));
    }

    /** The chunk types of a PNG, in order. */
    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        for (int at = 8; at < png.length;) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8)
                    | (png[at + 3] & 0xff);
            types.add(new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
            at += 12 + length;
        }
        return types;
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
