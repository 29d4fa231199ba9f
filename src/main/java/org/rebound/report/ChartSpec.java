package org.rebound.report;

import java.util.List;
import java.util.Optional;
import org.rebound.stats.TrendFit;

/**
 * One chart, independent of how it is drawn: the SVG of the web pages and the PNG of social previews are
 * both rendered from it.
 *
 * @param id          file name without extension, e.g. {@code gwp-trend}
 * @param title       short title
 * @param description a sentence that summarises the data, for {@code <desc>} and alt text
 * @param xLabel      label of the x axis (decimal years)
 * @param yLabel      label of the y axis, with unit
 * @param logY        log10 y axis
 * @param points      the data points
 * @param fit         the fitted exponential trend, drawn with its 95 % band
 * @param logX        log10 x axis (otherwise x is a decimal year)
 * @param lines       further lines (other fits, reference lines), each with a legend entry
 */
public record ChartSpec(String id, String title, String description, String xLabel, String yLabel, boolean logY,
        List<Point> points, Optional<TrendFit> fit, boolean logX, List<Line> lines) {

    /** A line through points in data units, with its legend label; {@code style} 0–5 picks its colour, 6 draws a
     * baseline wide and pale under the other lines. */
    public record Line(String label, List<double[]> xy, int style) {
        public Line {
            xy = List.copyOf(xy);
        }
    }

    /** A time chart: x in decimal years, no extra lines. */
    public ChartSpec(String id, String title, String description, String xLabel, String yLabel, boolean logY,
            List<Point> points, Optional<TrendFit> fit) {
        this(id, title, description, xLabel, yLabel, logY, points, fit, false, List.of());
    }

    /**
     * One point.
     *
     * @param label     tooltip: the name and the value
     * @param subject   what the point is about, linked to its page by the site
     * @param highlight drawn prominently (the model of the page)
     * @param name      what the point is (model or card name), for data tables
     */
    public record Point(double x, double y, String label, Subject subject, boolean highlight, String name) {
    }

    public ChartSpec {
        points = List.copyOf(points);
        lines = List.copyOf(lines);
    }

    /** The same chart with the points about {@code subject} highlighted. */
    public ChartSpec highlighting(Subject subject) {
        return new ChartSpec(id, title, description, xLabel, yLabel, logY, points.stream()
                .map(p -> new Point(p.x(), p.y(), p.label(), p.subject(), p.subject().equals(subject), p.name()))
                .toList(), fit, logX, lines);
    }

    /** Whether a point of this chart is about {@code subject}. */
    public boolean shows(Subject subject) {
        return points.stream().anyMatch(p -> p.subject().equals(subject));
    }
}
