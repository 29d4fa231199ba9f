package org.rebound.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.report.ChartSpec;

class PngChartTest {
    @Test
    void theSameSpecGivesTheSameBytesAtOpenGraphsSize() throws IOException {
        byte[] png = PngChart.render(Charts.trend(), Charts.CREDIT);
        assertArrayEquals(png, PngChart.render(Charts.trend(), Charts.CREDIT));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(PngChart.WIDTH, image.getWidth());
        assertEquals(PngChart.HEIGHT, image.getHeight());
        assertTrue(PngCache.whole(png));
    }

    @Test
    void thePngDrawsTheSvgsBandPointsAndHighlightInItsColours() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngChart.render(Charts.trend(), Charts.CREDIT)));
        // The band: the fit's red at 15 % on white (within rounding); the dots: blue at 70 % on white; the page's own
        // dot: the red.
        assertTrue(has(image, 0xf8e3e0), "the uncertainty band");
        assertTrue(has(image, 0x629ac9), "the points");
        assertTrue(has(image, 0xd1422f), "the fit and the highlighted point");
    }

    @Test
    void theAxesHaveTheSvgsTicks() {
        SvgChart.Frame f = SvgChart.standaloneFrame(Charts.trend());
        // Four decades on a log axis with powers of ten beyond 10⁴: the SVG's labels, which the PNG draws.
        assertEquals(List.of("10²", "10³", "10⁴", "10⁵", "10⁶", "10⁷"),
                SvgChart.yTicks(f).stream().map(SvgChart.Tick::label).toList());
        assertEquals("2015", SvgChart.xTicks(f).get(0).label());
        String svg = SvgChart.standalone(Charts.trend(), Charts.CREDIT);
        SvgChart.yTicks(f).forEach(t -> assertTrue(svg.contains(">" + t.label() + "</text>"), t.label()));
    }

    @Test
    void anEmptyChartIsDrawnAll() throws IOException {
        ChartSpec empty = new ChartSpec("empty", "Nothing", "Nothing to draw.", "x", "y", true, List.of(),
                Optional.empty());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngChart.render(empty, Charts.CREDIT)));
        assertEquals(PngChart.WIDTH, image.getWidth());
    }

    @Test
    void theKeyFollowsEverythingDrawnAndNothingElse() {
        assertEquals(PngChart.key(Charts.trend(), Charts.CREDIT), PngChart.key(Charts.trend(), Charts.CREDIT));
        assertNotEquals(PngChart.key(Charts.trend(), Charts.CREDIT), PngChart.key(Charts.trendMoved(), Charts.CREDIT));
        ChartSpec.Point first = Charts.trend().points().get(0);
        assertNotEquals(PngChart.key(Charts.trend(), Charts.CREDIT),
                PngChart.key(Charts.trend().highlighting(first.subject()), Charts.CREDIT));
        ImageCredit other = new ImageCredit("A chart", "What it shows.", "Rebound contributors",
                "Rebound 2027 (CC BY 4.0), data: Epoch AI (CC BY 4.0)", Charts.CREDIT.licenceUrl(),
                Charts.CREDIT.sourceUrl());
        assertNotEquals(PngChart.key(Charts.trend(), Charts.CREDIT), PngChart.key(Charts.trend(), other));
    }

    /** How far a channel may be from the colour sought: alpha blending rounds. */
    private static final int ROUNDING = 1;

    @Test
    void aCachedChartIsTheChartDrawn(@TempDir Path dir) {
        byte[] chart = PngChart.render(Charts.trend(), Charts.CREDIT, PngCache.at(dir));
        assertArrayEquals(PngChart.render(Charts.trend(), Charts.CREDIT), chart);
        PngCache warm = PngCache.at(dir);
        assertArrayEquals(chart, PngChart.render(Charts.trend(), Charts.CREDIT, warm));
        assertEquals(1, warm.hits());
    }

    /** Whether the image has a pixel of {@code rgb}, each channel within {@link #ROUNDING}. */
    private static boolean has(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int found = image.getRGB(x, y);
                if (Math.abs((found >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= ROUNDING
                        && Math.abs((found >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= ROUNDING
                        && Math.abs((found & 0xff) - (rgb & 0xff)) <= ROUNDING) {
                    return true;
                }
            }
        }
        return false;
    }
}
