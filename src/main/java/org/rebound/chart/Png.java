package org.rebound.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder for the site's images: 8-bit RGBA, no filter, deflated at the fastest level. ImageIO's encoder
 * compresses harder and spent most of a label's time; a label or chart of mostly flat colour loses little size this
 * way (a label: 27 KB against 21 KB) and is written in half the time.
 */
final class Png {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BIT_DEPTH = 8;
    private static final int COLOUR_RGBA = 6;
    private static final int BYTES_PER_PIXEL = 4;
    /** The longest keyword of a text chunk. */
    private static final int MAX_KEYWORD = 79;

    private Png() {
    }

    /**
     * The rendering every PNG of the site is drawn with: antialiased shapes and text, fractional glyph metrics (so
     * that text is laid out as in the SVG).
     */
    static void smooth(java.awt.Graphics2D g) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
                java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    static byte[] encode(BufferedImage image) {
        return encode(image, Map.of());
    }

    /**
     * The image with text chunks before its pixels, in {@code text}'s order: {@code tEXt} (Latin-1) where the text
     * allows, else {@code iTXt} (UTF-8, uncompressed). No date is written: the same image and text give the same
     * bytes.
     *
     * @param text keyword (1 to 79 Latin-1 characters, no space at either end) → text
     */
    static byte[] encode(BufferedImage image, Map<String, String> text) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = pixels(image);
        byte[] raw = new byte[h * (1 + w * BYTES_PER_PIXEL)];
        int k = 0;
        for (int y = 0; y < h; y++) {
            raw[k++] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                raw[k++] = (byte) (p >> 16);
                raw[k++] = (byte) (p >> 8);
                raw[k++] = (byte) p;
                raw[k++] = (byte) (p >>> 24);
            }
        }
        byte[] idat = deflate(raw, Deflater.BEST_SPEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.length + 64);
        start(out, w, h, COLOUR_RGBA);
        text.forEach((keyword, value) -> text(out, keyword, value));
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Colour type of a palette image, and the most colours a palette holds. */
    private static final int COLOUR_PALETTE = 3;
    private static final int PALETTE_SIZE = 256;

    /**
     * The image as a palette PNG (one byte a pixel), for images of few colours such as the labels: a label is about a
     * fifth of its RGBA size (30 KB to 6 KB), 431 of them a tenth of the site. The 256 most frequent colours form the
     * palette (ties by value, so the same image gives the same bytes); any rarer colour, an edge shade of
     * antialiased text, takes the nearest of them, a difference the eye does not see at the label's size.
     */
    static byte[] encodeIndexed(BufferedImage image, Map<String, String> text) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = pixels(image);
        // Counted run by run: a label or chart is mostly long runs of one colour, so few map lookups.
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < argb.length;) {
            int j = i + 1;
            while (j < argb.length && argb[j] == argb[i]) {
                j++;
            }
            counts.merge(argb[i], j - i, Integer::sum);
            i = j;
        }
        List<Integer> palette = counts.entrySet().stream()
                .sorted(java.util.Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparingInt(Map.Entry::getKey))
                .limit(PALETTE_SIZE).map(Map.Entry::getKey).toList();
        Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < palette.size(); i++) {
            index.put(palette.get(i), i);
        }
        byte[] raw = new byte[h * (1 + w)];
        int k = 0;
        int last = 0;
        byte lastIndex = (byte) (int) index.computeIfAbsent(last, c -> nearest(c, palette));
        for (int y = 0; y < h; y++) {
            raw[k++] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                int p = argb[y * w + x];
                if (p != last) {
                    last = p;
                    lastIndex = (byte) (int) index.computeIfAbsent(p, c -> nearest(c, palette));
                }
                raw[k++] = lastIndex;
            }
        }
        byte[] plte = new byte[palette.size() * 3];
        byte[] trns = new byte[palette.size()];
        int lastTranslucent = -1;
        for (int i = 0; i < palette.size(); i++) {
            int c = palette.get(i);
            plte[3 * i] = (byte) (c >> 16);
            plte[3 * i + 1] = (byte) (c >> 8);
            plte[3 * i + 2] = (byte) c;
            trns[i] = (byte) (c >>> 24);
            if (c >>> 24 != 0xff) {
                lastTranslucent = i;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 16);
        start(out, w, h, COLOUR_PALETTE);
        chunk(out, "PLTE", plte);
        if (lastTranslucent >= 0) {
            chunk(out, "tRNS", java.util.Arrays.copyOf(trns, lastTranslucent + 1));
        }
        text.forEach((keyword, value) -> text(out, keyword, value));
        // The default level: the best one takes ten times as long for 6 % less.
        chunk(out, "IDAT", deflate(raw, Deflater.DEFAULT_COMPRESSION));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The signature and header of an image of {@code w} × {@code h} pixels, 8 bits a sample, of {@code colourType}. */
    private static void start(ByteArrayOutputStream out, int w, int h, int colourType) {
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, w);
        putInt(header, 4, h);
        header[8] = BIT_DEPTH;
        header[9] = (byte) colourType;
        chunk(out, "IHDR", header);
    }

    /** The index of the palette colour nearest to {@code c} (squared distance over alpha, red, green, blue). */
    private static int nearest(int c, List<Integer> palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.size(); i++) {
            int p = palette.get(i);
            long d = 0;
            for (int shift = 0; shift < Integer.SIZE; shift += Byte.SIZE) {
                long delta = ((c >>> shift) & 0xff) - ((p >>> shift) & 0xff);
                d += delta * delta;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    private static byte[] deflate(byte[] raw, int level) {
        Deflater deflater = new Deflater(level);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 8);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[1 << 16];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return idat.toByteArray();
    }

    /**
     * The image's pixels as ARGB: read straight from an integer raster (the images drawn here), which
     * {@code getRGB} would convert one pixel at a time, the encoder's slowest step.
     */
    private static int[] pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean direct = image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt
                && image.getRaster().getNumDataElements() == 1 && image.getRaster().getWidth() == w
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0;
        if (direct && image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        if (direct && image.getType() == BufferedImage.TYPE_INT_RGB) {
            int[] rgb = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int[] argb = new int[w * h];
            for (int i = 0; i < argb.length; i++) {
                argb[i] = 0xff000000 | rgb[i];
            }
            return argb;
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /** A {@code tEXt} chunk, or an {@code iTXt} chunk when the text is not Latin-1. */
    private static void text(ByteArrayOutputStream out, String keyword, String value) {
        if (keyword.isEmpty() || keyword.length() > MAX_KEYWORD || !latin1(keyword) || keyword.contains("\0")
                || keyword.strip().length() != keyword.length() || keyword.contains("  ")) {
            throw new IllegalArgumentException("not a PNG text keyword: '" + keyword + "'");
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        String clean = value.replace("\0", "");
        if (latin1(clean)) {
            data.writeBytes(clean.getBytes(StandardCharsets.ISO_8859_1));
            chunk(out, "tEXt", data.toByteArray());
        } else {
            data.write(0); // not compressed
            data.write(0); // compression method
            data.write(0); // no language tag
            data.write(0); // no translated keyword
            data.writeBytes(clean.getBytes(StandardCharsets.UTF_8));
            chunk(out, "iTXt", data.toByteArray());
        }
    }

    private static boolean latin1(String text) {
        return text.chars().allMatch(c -> c <= 0xff);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
