package org.rebound.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rebound.report.ChartSpec;
import org.rebound.stats.TrendFit;

/**
 * Renders a {@link ChartSpec} as a PNG with XChart: the social preview ({@code og:image}, 1200 × 630) and the PNG
 * download. It is the picture the reader saw in the page, not another one: the chart file's SVG ({@link SvgChart})
 * scaled by {@link #SCALE}, with its scales, its ticks (the same values and labels, {@link SvgChart#xTicks}), its
 * uncertainty band, its named points ({@link SvgChart#names}), its colours and legend, and under it the credit line
 * that the SVG carries in its metadata.
 *
 * <p>XChart draws the plot: grid, band, fit, lines and points are its series, in axis units (log10 on a log axis) on
 * linear axes fixed to the SVG's frame, and the points' names are an annotation. XChart 4 places ticks where its own
 * tick calculator chooses (a label formatter changes the text, not the places), so its axes are hidden and the SVG's
 * ticks are drawn at XChart's coordinates of their values. Rendering is a pure function of the spec and the credit:
 * no clock, the root locale, lists in order; {@link #key} names its input for {@link PngCache}.
 */
public final class PngChart {
    /** Open Graph's recommended size. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    /**
     * Bumped whenever the picture drawn for a spec changes (layout, colours, fonts, XChart's version): part of
     * {@link #key}, so that a cache never serves a PNG of an older renderer.
     */
    static final String RENDERER = "png-chart/3 xchart-4.0.3";

    /** PNG pixels per unit of the SVG chart (720 × 400): its text sizes, strokes and offsets, scaled. */
    static final double SCALE = 1.5;
    /** The SVG's margins around the plot, in its units (SvgChart's LEFT, RIGHT, BOTTOM, titled top, legend row). */
    private static final double SVG_LEFT = 98;
    private static final double SVG_RIGHT = 36;
    private static final double SVG_BOTTOM = 58;
    private static final double SVG_TOP_TITLED = 48;
    private static final double SVG_LEGEND_ROW = 18;
    /** Under the chart: the credit line's row, in PNG pixels. */
    private static final int CREDIT_ROW = 30;
    /** The credit line's baseline above the image's bottom edge, in PNG pixels. */
    private static final int CREDIT_BASELINE = 10;

    /** Text sizes of the SVG's stylesheet (12 px, the title 16 px), and the credit line's, in SVG units. */
    private static final double TEXT_SIZE = 12;
    private static final double TITLE_SIZE = 16;
    private static final double CREDIT_SIZE = 10;
    /** Where the SVG puts its texts, in its units: title baseline, tick labels, axis titles, legend sample. */
    private static final double TITLE_BASELINE = 28;
    private static final double X_TICK_BELOW = 20;
    private static final double Y_TICK_GAP = 6;
    private static final double Y_TICK_BASELINE = 4;
    private static final double X_TITLE_ABOVE_BOTTOM = 8;
    private static final double Y_TITLE_BASELINE = 22;
    private static final double LEGEND_SAMPLE_FROM = 10;
    private static final double LEGEND_SAMPLE_LENGTH = 22;
    private static final double LEGEND_TEXT_AT = 38;
    private static final double LEGEND_SAMPLE_RAISE = 5;
    /** Points: the dot's diameter, the page's own dot's, and the names' white halo, in SVG units. */
    private static final double DOT = 7;
    private static final double OWN_DOT = 13;
    /** The white middle of a ring (a run whose hardware was imputed), as the site's chart draws it. */
    private static final double RING_HOLE = 3;
    private static final double HALO = 3;
    /** Stroke widths in SVG units: lines, the fit, the pale baseline (style 6), grid and axes. */
    private static final double LINE_WIDTH = 2;
    private static final double BASELINE_WIDTH = 8;
    private static final double RULE_WIDTH = 1;

    /** The SVG stylesheet's colours ({@link SvgChart#STYLE}). */
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color AXIS = new Color(0x55, 0x55, 0x55);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color RED = new Color(0xd1, 0x42, 0x2f);
    private static final Color BLUE = new Color(0x1f, 0x6f, 0xb2);
    /** {@code .band}: the fit's red at 15 % opacity. */
    private static final Color BAND = new Color(0xd1, 0x42, 0x2f, alpha(0.15));
    /**
     * {@code .pt}: blue at 70 % opacity, as the SVG's one path shows it on white (a path does not darken where its
     * dots overlap, separately drawn markers would), so opaque.
     */
    private static final Color DOT_COLOUR = onWhite(BLUE, 0.7);
    /** The line styles of {@link ChartSpec.Line} ({@code .l0}–{@code .l6}); 6 is a baseline drawn wide and pale. */
    private static final Color[] LINE_COLOURS = {RED, BLUE, new Color(0x2a, 0x9d, 0x4b), new Color(0x8e, 0x44, 0xad),
        new Color(0xe0, 0x8a, 0x00), new Color(0x55, 0x55, 0x55), new Color(0xd1, 0x42, 0x2f, alpha(0.3))};
    /** Their dash patterns in SVG units ({@code stroke-dasharray}), null for solid. */
    private static final float[][] LINE_DASHES = {null, null, null, {6, 3}, {2, 3}, {8, 4}, null};
    private static final int BASELINE = 6;

    private PngChart() {
    }

    /**
     * The cache key of {@link #render}'s output: a hash of everything the picture is drawn from, the spec, the
     * credit and {@link #RENDERER}.
     */
    public static PngCache.Key key(ChartSpec spec, ImageCredit credit) {
        List<String> parts = new ArrayList<>(List.of(RENDERER));
        parts.addAll(canonical(spec));
        parts.addAll(PngCache.Key.parts(credit));
        return PngCache.Key.of(parts);
    }

    /** {@link #render} through {@code cache}: drawn only when the cache has no PNG of the same input. */
    public static byte[] render(ChartSpec spec, ImageCredit credit, PngCache cache) {
        return cache.png(key(spec, credit), () -> render(spec, credit));
    }

    /** The chart, its licence and credit in the PNG's text chunks and on its last line. */
    public static byte[] render(ChartSpec spec, ImageCredit credit) {
        System.setProperty("java.awt.headless", "true");
        SvgChart.Frame f = SvgChart.standaloneFrame(spec);
        double top = (SVG_TOP_TITLED + spec.lines().size() * SVG_LEGEND_ROW) * SCALE;
        int left = (int) Math.round(SVG_LEFT * SCALE);
        int plotTop = (int) Math.round(top);
        int plotWidth = WIDTH - left - (int) Math.round(SVG_RIGHT * SCALE);
        int plotBottom = HEIGHT - CREDIT_ROW - (int) Math.round(SVG_BOTTOM * SCALE);
        int plotHeight = plotBottom - plotTop;

        // XChart clips its series to its plot; the SVG draws a dot on the frame's edge whole. XChart's plot reaches
        // past the frame by a margin, its ranges widened to match, so that the frame stays where the SVG has it.
        int margin = (int) Math.ceil(OWN_DOT * SCALE / 2);
        XYChart chart = plot(spec, f, plotWidth, plotHeight, margin);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Png.smooth(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            AffineTransform base = g.getTransform();
            g.translate(left - margin, plotTop - margin);
            chart.paint(g, plotWidth + 2 * margin, plotHeight + 2 * margin);
            g.setTransform(base);
            Placed at = new Placed(chart, left - margin, plotTop - margin);
            axes(g, spec, f, at, left, plotTop, plotWidth, plotBottom);
            title(g, spec, left);
            legend(g, spec, left);
            credit(g, credit, left);
        } finally {
            g.dispose();
        }
        return Png.encodeIndexed(image, credit.pngText());
    }

    /**
     * XChart's plot: the frame, {@code width × height}, with {@code margin} pixels around it; its axes hidden, their
     * ranges the SVG frame's widened by the margin.
     */
    private static XYChart plot(ChartSpec spec, SvgChart.Frame f, int width, int height, int margin) {
        XYChart chart = new XYChartBuilder().width(width + 2 * margin).height(height + 2 * margin).build();
        XYStyler s = chart.getStyler();
        s.setLocale(Locale.ROOT);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleVisible(false);
        s.setLegendVisible(false);
        s.setAxisTitlesVisible(false);
        s.setAxisTicksVisible(false);
        s.setPlotGridLinesVisible(false);
        s.setPlotBorderVisible(false);
        s.setChartPadding(0);
        s.setPlotMargin(0);
        s.setPlotContentSize(1.0);
        double xMargin = (f.x1() - f.x0()) * margin / width;
        double yMargin = (f.y1() - f.y0()) * margin / height;
        s.setXAxisMin(f.x0() - xMargin);
        s.setXAxisMax(f.x1() + xMargin);
        s.setYAxisMin(f.y0() - yMargin);
        s.setYAxisMax(f.y1() + yMargin);
        int n = 0;
        // Drawn in the SVG's order: grid, band and fit, lines, points.
        for (SvgChart.Tick t : SvgChart.xTicks(f)) {
            line(chart, "x" + n++, new double[] {t.at(), t.at()}, new double[] {f.y0(), f.y1()}, GRID,
                    new BasicStroke((float) RULE_WIDTH));
        }
        for (SvgChart.Tick t : SvgChart.yTicks(f)) {
            line(chart, "y" + n++, new double[] {f.x0(), f.x1()}, new double[] {t.at(), t.at()}, GRID,
                    new BasicStroke((float) RULE_WIDTH));
        }
        spec.fit().ifPresent(fit -> fit(chart, fit, f));
        int i = 0;
        for (ChartSpec.Line l : spec.lines()) {
            List<double[]> shown = l.xy().stream().filter(p -> !(f.log() && !(p[1] > 0) || f.logX() && !(p[0] > 0)))
                    .toList();
            double[] x = new double[shown.size()];
            double[] y = new double[shown.size()];
            for (int k = 0; k < shown.size(); k++) {
                x[k] = f.logX() ? Math.log10(shown.get(k)[0]) : shown.get(k)[0];
                y[k] = clamp(f.log() ? Math.log10(shown.get(k)[1]) : shown.get(k)[1], f);
            }
            if (x.length > 0) {
                int style = Math.max(0, Math.min(l.style(), LINE_COLOURS.length - 1));
                line(chart, "line" + i++, x, y, LINE_COLOURS[style], lineStroke(style));
            }
        }
        dots(chart, "points", spec.points().stream().filter(p -> !p.highlight() && !p.hollow() && f.shows(p)).toList(),
                f, DOT, DOT_COLOUR);
        List<ChartSpec.Point> rings = spec.points().stream().filter(p -> !p.highlight() && p.hollow() && f.shows(p))
                .toList();
        dots(chart, "rings", rings, f, DOT, DOT_COLOUR);
        dots(chart, "ring-holes", rings, f, RING_HOLE, Color.WHITE);
        dots(chart, "own", spec.points().stream().filter(p -> p.highlight() && f.shows(p)).toList(), f, OWN_DOT, RED);
        chart.addAnnotation(new Names(SvgChart.names(spec.points(), f), f));
        return chart;
    }

    /** The 95 % band as a polygon (upper edge, then lower edge back), and the fitted line over it. */
    private static void fit(XYChart chart, TrendFit fit, SvgChart.Frame f) {
        double a = Math.max(fit.periodStart(), f.x0());
        double b = Math.min(fit.periodEnd(), f.x1());
        int samples = SvgChart.BAND_SAMPLES;
        double[] x = new double[2 * (samples + 1)];
        double[] y = new double[x.length];
        for (int i = 0; i <= samples; i++) {
            double at = a + (b - a) * i / samples;
            double mid = fit.intercept() + fit.slopeLog10PerYear() * at;
            double h = fit.bandHalfWidthLog10(at);
            x[i] = at;
            y[i] = clamp(mid + h, f);
            x[x.length - 1 - i] = at;
            y[x.length - 1 - i] = clamp(mid - h, f);
        }
        XYSeries band = chart.addSeries("band", x, y);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(BAND);
        band.setLineColor(new Color(0, 0, 0, 0));
        band.setLineWidth(0);
        line(chart, "fit", new double[] {a, b}, new double[] {clamp(fit.intercept() + fit.slopeLog10PerYear() * a, f),
            clamp(fit.intercept() + fit.slopeLog10PerYear() * b, f)}, RED, new BasicStroke((float) (LINE_WIDTH * SCALE)));
    }

    private static void line(XYChart chart, String name, double[] x, double[] y, Color colour, BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(stroke);
    }

    private static BasicStroke lineStroke(int style) {
        float width = (float) ((style == BASELINE ? BASELINE_WIDTH : LINE_WIDTH) * SCALE);
        float[] dash = LINE_DASHES[style];
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = (float) (dash[i] * SCALE);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, scaled, 0);
    }

    /** Points as XChart's scatter series, each a round dot of {@code diameter} (SVG units). */
    private static void dots(XYChart chart, String name, List<ChartSpec.Point> points, SvgChart.Frame f,
            double diameter, Color colour) {
        if (points.isEmpty()) {
            return;
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = f.logX() ? Math.log10(points.get(i).x()) : points.get(i).x();
            y[i] = f.log() ? Math.log10(points.get(i).y()) : points.get(i).y();
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(new Dot(diameter * SCALE));
        series.setMarkerColor(colour);
    }

    /** A round dot of a fixed diameter (XChart's marker size is one for the whole chart). */
    private static final class Dot extends Marker {
        private final double diameter;

        Dot(double diameter) {
            this.diameter = diameter;
        }

        @Override
        public void paint(Graphics2D g, double x, double y, int markerSize) {
            g.fill(new Ellipse2D.Double(x - diameter / 2, y - diameter / 2, diameter, diameter));
        }
    }

    /** The names of the SVG's labelled points, on the same side of their dots, with its white halo. */
    private static final class Names extends Annotation {
        private final List<SvgChart.Name> names;
        private final SvgChart.Frame frame;

        Names(List<SvgChart.Name> names, SvgChart.Frame frame) {
            super(false);
            this.names = List.copyOf(names);
            this.frame = frame;
        }

        @Override
        public void paint(Graphics2D g) {
            Font font = font(Font.PLAIN, TEXT_SIZE);
            for (SvgChart.Name n : names) {
                ChartSpec.Point p = n.point();
                // The SVG places a name at an offset from its dot; the PNG keeps the offset, scaled.
                double dx = (n.x() - frame.px(p.x())) * SCALE;
                double dy = (n.y() - frame.py(p.y())) * SCALE;
                double x = chart.getScreenXFromChart(frame.logX() ? Math.log10(p.x()) : p.x()) + dx;
                double y = chart.getScreenYFromChart(frame.log() ? Math.log10(p.y()) : p.y()) + dy;
                Shape outline = outline(g, font, n.text(), x, y, n.anchor());
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke((float) (HALO * SCALE), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(outline);
                g.setColor(TEXT);
                g.fill(outline);
            }
        }
    }

    /** Turns XChart's plot coordinates into the image's: the plot is painted at ({@code left}, {@code top}). */
    private record Placed(XYChart chart, int left, int top) {
        double x(double axis) {
            return left + chart.getScreenXFromChart(axis);
        }

        double y(double axis) {
            return top + chart.getScreenYFromChart(axis);
        }
    }

    /** The SVG's tick labels at XChart's places of their values, the axis lines, and the axis titles. */
    private static void axes(Graphics2D g, ChartSpec spec, SvgChart.Frame f, Placed at, int left, int top, int width,
            int bottom) {
        Font font = font(Font.PLAIN, TEXT_SIZE);
        g.setColor(TEXT);
        for (SvgChart.Tick t : SvgChart.xTicks(f)) {
            text(g, font, t.label(), at.x(t.at()), bottom + X_TICK_BELOW * SCALE, "middle");
        }
        for (SvgChart.Tick t : SvgChart.yTicks(f)) {
            text(g, font, t.label(), left - Y_TICK_GAP * SCALE, at.y(t.at()) + Y_TICK_BASELINE * SCALE, "end");
        }
        g.setColor(AXIS);
        g.setStroke(new BasicStroke((float) RULE_WIDTH));
        g.draw(new java.awt.geom.Line2D.Double(left, bottom, left + width, bottom));
        g.draw(new java.awt.geom.Line2D.Double(left, top, left, bottom));
        g.setColor(TEXT);
        text(g, font, spec.xLabel(), left + width / 2.0, HEIGHT - CREDIT_ROW - X_TITLE_ABOVE_BOTTOM * SCALE, "middle");
        AffineTransform before = g.getTransform();
        g.rotate(-Math.PI / 2);
        text(g, font, spec.yLabel(), -(top + bottom) / 2.0, Y_TITLE_BASELINE * SCALE, "middle");
        g.setTransform(before);
    }

    private static void title(Graphics2D g, ChartSpec spec, int left) {
        g.setColor(TEXT);
        text(g, font(Font.BOLD, TITLE_SIZE), spec.title(), left, TITLE_BASELINE * SCALE, "start");
    }

    /** The lines' legend above the plot, as the SVG file has it: a sample of each line and its label. */
    private static void legend(Graphics2D g, ChartSpec spec, int left) {
        Font font = font(Font.PLAIN, TEXT_SIZE);
        int row = 0;
        for (ChartSpec.Line l : spec.lines()) {
            double y = (SVG_TOP_TITLED + row * SVG_LEGEND_ROW) * SCALE;
            int style = Math.max(0, Math.min(l.style(), LINE_COLOURS.length - 1));
            g.setColor(LINE_COLOURS[style]);
            g.setStroke(lineStroke(style));
            double sampleY = y - LEGEND_SAMPLE_RAISE * SCALE;
            g.draw(new java.awt.geom.Line2D.Double(left + LEGEND_SAMPLE_FROM * SCALE, sampleY,
                    left + (LEGEND_SAMPLE_FROM + LEGEND_SAMPLE_LENGTH) * SCALE, sampleY));
            g.setColor(TEXT);
            text(g, font, l.label(), left + LEGEND_TEXT_AT * SCALE, y, "start");
            row++;
        }
    }

    /** The credit line and the licence's address, under the chart. */
    private static void credit(Graphics2D g, ImageCredit credit, int left) {
        g.setColor(MUTED);
        text(g, font(Font.PLAIN, CREDIT_SIZE), credit.credit() + " · " + credit.licenceUrl(), left,
                HEIGHT - CREDIT_BASELINE, "start");
    }

    /** Text anchored as SVG's {@code text-anchor} does: at its start, middle or end. */
    private static void text(Graphics2D g, Font font, String text, double x, double y, String anchor) {
        if (text.isEmpty()) {
            return;
        }
        g.fill(outline(g, font, text, x, y, anchor));
    }

    private static Shape outline(Graphics2D g, Font font, String text, double x, double y, String anchor) {
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double width = layout.getAdvance();
        double from = anchor.equals("end") ? x - width : anchor.equals("middle") ? x - width / 2 : x;
        return layout.getOutline(AffineTransform.getTranslateInstance(from, y));
    }

    private static Font font(int style, double svgSize) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) (svgSize * SCALE));
    }

    private static double clamp(double axis, SvgChart.Frame f) {
        return Math.max(f.y0(), Math.min(f.y1(), axis));
    }

    private static int alpha(double opacity) {
        return (int) Math.round(opacity * 255);
    }

    private static Color onWhite(Color c, double opacity) {
        return new Color(mix(c.getRed(), opacity), mix(c.getGreen(), opacity), mix(c.getBlue(), opacity));
    }

    private static int mix(int channel, double opacity) {
        return (int) Math.round(channel * opacity + 255 * (1 - opacity));
    }

    /**
     * The spec written out in full, in order, numbers exactly ({@link Double#toString} round-trips): what {@link #key}
     * hashes. The points' subjects are left out: they are links of the web chart, not drawn.
     */
    static List<String> canonical(ChartSpec spec) {
        List<String> parts = new ArrayList<>(List.of(spec.id(), spec.title(), spec.description(), spec.xLabel(),
                spec.yLabel(), Boolean.toString(spec.logY()), Boolean.toString(spec.logX()),
                spec.fit().map(TrendFit::toString).orElse("no fit"), Integer.toString(spec.points().size())));
        for (ChartSpec.Point p : spec.points()) {
            parts.addAll(List.of(Double.toString(p.x()), Double.toString(p.y()), p.unit(), p.name(), p.date(), p.note(),
                    Boolean.toString(p.highlight())));
        }
        parts.add(Integer.toString(spec.lines().size()));
        for (ChartSpec.Line l : spec.lines()) {
            StringBuilder xy = new StringBuilder();
            l.xy().forEach(p -> xy.append(p[0]).append(',').append(p[1]).append(';'));
            parts.addAll(List.of(l.label(), Integer.toString(l.style()), xy.toString()));
        }
        return parts;
    }
}
