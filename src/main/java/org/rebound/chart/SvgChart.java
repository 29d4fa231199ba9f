package org.rebound.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.rebound.domain.Num;
import org.rebound.report.ChartSpec;
import org.rebound.report.Subject;
import org.rebound.stats.TrendFit;

/**
 * Writes a chart as SVG text: labels are {@code <text>}, the chart is an image with a {@code <title>} and a
 * {@code <desc>} summarising the data. Points are drawn as one path (a few bytes each, not one element each), the
 * largest runs and the page's own point are labelled. A chart shown in a page also carries its points as data
 * ({@code data-pts}, {@code data-frame}), from which the site's script gives hover, tap and keyboard access, the log or
 * linear scale and colours; without the script the chart is complete, and its data table lists every point.
 */
public final class SvgChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 400;
    private static final int LEFT = 98;
    private static final int RIGHT = 36;
    private static final int TOP = 16;
    /** The top margin of a chart file of its own, which carries its title. */
    private static final int TOP_TITLED = 48;
    /** A legend row of a chart file of its own. */
    private static final int LEGEND_ROW = 18;
    private static final int BOTTOM = 58;
    /** Points along each edge of the 95 % band (the PNG draws it with as many). */
    static final int BAND_SAMPLES = 24;
    /** Runs labelled with their name: the largest values. */
    private static final int NOTABLE_LABELS = 5;
    /** Width of a character of a label, in chart units, at the wide (12) and the narrow (25) text size. */
    private static final double CHAR_WIDE = 6.6;
    private static final double CHAR_NARROW = 13.6;
    private static final double LINE_WIDE = 13;
    private static final double LINE_NARROW = 26;
    /** Longest label drawn on a chart; longer names are cut with an ellipsis. */
    private static final int MAX_LABEL = 24;
    /**
     * Most points a chart carries as data for the script. Beyond it a page would grow with the number of models; the
     * rest are drawn, and every point stays in the chart's CSV.
     */
    public static final int MAX_LINKED_POINTS = 1_000;

    /** The rules of a chart file of its own, drawn on white wherever it is shown (the site stylesheet has its own). */
    static final String STYLE = ".ax{stroke:#555;stroke-width:1}.gr{stroke:#ddd;stroke-width:1}"
            + "text{font:12px system-ui,sans-serif;fill:#222}.ttl{font-size:16px;font-weight:700}"
            + ".nl{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
            + ".pt{fill:none;stroke:#1f6fb2;stroke-opacity:.7;stroke-width:7;stroke-linecap:round}"
            + ".pih{fill:none;stroke:#fff;stroke-width:3;stroke-linecap:round}"
            + ".hl{fill:none;stroke:#d1422f;stroke-width:13;stroke-linecap:round}.fit{stroke:#d1422f;stroke-width:2;fill:none}"
            + ".band{fill:#d1422f;fill-opacity:.15}.ln{fill:none;stroke-width:2}.l0{stroke:#d1422f}.l1{stroke:#1f6fb2}"
            + ".l2{stroke:#2a9d4b}.l3{stroke:#8e44ad;stroke-dasharray:6 3}.l4{stroke:#e08a00;stroke-dasharray:2 3}"
            + ".l5{stroke:#555;stroke-dasharray:8 4}.l6{stroke:#d1422f;stroke-opacity:.3;stroke-width:8}";

    private SvgChart() {
    }

    /**
     * A chart for a page: its points drawn, the largest and the highlighted ones labelled, and its points as data
     * for the site's script.
     *
     * @param key a point → its place in the page's list of chart subjects ({@code data-keys}), −1 for none
     */
    public static String render(ChartSpec spec, ToIntFunction<ChartSpec.Point> key) {
        return render(spec, key, null);
    }

    /**
     * A chart as a file of its own: its title drawn, the XML namespace and a style element, its licence and credit
     * in a {@code <metadata>} element, no data for a script.
     */
    public static String standalone(ChartSpec spec, ImageCredit credit) {
        return render(spec, point -> -1, credit);
    }

    /** The scales of the chart as a file of its own ({@link #standalone}), which its PNG follows. */
    static Frame standaloneFrame(ChartSpec spec) {
        return Frame.of(spec, TOP_TITLED + spec.lines().size() * LEGEND_ROW);
    }

    private static String render(ChartSpec spec, ToIntFunction<ChartSpec.Point> key, ImageCredit credit) {
        boolean standalone = credit != null;
        Frame f = standalone ? standaloneFrame(spec) : Frame.of(spec, TOP);
        StringBuilder s = new StringBuilder(4096 + spec.points().size() * 40);
        head(s, spec, f, standalone ? "" : data(spec, f, key), credit);
        dots(s, spec.points().stream().filter(p -> !p.highlight()).toList(), f);
        compact(s, spec.points().stream().filter(ChartSpec.Point::highlight).toList(), f, "hl");
        labels(s, spec.points(), f);
        s.append("</g></svg>");
        return s.toString();
    }

    /**
     * A light context chart for pages about one model or card: every point drawn once per pixel in one path, and the
     * page's own point on top, labelled. Prepared once, it costs each page one point, so a site of N pages does not
     * carry N² points.
     */
    public static Context context(ChartSpec spec) {
        Frame f = Frame.of(spec, TOP);
        StringBuilder s = new StringBuilder(4096);
        head(s, spec, f, "", null);
        Map<Subject, ChartSpec.Point> bySubject = new HashMap<>();
        for (ChartSpec.Point p : spec.points()) {
            bySubject.putIfAbsent(p.subject(), p);
        }
        dots(s, spec.points(), f);
        return new Context(s.toString(), f, bySubject);
    }

    /**
     * The points a page's script may show: all of them up to {@link #MAX_LINKED_POINTS}, else the largest values (and
     * the highlighted ones); the others are drawn only.
     */
    public static Set<ChartSpec.Point> linked(ChartSpec spec) {
        if (spec.points().size() <= MAX_LINKED_POINTS) {
            return identitySet(spec.points());
        }
        List<ChartSpec.Point> largest = spec.points().stream().sorted(Comparator.comparingDouble(ChartSpec.Point::y)
                .reversed().thenComparing(ChartSpec.Point::name)).limit(MAX_LINKED_POINTS).toList();
        Set<ChartSpec.Point> linked = identitySet(largest);
        spec.points().stream().filter(ChartSpec.Point::highlight).forEach(linked::add);
        return linked;
    }

    private static Set<ChartSpec.Point> identitySet(List<ChartSpec.Point> points) {
        Set<ChartSpec.Point> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(points);
        return set;
    }

    /** Points as one path, each pixel drawn once. */
    /**
     * The points, filled, then the hollow ones (runs whose hardware was imputed) as rings: a dot with a smaller dot
     * of the background on it ({@code pih}).
     */
    private static void dots(StringBuilder s, List<ChartSpec.Point> points, Frame f) {
        compact(s, points.stream().filter(p -> !p.hollow()).toList(), f, "pt");
        List<ChartSpec.Point> hollow = points.stream().filter(ChartSpec.Point::hollow).toList();
        compact(s, hollow, f, "pt");
        compact(s, hollow, f, "pih");
    }

    private static void compact(StringBuilder s, List<ChartSpec.Point> points, Frame f, String cssClass) {
        StringBuilder d = new StringBuilder();
        Set<Long> drawn = new HashSet<>();
        for (ChartSpec.Point p : points) {
            if (f.shows(p)) {
                long x = Math.round(f.px(p.x()));
                long y = Math.round(f.py(p.y()));
                if (drawn.add(x << 32 | (y & 0xffffffffL))) {
                    d.append('M').append(x).append(' ').append(y).append("h0");
                }
            }
        }
        if (d.length() > 0) {
            s.append("<path class=\"").append(cssClass).append("\" d=\"").append(d).append("\"/>");
        }
    }

    /**
     * The data a page's script reads: the plot's frame, the fitted line, and each point as [key, value, text] in data
     * units, its x being its key's; the text is what the tooltip says after the point's name and date ("60,600 t CO2
     * eq"), without the unit when it is the chart's most common one ({@code data-unit}). The texts are written here,
     * once, from each point's value and unit.
     */
    private static String data(ChartSpec spec, Frame f, ToIntFunction<ChartSpec.Point> key) {
        StringBuilder s = new StringBuilder(" data-frame=\"").append(LEFT).append(' ').append(f.top).append(' ')
                .append(WIDTH - LEFT - RIGHT).append(' ').append(HEIGHT - f.top - BOTTOM).append(' ').append(g(f.x0))
                .append(' ').append(g(f.x1)).append(' ').append(g(f.y0)).append(' ').append(g(f.y1)).append(' ')
                .append(f.log ? 1 : 0).append(' ').append(f.logX ? 1 : 0).append('"');
        spec.fit().ifPresent(fit -> s.append(" data-fit=\"").append(g(fit.intercept())).append(' ')
                .append(g(fit.slopeLog10PerYear())).append(' ').append(g(fit.periodStart())).append(' ')
                .append(g(fit.periodEnd())).append('"'));
        Set<ChartSpec.Point> linked = linked(spec);
        List<ChartSpec.Point> shown = new ArrayList<>();
        Map<String, Integer> units = new java.util.TreeMap<>();
        for (ChartSpec.Point p : spec.points()) {
            if (linked.contains(p) && f.shows(p) && key.applyAsInt(p) >= 0) {
                if (p.valueOnly()) {
                    units.merge(p.shownUnit(), 1, Integer::sum);
                }
                shown.add(p);
            }
        }
        String unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        if (!unit.isEmpty()) {
            s.append(" data-unit=\"").append(xml(unit)).append('"');
        }
        StringBuilder pts = new StringBuilder();
        for (ChartSpec.Point p : shown) {
            String text = p.valueOnly() && p.shownUnit().equals(unit) ? p.shownNumber() : p.tooltipValue();
            pts.append(pts.length() == 0 ? "[" : ",").append('[').append(key.applyAsInt(p)).append(',')
                    .append(g4(p.y())).append(",\"").append(json(text)).append("\"]");
        }
        if (pts.length() > 0) {
            s.append(" data-pts='").append(singleQuoted(pts.append(']').toString())).append('\'');
        }
        return s.toString();
    }

    /** A prepared context chart; {@link #render} adds the page's own point. */
    public static final class Context {
        private final String background;
        private final Frame frame;
        private final Map<Subject, ChartSpec.Point> bySubject;

        private Context(String background, Frame frame, Map<Subject, ChartSpec.Point> bySubject) {
            this.background = background;
            this.frame = frame;
            this.bySubject = bySubject;
        }

        /** Whether the chart has a point about {@code subject}. */
        public boolean shows(Subject subject) {
            return bySubject.containsKey(subject);
        }

        /** The chart with the point of {@code subject} highlighted and labelled. */
        public String render(Subject subject) {
            StringBuilder s = new StringBuilder(background.length() + 256).append(background);
            ChartSpec.Point p = bySubject.get(subject);
            if (p != null) {
                ChartSpec.Point own = p.highlighted(true);
                compact(s, List.of(own), frame, "hl");
                labels(s, List.of(own), frame);
            }
            return s.append("</g></svg>").toString();
        }
    }

    /** The chart's opening: {@code credit} is null for a chart inside a page, which the page's footer credits. */
    private static void head(StringBuilder s, ChartSpec spec, Frame f, String data, ImageCredit credit) {
        boolean standalone = credit != null;
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(spec.id()).append("-t ").append(spec.id())
                .append("-d\" class=\"chart\"").append(data).append('>');
        s.append("<title id=\"").append(spec.id()).append("-t\">").append(xml(spec.title())).append("</title>");
        s.append("<desc id=\"").append(spec.id()).append("-d\">").append(xml(spec.description())).append("</desc>");
        if (standalone) {
            s.append(credit.svgMetadata());
            s.append("<style>").append(STYLE).append("</style>");
            s.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
            s.append("<text class=\"ttl\" x=\"").append(LEFT).append("\" y=\"28\">").append(xml(spec.title()))
                    .append("</text>");
        }
        axes(s, spec, f);
        spec.fit().ifPresent(fit -> fit(s, fit, f));
        lines(s, spec, f, standalone);
        s.append("<g class=\"pts\">");
    }

    /** Scales from data to pixels. */
    record Frame(double x0, double x1, double y0, double y1, boolean log, boolean logX, int top) {
        static Frame of(ChartSpec spec, int top) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            List<double[]> all = new ArrayList<>();
            for (ChartSpec.Point p : spec.points()) {
                all.add(new double[] {p.x(), p.y()});
            }
            for (ChartSpec.Line l : spec.lines()) {
                all.addAll(l.xy());
            }
            for (double[] p : all) {
                if (spec.logY() && !(p[1] > 0) || spec.logX() && !(p[0] > 0)) {
                    continue;
                }
                double x = spec.logX() ? Math.log10(p[0]) : p[0];
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                double y = spec.logY() ? Math.log10(p[1]) : p[1];
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
            if (minX > maxX) {
                // Nothing to draw: a unit frame; the chart's description says why.
                minX = 0;
                maxX = 1;
                minY = 0;
                maxY = 1;
            }
            double x0 = Math.floor(minX);
            double x1 = Math.max(Math.ceil(maxX), x0 + 1);
            double y0 = spec.logY() ? Math.floor(minY) : Math.min(0, minY);
            double y1 = spec.logY() ? Math.max(Math.ceil(maxY), y0 + 1) : (maxY > y0 ? maxY : y0 + 1);
            if (!spec.logY()) {
                double step = linearStep(y0, y1);
                y0 = Math.floor(y0 / step) * step;
                y1 = Math.ceil(y1 * (1 + LINEAR_HEADROOM) / step) * step;
            }
            return new Frame(x0, x1, y0, y1, spec.logY(), spec.logX(), top);
        }

        boolean shows(ChartSpec.Point p) {
            return (!log || p.y() > 0) && (!logX || p.x() > 0);
        }

        /** Pixel of an x in data units. */
        double px(double x) {
            return pxAxis(logX ? Math.log10(x) : x);
        }

        /** Pixel of an x already in axis units. */
        double pxAxis(double v) {
            return LEFT + (v - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
        }

        /** Pixel of a value already in axis units (log10 when log). */
        double pyAxis(double v) {
            return HEIGHT - BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - top - BOTTOM);
        }

        double py(double y) {
            return pyAxis(log ? Math.log10(y) : y);
        }

        double clampY(double pixel) {
            return Math.max(top, Math.min(HEIGHT - BOTTOM, pixel));
        }
    }

    private static void axes(StringBuilder s, ChartSpec spec, Frame f) {
        s.append("<g class=\"axes\">");
        for (Tick tick : xTicks(f)) {
            double x = f.pxAxis(tick.at());
            s.append("<line class=\"gr\" x1=\"").append(c(x)).append("\" x2=\"").append(c(x)).append("\" y1=\"")
                    .append(f.top).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
            s.append("<text x=\"").append(c(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 20)
                    .append("\" text-anchor=\"middle\">").append(tick.label()).append("</text>");
        }
        for (Tick tick : yTicks(f)) {
            tick(s, f, f.pyAxis(tick.at()), tick.label());
        }
        s.append("<line class=\"ax\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        s.append("<line class=\"ax\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(f.top)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        s.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">").append(xml(spec.xLabel())).append("</text>");
        s.append("<text class=\"yt\" transform=\"rotate(-90)\" x=\"").append(-(f.top + HEIGHT - BOTTOM) / 2)
                .append("\" y=\"22\" text-anchor=\"middle\">").append(xml(spec.yLabel())).append("</text>");
        s.append("</g>");
    }

    /** A tick of an axis: where, in axis units (log10 of the value on a log axis), and its label. */
    record Tick(double at, String label) {
    }

    /** The x axis's ticks: every 1, 2 or 5 units (years, or decades of a log axis), as many as fit. */
    static List<Tick> xTicks(Frame f) {
        List<Tick> ticks = new ArrayList<>();
        int span = (int) (f.x1 - f.x0);
        int step = span <= 8 ? 1 : span <= 20 ? 2 : 5;
        boolean sciX = f.logX && (f.x0 < -3 || f.x1 > 4);
        for (int tick = (int) f.x0; tick <= f.x1; tick += step) {
            ticks.add(new Tick(tick, f.logX ? tickLabel(1, tick, sciX) : Integer.toString(tick)));
        }
        return ticks;
    }

    /**
     * The y axis's ticks: on a log axis each decade (every other beyond eight), with 2 and 5 times it when there are
     * two decades or fewer; on a linear axis round steps.
     */
    static List<Tick> yTicks(Frame f) {
        List<Tick> ticks = new ArrayList<>();
        if (f.log) {
            int decades = (int) (f.y1 - f.y0);
            int yStep = decades <= 8 ? 1 : 2;
            // One notation per axis: powers of ten throughout as soon as one tick needs it.
            boolean sci = f.y0 < -3 || f.y1 > 4;
            for (int k = (int) f.y0; k <= f.y1; k += yStep) {
                ticks.add(new Tick(k, tickLabel(1, k, sci)));
                if (decades <= 2 && k < f.y1) {
                    // Few decades: also 2 and 5 times the power of ten, so the axis can be read.
                    for (int m : new int[] {2, 5}) {
                        ticks.add(new Tick(k + Math.log10(m), tickLabel(m, k, sci)));
                    }
                }
            }
        } else {
            double yStep = linearStep(f.y0, f.y1);
            long first = Math.round(f.y0 / yStep);
            long last = Math.round(f.y1 / yStep);
            for (long i = first; i <= last; i++) {
                ticks.add(new Tick(i * yStep, Num.sig(i * yStep, 3)));
            }
        }
        return ticks;
    }

    /**
     * The lines, and in a chart file of its own their legend above the plot; a page lists the legend under the chart's
     * title, where it wraps on a narrow screen.
     */
    private static void lines(StringBuilder s, ChartSpec spec, Frame f, boolean legend) {
        int row = 0;
        for (ChartSpec.Line line : spec.lines()) {
            StringBuilder d = new StringBuilder();
            for (double[] p : line.xy()) {
                if (f.log && !(p[1] > 0) || f.logX && !(p[0] > 0)) {
                    continue;
                }
                d.append(d.length() == 0 ? "M" : "L").append(c(f.px(p[0]))).append(',').append(c(f.clampY(f.py(p[1]))));
            }
            s.append("<path class=\"ln l").append(line.style()).append("\" d=\"").append(d).append("\"/>");
            if (legend) {
                double y = TOP_TITLED + row * LEGEND_ROW;
                s.append("<path class=\"ln l").append(line.style()).append("\" d=\"M").append(LEFT + 10).append(',')
                        .append(c(y - 5)).append("h22\"/><text class=\"lg\" x=\"").append(LEFT + 38).append("\" y=\"")
                        .append(c(y)).append("\">").append(xml(line.label())).append("</text>");
                row++;
            }
        }
    }

    private static void tick(StringBuilder s, Frame f, double y, String label) {
        s.append("<line class=\"gr\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(c(y)).append("\" y2=\"").append(c(y)).append("\"/>");
        s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(c(y + 4))
                .append("\" text-anchor=\"end\">").append(label).append("</text>");
    }

    private static void fit(StringBuilder s, TrendFit fit, Frame f) {
        double a = Math.max(fit.periodStart(), f.x0);
        double b = Math.min(fit.periodEnd(), f.x1);
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i <= BAND_SAMPLES; i++) {
            double x = a + (b - a) * i / BAND_SAMPLES;
            double mid = fit.intercept() + fit.slopeLog10PerYear() * x;
            double h = fit.bandHalfWidthLog10(x);
            upper.append(i == 0 ? "M" : "L").append(c(f.px(x))).append(',').append(c(f.clampY(f.pyAxis(mid + h))));
            lower.insert(0, "L" + c(f.px(x)) + "," + c(f.clampY(f.pyAxis(mid - h))));
        }
        s.append("<path class=\"band\" d=\"").append(upper).append(lower).append("Z\"/>");
        double ya = fit.intercept() + fit.slopeLog10PerYear() * a;
        double yb = fit.intercept() + fit.slopeLog10PerYear() * b;
        s.append("<path class=\"fit\" d=\"M").append(c(f.px(a))).append(',').append(c(f.clampY(f.pyAxis(ya))))
                .append('L').append(c(f.px(b))).append(',').append(c(f.clampY(f.pyAxis(yb)))).append("\"/>");
    }

    /** Room left above the largest value of a linear axis. */
    private static final double LINEAR_HEADROOM = 0.02;

    /** A round step (1, 2 or 5 × 10ⁿ) giving four to ten ticks from {@code from} to {@code to}. */
    static double linearStep(double from, double to) {
        double span = Math.max(to - from, Double.MIN_NORMAL);
        double step = Math.pow(10, Math.floor(Math.log10(span / 4)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (span / (step * m) <= 8) {
                return step * m;
            }
        }
        return step * 10;
    }

    /** A label's box in chart units. */
    private record Box(double x0, double y0, double x1, double y1) {
        boolean overlaps(Box o) {
            return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
        }

        boolean inside(Frame f) {
            return x0 >= LEFT && x1 <= WIDTH - RIGHT && y0 >= f.top && y1 <= HEIGHT - BOTTOM;
        }
    }

    /** Where a label goes: its anchor point and text-anchor. */
    private record Place(double x, double y, String anchor) {
        Box box(int chars, double charWidth, double line) {
            double w = chars * charWidth;
            double left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
            return new Box(left, y - line * 0.8, left + w, y + line * 0.25);
        }
    }

    /**
     * A point's name drawn beside it.
     *
     * @param x      where the text is anchored, in chart units
     * @param y      its baseline, in chart units
     * @param anchor {@code start}, {@code middle} or {@code end}, as SVG's {@code text-anchor}
     * @param narrow whether it also fits at narrow screens' larger text
     */
    record Name(ChartSpec.Point point, String text, double x, double y, String anchor, boolean narrow) {
    }

    /**
     * The names of the page's own point and the largest runs beside their dots, where a label fits without covering
     * another. Every label is placed for the wide chart; those that also fit at the narrow screens' larger text carry
     * the class {@code nw}, and narrow screens show only them. The PNG of the chart names the same points, on the
     * same sides.
     */
    static List<Name> names(List<ChartSpec.Point> points, Frame f) {
        List<Name> named = new ArrayList<>();
        List<ChartSpec.Point> shown = new ArrayList<>();
        points.stream().filter(p -> p.highlight() && f.shows(p)).limit(1).forEach(shown::add);
        points.stream().filter(p -> !p.highlight() && f.shows(p) && !p.name().isEmpty())
                .sorted(Comparator.comparingDouble(ChartSpec.Point::y).reversed().thenComparing(ChartSpec.Point::name))
                .limit(NOTABLE_LABELS).forEach(shown::add);
        List<Box> wide = new ArrayList<>();
        List<Box> narrow = new ArrayList<>();
        for (ChartSpec.Point p : shown) {
            // The dots themselves are not covered.
            double x = f.px(p.x());
            double y = f.py(p.y());
            wide.add(new Box(x - 5, y - 5, x + 5, y + 5));
            narrow.add(new Box(x - 8, y - 8, x + 8, y + 8));
        }
        for (ChartSpec.Point p : shown) {
            String name = p.name().length() > MAX_LABEL ? p.name().substring(0, MAX_LABEL - 1) + "…" : p.name();
            double x = f.px(p.x());
            double y = f.py(p.y());
            List<Place> places = List.of(new Place(x - 10, y + 4, "end"), new Place(x + 10, y + 4, "start"),
                    new Place(x, y - 12, "middle"), new Place(x, y + 22, "middle"));
            Place chosen = null;
            for (Place place : places) {
                Box b = place.box(name.length(), CHAR_WIDE, LINE_WIDE);
                if (b.inside(f) && wide.stream().noneMatch(b::overlaps)) {
                    chosen = place;
                    wide.add(b);
                    break;
                }
            }
            if (chosen == null) {
                if (!p.highlight()) {
                    continue;
                }
                // The page's own point is always named.
                chosen = places.get(x > (LEFT + WIDTH - RIGHT) / 2.0 ? 0 : 1);
            }
            Box nb = new Place(chosen.x, y + 9, chosen.anchor).box(name.length(), CHAR_NARROW, LINE_NARROW);
            boolean fitsNarrow = p.highlight() || nb.inside(f) && narrow.stream().noneMatch(nb::overlaps);
            if (fitsNarrow) {
                narrow.add(nb);
            }
            named.add(new Name(p, name, chosen.x, chosen.y, chosen.anchor, fitsNarrow));
        }
        return named;
    }

    private static void labels(StringBuilder s, List<ChartSpec.Point> points, Frame f) {
        for (Name n : names(points, f)) {
            s.append("<text class=\"nl").append(n.narrow() ? " nw" : "").append(n.point().highlight() ? " own" : "")
                    .append("\" x=\"").append(c(n.x())).append("\" y=\"").append(c(n.y()))
                    .append("\" text-anchor=\"").append(n.anchor()).append("\">").append(xml(n.text())).append("</text>");
        }
    }

    /** m × 10^k as a tick label: plain ("0.5", "2,000") or, on an axis that needs it, powers of ten throughout. */
    static String tickLabel(int m, int k, boolean powersOfTen) {
        if (!powersOfTen) {
            return Num.sig(m * Math.pow(10, k), 1);
        }
        String power = Num.powerOfTen("1", k).substring("1 × ".length());
        return m == 1 ? power : m + " × " + power;
    }

    /** A coordinate with one decimal, locale-independent. */
    private static String c(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A number for the script: four significant digits, locale-independent, JSON syntax. */
    private static String g(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toString();
    }

    /** A value for the script: four significant digits, enough to draw it. */
    private static String g4(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toString();
    }

    /** Escapes text inside a JSON string. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Escapes text for an attribute in single quotes, leaving the JSON's double quotes as they are. */
    private static String singleQuoted(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;");
    }

    /** Escapes text for XML content and attributes. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
