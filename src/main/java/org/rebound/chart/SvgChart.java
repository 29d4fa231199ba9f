package org.rebound.chart;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rebound.domain.Num;
import org.rebound.report.ChartSpec;
import org.rebound.report.Subject;
import org.rebound.stats.TrendFit;

/**
 * Writes a chart as SVG text. Labels are {@code <text>}, the chart has a {@code <title>} and a
 * {@code <desc>} summarising the data, and every point is a link to its page with a tooltip.
 */
public final class SvgChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 400;
    private static final int LEFT = 98;
    private static final int RIGHT = 28;
    private static final int TOP = 16;
    private static final int BOTTOM = 58;
    private static final int BAND_SAMPLES = 24;
    /**
     * Most points a chart draws as links with a tooltip. Beyond it a page would grow with the number of
     * models; the rest are drawn without links, and every point stays in the chart's CSV.
     */
    public static final int MAX_LINKED_POINTS = 1_000;

    /** Rules shared by inline charts (the site stylesheet has the same) and standalone files. */
    static final String STYLE = ".ax{stroke:#555;stroke-width:1}.gr{stroke:#ddd;stroke-width:1}"
            + "text{font:12px system-ui,sans-serif;fill:#222}"
            + ".pts path{fill:none;stroke:#1f6fb2;stroke-opacity:.75;stroke-width:7;stroke-linecap:round}"
            + ".pts path.hl{stroke:#d1422f;stroke-opacity:1;stroke-width:13}.fit{stroke:#d1422f;stroke-width:2;fill:none}"
            + ".band{fill:#d1422f;fill-opacity:.15}.ln{fill:none;stroke-width:2}.l0{stroke:#d1422f}.l1{stroke:#1f6fb2}"
            + ".l2{stroke:#2a9d4b}.l3{stroke:#8e44ad;stroke-dasharray:6 3}.l4{stroke:#e08a00;stroke-dasharray:2 3}"
            + ".l5{stroke:#555;stroke-dasharray:8 4}"
            + "@media (prefers-color-scheme:dark){text{fill:#ddd}.ax{stroke:#aaa}.gr{stroke:#444}.pts path{stroke:#6fb0ea}}";

    private SvgChart() {
    }

    /**
     * A chart with every point linked to its page.
     *
     * @param href       the link of a point's subject from the page or file that shows the chart, "" for none
     * @param standalone a file of its own (adds the XML namespace and a style element)
     */
    public static String render(ChartSpec spec, Function<Subject, String> href, boolean standalone) {
        Frame f = Frame.of(spec);
        Set<ChartSpec.Point> linked = linked(spec);
        StringBuilder s = new StringBuilder(4096 + linked.size() * 140);
        head(s, spec, f, standalone);
        if (linked.size() < spec.points().size()) {
            compact(s, spec.points().stream().filter(p -> !linked.contains(p)).toList(), f);
        }
        for (ChartSpec.Point p : spec.points()) {
            if (!p.highlight() && linked.contains(p)) {
                point(s, p, f, href.apply(p.subject()));
            }
        }
        for (ChartSpec.Point p : spec.points()) {
            if (p.highlight()) {
                point(s, p, f, href.apply(p.subject()));
            }
        }
        s.append("</g></svg>");
        return s.toString();
    }

    /**
     * A light context chart for pages about one model or card: every point drawn once per pixel in one path,
     * without links, and the page's own point on top. Prepared once, it costs each page one point, so a site of
     * N pages does not carry N² points.
     */
    public static Context context(ChartSpec spec) {
        Frame f = Frame.of(spec);
        StringBuilder s = new StringBuilder(4096);
        head(s, spec, f, false);
        Map<Subject, ChartSpec.Point> bySubject = new HashMap<>();
        for (ChartSpec.Point p : spec.points()) {
            bySubject.putIfAbsent(p.subject(), p);
        }
        compact(s, spec.points(), f);
        return new Context(s.toString(), f, bySubject);
    }

    /**
     * The points drawn as links with a tooltip: all of them up to {@link #MAX_LINKED_POINTS}, else the largest
     * values (and the highlighted ones); the others are drawn without links.
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

    /** Points as one path without links, each pixel drawn once. */
    private static void compact(StringBuilder s, List<ChartSpec.Point> points, Frame f) {
        StringBuilder d = new StringBuilder();
        Set<Long> drawn = new HashSet<>();
        for (ChartSpec.Point p : points) {
            if ((!f.log || p.y() > 0) && (!f.logX || p.x() > 0)) {
                long x = Math.round(f.px(p.x()));
                long y = Math.round(f.py(p.y()));
                if (drawn.add(x << 32 | (y & 0xffffffffL))) {
                    d.append('M').append(x).append(' ').append(y).append("h0");
                }
            }
        }
        if (d.length() > 0) {
            s.append("<path class=\"pt\" d=\"").append(d).append("\"/>");
        }
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

        /** The chart with the point of {@code subject} highlighted, linked to {@code href} ("" for none). */
        public String render(Subject subject, String href) {
            StringBuilder s = new StringBuilder(background.length() + 256).append(background);
            ChartSpec.Point p = bySubject.get(subject);
            if (p != null) {
                point(s, new ChartSpec.Point(p.x(), p.y(), p.label(), p.subject(), true, p.name()), frame, href);
            }
            return s.append("</g></svg>").toString();
        }
    }

    private static void head(StringBuilder s, ChartSpec spec, Frame f, boolean standalone) {
        // A chart whose points link to pages is a group, not an image (no links inside role="img"); its points are
        // left out of the tab order: the data table under each chart lists them, one link each.
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"").append(spec.points().isEmpty() ? "img" : "group")
                .append("\" aria-labelledby=\"").append(spec.id()).append("-t ").append(spec.id())
                .append("-d\" class=\"chart\">");
        s.append("<title id=\"").append(spec.id()).append("-t\">").append(xml(spec.title())).append("</title>");
        s.append("<desc id=\"").append(spec.id()).append("-d\">").append(xml(spec.description())).append("</desc>");
        if (standalone) {
            s.append("<style>").append(STYLE).append("</style>");
        }
        axes(s, spec, f);
        spec.fit().ifPresent(fit -> fit(s, fit, f));
        lines(s, spec, f);
        s.append("<g class=\"pts\">");
    }

    /** Scales from data to pixels. */
    private record Frame(double x0, double x1, double y0, double y1, boolean log, boolean logX) {
        static Frame of(ChartSpec spec) {
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            List<double[]> all = new java.util.ArrayList<>();
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
            double y1 = spec.logY() ? Math.max(Math.ceil(maxY), y0 + 1) : (maxY > y0 ? maxY * 1.05 : y0 + 1);
            return new Frame(x0, x1, y0, y1, spec.logY(), spec.logX());
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
            return HEIGHT - BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
        }

        double py(double y) {
            return pyAxis(log ? Math.log10(y) : y);
        }

        double clampY(double pixel) {
            return Math.max(TOP, Math.min(HEIGHT - BOTTOM, pixel));
        }
    }

    private static void axes(StringBuilder s, ChartSpec spec, Frame f) {
        s.append("<g class=\"axes\">");
        int span = (int) (f.x1 - f.x0);
        int step = span <= 8 ? 1 : span <= 20 ? 2 : 5;
        for (int tick = (int) f.x0; tick <= f.x1; tick += step) {
            double x = f.pxAxis(tick);
            s.append("<line class=\"gr\" x1=\"").append(c(x)).append("\" x2=\"").append(c(x)).append("\" y1=\"")
                    .append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
            s.append("<text x=\"").append(c(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(f.logX ? powerOfTen(tick) : Integer.toString(tick))
                    .append("</text>");
        }
        if (f.log) {
            int decades = (int) (f.y1 - f.y0);
            int yStep = decades <= 8 ? 1 : 2;
            for (int k = (int) f.y0; k <= f.y1; k += yStep) {
                tick(s, f.pyAxis(k), powerOfTen(k));
                if (decades <= 2 && k < f.y1) {
                    // Few decades: also 2 and 5 times the power of ten, so the axis can be read.
                    for (int m : new int[] {2, 5}) {
                        tick(s, f.pyAxis(k + Math.log10(m)), Num.sig(m * Math.pow(10, k), 1));
                    }
                }
            }
        } else {
            for (int i = 0; i <= 4; i++) {
                double v = f.y0 + (f.y1 - f.y0) * i / 4;
                double y = f.pyAxis(v);
                s.append("<line class=\"gr\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                        .append("\" y1=\"").append(c(y)).append("\" y2=\"").append(c(y)).append("\"/>");
                s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(c(y + 4))
                        .append("\" text-anchor=\"end\">").append(Num.sig(v, 2)).append("</text>");
            }
        }
        s.append("<line class=\"ax\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        s.append("<line class=\"ax\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        s.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">").append(xml(spec.xLabel())).append("</text>");
        s.append("<text transform=\"rotate(-90)\" x=\"").append(-(TOP + HEIGHT - BOTTOM) / 2).append("\" y=\"22\"")
                .append(" text-anchor=\"middle\">").append(xml(spec.yLabel())).append("</text>");
        s.append("</g>");
    }

    private static void lines(StringBuilder s, ChartSpec spec, Frame f) {
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
            double y = TOP + 12 + row * 16;
            s.append("<path class=\"ln l").append(line.style()).append("\" d=\"M").append(LEFT + 10).append(',')
                    .append(c(y - 4)).append("h22\"/><text x=\"").append(LEFT + 38).append("\" y=\"").append(c(y))
                    .append("\">").append(xml(line.label())).append("</text>");
            row++;
        }
    }

    private static void tick(StringBuilder s, double y, String label) {
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

    /**
     * One point: a zero-length path with a round cap (the stylesheet gives its size), inside a link whose
     * {@code <title>} is the tooltip. Whole pixels keep a chart of hundreds of points small.
     */
    private static void point(StringBuilder s, ChartSpec.Point p, Frame f, String href) {
        if (f.log && !(p.y() > 0) || f.logX && !(p.x() > 0)) {
            return;
        }
        boolean link = !href.isEmpty();
        s.append(link ? "<a href=\"" + xml(href) + "\" tabindex=\"-1\">" : "<g>");
        s.append("<title>").append(xml(p.label())).append("</title><path");
        if (p.highlight()) {
            s.append(" class=\"hl\"");
        }
        s.append(" d=\"M").append(i(f.px(p.x()))).append(' ').append(i(f.py(p.y()))).append("h0\"/>");
        s.append(link ? "</a>" : "</g>");
    }

    /** A whole-pixel coordinate. */
    private static String i(double v) {
        return Long.toString(Math.round(v));
    }

    /** 10^k as a readable label: plain numbers from 0.001 to 10,000, else 10 with a superscript exponent. */
    static String powerOfTen(int k) {
        if (k >= -3 && k <= 4) {
            return Num.sig(Math.pow(10, k), 1);
        }
        return "10<tspan dy=\"-6\" font-size=\"9\">" + (k < 0 ? "−" + (-k) : Integer.toString(k)) + "</tspan>";
    }

    /** A coordinate with one decimal, locale-independent. */
    private static String c(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
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
