package org.rebound.report;

import java.util.List;
import java.util.Optional;
import org.rebound.domain.Amount;
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
     * One point, its value kept as a number and a unit: the tooltip, the chart's common unit and the CSV's label are
     * written from them when the chart is drawn ({@link Amount}'s unit policy), so no renderer reads a number back out
     * of formatted text.
     *
     * @param x         in data units (a decimal year, or the x value of a log-x chart)
     * @param y         the value, in {@code unit}
     * @param unit      the measure's own unit of {@code y} ("kg CO2 eq", "FLOP", "GPU-h"), which {@link Amount} scales
     *                  for readers ("60,600 t CO2 eq")
     * @param name      what the point is (model or card name), for labels and data tables
     * @param date      when, as the tooltip says it after the name ("2020-05-28", "2020"), "" for none
     * @param note      what the tooltip adds after the value (" reported, share of peak 40 %"), "" for nothing
     * @param subject   what the point is about, linked to its page by the site
     * @param highlight drawn prominently (the model of the page)
     * @param hollow    drawn as a ring: a run whose hardware was imputed
     */
    public record Point(double x, double y, String unit, String name, String date, String note, Subject subject,
            boolean highlight, boolean hollow) {

        /** A filled point. */
        public Point(double x, double y, String unit, String name, String date, String note, Subject subject,
                boolean highlight) {
            this(x, y, unit, name, date, note, subject, highlight, false);
        }

        /** The value as readers see it, with its scaled unit: "60,600 t CO2 eq", "3.41 × 10¹⁸ FLOP". */
        public String amount() {
            return Amount.of(y, unit);
        }

        /** Whether the tooltip says the value alone, a number and a unit, with nothing after them. */
        public boolean valueOnly() {
            return note.isEmpty() && Double.isFinite(y) && !unit.isEmpty();
        }

        /** The unit the tooltip writes the value in ("t CO2 eq"), the measure's unit scaled for this value. */
        public String shownUnit() {
            return Amount.scale(y, unit).unit();
        }

        /** The value's number as the tooltip writes it, without its unit: "60,600". */
        public String shownNumber() {
            return Amount.scale(y, unit).number(y, Amount.DIGITS);
        }

        /** What the tooltip says after the name and date: "552 t CO2 eq", "1,230 GPU-h reported, share of peak 40 %". */
        public String tooltipValue() {
            return amount() + note;
        }

        /** The tooltip in full, the CSV's label: "GPT-3 (2020-05-28): 552 t CO2 eq". */
        public String label() {
            return name + (date.isEmpty() ? "" : " (" + date + ")") + ": " + tooltipValue();
        }

        /** The same point, highlighted or not. */
        public Point highlighted(boolean on) {
            return new Point(x, y, unit, name, date, note, subject, on, hollow);
        }
    }

    public ChartSpec {
        points = List.copyOf(points);
        lines = List.copyOf(lines);
    }

    /** The same chart with the points about {@code subject} highlighted. */
    public ChartSpec highlighting(Subject subject) {
        return new ChartSpec(id, title, description, xLabel, yLabel, logY, points.stream()
                .map(p -> p.highlighted(p.subject().equals(subject)))
                .toList(), fit, logX, lines);
    }

    /** Whether a point of this chart is about {@code subject}. */
    public boolean shows(Subject subject) {
        return points.stream().anyMatch(p -> p.subject().equals(subject));
    }
}
