package org.rebound.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's footprint label as a PNG, for the places an SVG cannot go (some model-card hosts, slides): the same
 * lines as the SVG label, drawn at twice its size so that it stays sharp on dense screens. Java2D draws the text with
 * the machine's sans-serif font, so the bytes are the same from build to build on one machine, not across machines.
 */
public final class LabelPng {
    /** The label's size in CSS pixels, as the SVG's; the PNG has twice as many pixels each way. */
    public static final int WIDTH = 440;
    public static final int HEIGHT = 112;
    private static final int SCALE = 2;
    private static final Color FRAME = new Color(0x1f, 0x4e, 0x79);
    private static final Color TEXT = new Color(0x1b, 0x1b, 0x1b);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color GWP = new Color(0xc0, 0x39, 0x2b);

    /** What a label says: its heading, the model, its GWP and energy with their units, and the page's address. */
    public record Text(String heading, String model, String gwp, String energy, String url) {
    }

    /**
     * Bumped whenever the picture drawn for a text changes (layout, colours, fonts): part of {@link #key}, so that a
     * cache never serves a label of an older renderer.
     */
    static final String RENDERER = "label-png/2";

    private LabelPng() {
    }

    /** The cache key of {@link #render}'s output: a hash of the text, the credit and {@link #RENDERER}. */
    public static PngCache.Key key(Text t, ImageCredit credit) {
        List<String> parts = new ArrayList<>(List.of(RENDERER, t.heading(), t.model(), t.gwp(), t.energy(), t.url()));
        parts.addAll(PngCache.Key.parts(credit));
        return PngCache.Key.of(parts);
    }

    /** {@link #render} through {@code cache}: drawn only when the cache has no PNG of the same input. */
    public static byte[] render(Text t, ImageCredit credit, PngCache cache) {
        return cache.png(key(t, credit), () -> render(t, credit));
    }

    /** The label, its licence and credit in the PNG's text chunks. */
    public static byte[] render(Text t, ImageCredit credit) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            Png.smooth(g);
            RoundRectangle2D box = new RoundRectangle2D.Double(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 16, 16);
            g.setColor(Color.WHITE);
            g.fill(box);
            g.setColor(FRAME);
            g.setStroke(new BasicStroke(1));
            g.draw(box);
            g.fillRect(0, 0, 9, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(MUTED);
            g.drawString(t.heading(), 22, 26);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
            g.setColor(TEXT);
            g.drawString(t.model(), 22, 50);
            Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 15);
            g.setFont(bold);
            g.setColor(GWP);
            g.drawString(t.gwp(), 22, 76);
            float after = 22 + (float) g.getFontMetrics(bold).getStringBounds(t.gwp(), g).getWidth();
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
            g.setColor(TEXT);
            g.drawString(" · " + t.energy() + " of electricity", after, 76);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            g.setColor(MUTED);
            g.drawString(t.url(), 22, 98);
        } finally {
            g.dispose();
        }
        return Png.encodeIndexed(image, credit.pngText());
    }

    /**
     * Loads what the first label costs once (Java2D, its fonts and their glyphs, the deflater), drawing into a small
     * image that is thrown away; a build runs it beside its first stages.
     */
    public static void warmUp() {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(SCALE, SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            Png.smooth(g);
            for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
                g.setFont(new Font(Font.SANS_SERIF, style, 15));
                g.drawString("Aa0", 0, 1);
                g.getFontMetrics().getStringBounds("Aa0", g);
            }
            g.fill(new RoundRectangle2D.Double(0, 0, 1, 1, 1, 1));
        } finally {
            g.dispose();
        }
        Png.encode(image);
    }
}
