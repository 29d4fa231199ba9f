package org.rebound.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rebound.report.ChartSpec;
import org.rebound.stats.TrendFit;

/**
 * Renders a {@link ChartSpec} as a PNG with XChart: the social preview ({@code og:image}, 1200 × 630) and
 * PNG downloads. The web charts are {@link SvgChart}s of the same spec.
 */
public final class PngChart {
    /** Open Graph's recommended size. */
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** The line styles of {@link ChartSpec.Line}, as the web charts draw them; 6 is a baseline drawn wide and pale. */
    private static final Color[] LINE_COLOURS = {new Color(0xd1, 0x42, 0x2f), new Color(0x1f, 0x6f, 0xb2),
        new Color(0x2a, 0x9d, 0x4b), new Color(0x8e, 0x44, 0xad), new Color(0xe0, 0x8a, 0x00), new Color(0x55, 0x55, 0x55),
        new Color(0xd1, 0x42, 0x2f, 0x55)};
    private static final int BASELINE = 6;

    private PngChart() {
    }

    /** The chart, its licence and credit in the PNG's text chunks. */
    public static byte[] render(ChartSpec spec, ImageCredit credit) {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(spec.title()).xAxisTitle(spec.xLabel())
                .yAxisTitle(spec.yLabel()).build();
        Styler s = chart.getStyler();
        chart.getStyler().setYAxisLogarithmic(spec.logY());
        chart.getStyler().setXAxisLogarithmic(spec.logX());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(0xdd, 0xdd, 0xdd));
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        chart.getStyler().setXAxisDecimalPattern(spec.logX() ? "#,##0.###" : "0");
        chart.getStyler().setYAxisDecimalPattern("#,##0.###");
        chart.getStyler().setLocale(java.util.Locale.ROOT);
        s.setAntiAlias(true);

        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (ChartSpec.Point p : spec.points()) {
            if ((!spec.logY() || p.y() > 0) && (!spec.logX() || p.x() > 0)) {
                x.add(p.x());
                y.add(p.y());
            }
        }
        if (!x.isEmpty()) {
            XYSeries points = chart.addSeries("points", x, y);
            points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(new Color(0x1f, 0x6f, 0xb2, 170));
        }
        spec.fit().ifPresent(fit -> line(chart, "fit", fit));
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ChartSpec.Line l : spec.lines()) {
            List<Double> lx = new ArrayList<>();
            List<Double> ly = new ArrayList<>();
            for (double[] p : l.xy()) {
                lx.add(p[0]);
                ly.add(p[1]);
            }
            String name = l.label();
            while (!names.add(name)) {
                name = name + " ";
            }
            XYSeries series = chart.addSeries(name, lx, ly);
            series.setMarker(SeriesMarkers.NONE);
            int style = Math.max(0, Math.min(l.style(), LINE_COLOURS.length - 1));
            series.setLineColor(LINE_COLOURS[style]);
            series.setLineStyle(new BasicStroke(style == BASELINE ? 9 : 3));
        }
        // Lines carry their names in a legend, as the web chart does.
        chart.getStyler().setLegendVisible(!spec.lines().isEmpty());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        return Png.encode(BitmapEncoder.getBufferedImage(chart), credit.pngText());
    }

    private static void line(XYChart chart, String name, TrendFit fit) {
        XYSeries series = chart.addSeries(name, List.of(fit.periodStart(), fit.periodEnd()),
                List.of(fit.predict(fit.periodStart()), fit.predict(fit.periodEnd())));
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(new Color(0xd1, 0x42, 0x2f));
        series.setLineStyle(new BasicStroke(4));
    }
}
