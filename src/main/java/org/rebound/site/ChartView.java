package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rebound.chart.SvgChart;
import org.rebound.domain.Num;
import org.rebound.report.ChartSpec;

/**
 * A chart as a page shows it: the inline SVG with its title, caption and legend, then its files (and how to embed
 * it) and its data table, as the fragments {@code chartFigure} and {@code chartData} of {@code layout.html} show
 * them.
 *
 * @param svg     the inline SVG
 * @param keys    the list of the chart's subjects for the site's script ({@link ChartKeys}), "" when the page
 *                carries one list for all its charts
 * @param legend  the chart's lines, each with its style (the classes {@code l0}–{@code l6} of the stylesheet)
 * @param files   its files and embedding snippet, all "" for a chart drawn for its page only
 * @param table   its data table, whose y header is also the chart's y label
 */
public record ChartView(String id, String title, String description, String svg, String keys, List<Legend> legend,
        Files files, DataTable table) {
    /** A CSV cell that needs no quotes. */
    private static final Pattern PLAIN_CELL = Pattern.compile("[^,\"\n\r]*");

    public ChartView {
        legend = List.copyOf(legend);
    }

    /**
     * The chart's files and how to embed it.
     *
     * @param csvHref link to the chart's points as CSV
     * @param svgHref link to the chart as an SVG file of its own
     * @param pngHref link to the chart as a PNG
     * @param embed   HTML that shows the chart on another site, linked to its page
     */
    public record Files(String csvHref, String svgHref, String pngHref, String embed) {
        /** A chart without files of its own. */
        static final Files NONE = new Files("", "", "", "");
    }

    /**
     * The chart's data table.
     *
     * @param xHeader     header of the x column
     * @param yHeader     header of the y column, and the chart's y label
     * @param rows        one row per point the script shows
     * @param rowsLeftOut points of a very large chart not in the table (every point is in the CSV)
     */
    public record DataTable(String xHeader, String yHeader, List<Row> rows, int rowsLeftOut) {
        public DataTable {
            rows = List.copyOf(rows);
        }
    }

    /** A line of the chart: its label and its style. */
    public record Legend(String label, int style) {
    }

    /** A row of the data table: the point's name, its page ("" for none), x and y formatted. */
    public record Row(String name, String href, String x, String y) {
    }

    /** The chart of {@code spec}, the only one of its page that carries its subjects. */
    static ChartView of(ChartSpec spec, Route from, SiteContext site) {
        ChartKeys keys = ChartKeys.of(List.of(spec), from, site);
        return of(spec, from, site, SvgChart.render(spec, keys::key), keys.text());
    }

    /** A chart drawn for its page only (an organisation's): no files of its own, its data table is the page's. */
    static ChartView onlyHere(ChartSpec spec, Route from, SiteContext site) {
        ChartView v = of(spec, from, site);
        return new ChartView(v.id(), v.title(), v.description(), v.svg(), v.keys(), v.legend(), Files.NONE,
                new DataTable(v.table().xHeader(), v.table().yHeader(), List.of(), 0));
    }

    /** The chart of {@code spec} on a page that carries the list {@code keys} of all its charts' subjects. */
    static ChartView of(ChartSpec spec, Route from, SiteContext site, ChartKeys keys) {
        return of(spec, from, site, SvgChart.render(spec, keys::key), "");
    }

    /** The same, with the SVG already drawn (a context chart). */
    static ChartView of(ChartSpec spec, Route from, SiteContext site, String svg) {
        return of(spec, from, site, svg, "");
    }

    private static ChartView of(ChartSpec spec, Route from, SiteContext site, String svg, String keys) {
        Routes r = site.routes();
        List<Row> rows = new ArrayList<>();
        var links = site.links(from);
        Set<ChartSpec.Point> linked = SvgChart.linked(spec);
        for (ChartSpec.Point p : spec.points()) {
            if (!linked.contains(p)) {
                continue;
            }
            rows.add(new Row(p.name(), links.apply(p.subject()), spec.logX() ? Formats.sig(p.x())
                    : Formats.decimalYear(p.x()), Formats.sig(p.y())));
        }
        // A chart of lines only (the scenarios): its table holds the lines' values.
        if (spec.points().isEmpty()) {
            for (ChartSpec.Line l : spec.lines()) {
                for (double[] xy : l.xy()) {
                    rows.add(new Row(l.label(), "", spec.logX() ? Formats.sig(xy[0]) : Formats.decimalYear(xy[0]),
                            Formats.sig(xy[1])));
                }
            }
        }
        String embed = "<a href=\"" + r.url(from) + "#" + spec.id() + "\"><img src=\"" + r.url(r.chartSvg(spec.id()))
                + "\" width=\"720\" height=\"400\" alt=\"" + attribute(spec.title() + ": " + spec.description())
                + "\"></a>";
        List<Legend> legend = spec.lines().stream().map(l -> new Legend(l.label(), l.style())).toList();
        return new ChartView(spec.id(), spec.title(), spec.description(), svg, keys, legend,
                new Files(from.linkTo(r.chartCsv(spec.id())), from.linkTo(r.chartSvg(spec.id())),
                        from.linkTo(r.chartPng(spec.id())), embed),
                new DataTable(spec.logX() ? spec.xLabel() : spec.xLabel() + " (decimal year)", spec.yLabel(), rows,
                        spec.points().size() - rows.size()));
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** The points of a chart as CSV: x (decimal year, or the x value of a log-x chart), y, name, tooltip,
     * link from the site root. */
    static String csv(ChartSpec spec, SiteContext site) {
        var links = site.links(site.routes().home());
        StringBuilder s = new StringBuilder(String.join(",", columns(spec).stream().map(Table.Doc::name).toList()))
                .append('\n');
        for (ChartSpec.Point p : spec.points()) {
            s.append(Num.data(p.x())).append(',').append(Num.data(p.y())).append(',').append(cell(p.name()))
                    .append(',').append(cell(p.label())).append(',').append(cell(links.apply(p.subject())))
                    .append('\n');
        }
        // A chart of lines only (the scenarios): the lines' values, each named by its line.
        if (spec.points().isEmpty()) {
            for (ChartSpec.Line l : spec.lines()) {
                for (double[] xy : l.xy()) {
                    s.append(Num.data(xy[0])).append(',').append(Num.data(xy[1])).append(',').append(cell(l.label()))
                            .append(",line,\n");
                }
            }
        }
        return s.toString();
    }

    /** The columns of {@link #csv}, with what each holds. */
    static List<Table.Doc> columns(ChartSpec spec) {
        boolean lines = spec.points().isEmpty();
        return List.of(
                spec.logX() ? new Table.Doc("x", spec.xLabel()) : new Table.Doc("year", spec.xLabel()
                        + ", as a decimal year"),
                new Table.Doc(spec.logX() ? "y" : "value", spec.yLabel()),
                new Table.Doc("name", lines ? "the line" : "the point's model or card"),
                new Table.Doc("label", lines ? "'line'" : "what the point's tooltip says"),
                new Table.Doc("href", lines ? "empty" : "the point's page, from the site's root"));
    }

    private static String cell(String raw) {
        String text = CsvCells.safe(raw);
        return PLAIN_CELL.matcher(text).matches() ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
