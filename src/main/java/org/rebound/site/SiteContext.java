package org.rebound.site;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rebound.chart.SvgChart;
import org.rebound.content.Narrative;
import org.rebound.estimate.Estimate;
import org.rebound.report.ChartSpec;
import org.rebound.report.Citation;
import org.rebound.report.Ranking;
import org.rebound.report.Report;
import org.rebound.report.Subject;
import org.rebound.stats.Measure;

/**
 * What every page kind may read while the site is written: the report, the routes, which copy of the site
 * is written, and a few things computed once and shared by many pages (context charts, downloads).
 */
public final class SiteContext {
    private final Report report;
    private final Routes routes;
    private final SiteWriter.Target target;
    private final Path content;
    private final org.rebound.chart.PngCache pngs;
    private final Map<String, SvgChart.Context> contextCharts = new ConcurrentHashMap<>();
    private volatile List<String> searchIndex;
    private volatile List<DataTables.Download> downloads;
    private volatile Terms terms;
    /** The report's estimates themselves (not equal ones of another build). */
    private final java.util.Set<Estimate> ours = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Estimate> byName = new java.util.HashMap<>();
    private final Map<org.rebound.domain.NotableModel, Estimate> byModel = new java.util.HashMap<>();
    /** The runs ranked by GWP and by energy, as the totals count them. */
    private final Map<Measure, Ranking> rankings = new java.util.HashMap<>();

    SiteContext(Report report, Routes routes, SiteWriter.Target target, Path content, org.rebound.chart.PngCache pngs) {
        this.pngs = pngs;
        this.report = report;
        this.routes = routes;
        this.target = target;
        this.content = content;
        List<Estimate> estimates = report.estimates();
        for (int i = 0; i < estimates.size(); i++) {
            ours.add(estimates.get(i));
            byName.putIfAbsent(estimates.get(i).model().name(), estimates.get(i));
            byModel.put(estimates.get(i).model(), estimates.get(i));
        }
        for (Measure m : List.of(Measure.GWP, Measure.ENERGY)) {
            rankings.put(m, Ranking.of(report.estimation().runs(), m::of));
        }
    }

    public Report report() {
        return report;
    }

    /** Where the PNGs drawn for this site are kept by their input's hash (or nowhere). */
    org.rebound.chart.PngCache pngs() {
        return pngs;
    }

    public Routes routes() {
        return routes;
    }

    public SiteWriter.Target target() {
        return target;
    }

    /** A Markdown file of {@code content/} with the report's values put in. */
    public Narrative.Rendered narrative(String fileName) {
        return Narrative.render(content.resolve(fileName), report.summary().narrative());
    }

    /** The link of a chart point's subject from {@code from}: its model or card page, "" for none. */
    public Function<Subject, String> links(Route from) {
        return subject -> {
            if (subject instanceof Subject.Model m) {
                return from.linkTo(routes.model(m.model()));
            }
            if (subject instanceof Subject.Card c) {
                return from.linkTo(routes.card(c.cardId()));
            }
            return "";
        };
    }

    /** The context chart of {@code chart}, prepared once for every page that shows it. */
    public SvgChart.Context context(ChartSpec chart) {
        return contextCharts.computeIfAbsent(chart.id(), id -> SvgChart.context(chart));
    }

    /** The search index's files, made once for the search page and for the files themselves. */
    List<String> searchIndex() {
        List<String> s = searchIndex;
        if (s == null) {
            synchronized (this) {
                if (searchIndex == null) {
                    searchIndex = List.copyOf(SearchIndex.of(this));
                }
                s = searchIndex;
            }
        }
        return s;
    }

    /** The glossary's terms, read once from its page's Markdown. */
    Terms terms() {
        Terms t = terms;
        if (t == null) {
            synchronized (this) {
                if (terms == null) {
                    terms = Terms.of(narrative("glossary.md").html());
                }
                t = terms;
            }
        }
        return t;
    }

    /** A page's HTML with its first mention of each term linked to the glossary (the glossary itself as it is). */
    String withTerms(Page page, String html) {
        Route glossary = routes.glossary();
        if (page.route().file().equals(glossary.file())) {
            return html;
        }
        return terms().link(html, page.route().linkTo(glossary));
    }

    /** The downloads of the data page, each table built once. */
    public List<DataTables.Download> downloads() {
        List<DataTables.Download> d = downloads;
        if (d == null) {
            synchronized (this) {
                if (downloads == null) {
                    downloads = DataTables.downloads(this);
                }
                d = downloads;
            }
        }
        return d;
    }

    /** A model's 5–95 % ranges from the Monte Carlo, when it gave one. */
    public java.util.Optional<org.rebound.stats.Uncertainty.ModelRange> range(Estimate e) {
        // An entry that repeats a run has that run's ranges.
        return report.uncertainty().model(report.estimation().sameRunAs(e).orElse(e.model()));
    }

    /** The run an estimate counts as in totals: itself, or the earlier entry that describes the same run. */
    public Estimate run(Estimate e) {
        return report.estimation().sameRunAs(e).map(byModel::get).orElse(e);
    }

    /** The runs ranked by {@link Measure#GWP} or {@link Measure#ENERGY}. */
    public Ranking ranking(Measure measure) {
        Ranking r = rankings.get(measure);
        if (r == null) {
            throw new IllegalArgumentException("no ranking by " + measure.column());
        }
        return r;
    }

    /** The estimate of the model Epoch names {@code name}, if this build estimated one. */
    public java.util.Optional<Estimate> estimate(String name) {
        return java.util.Optional.ofNullable(byName.get(name));
    }

    /** A model's values under each scenario. */
    public List<Report.ScenarioValue> scenarioValues(Estimate e) {
        if (!ours.contains(e)) {
            throw new IllegalArgumentException("not an estimate of this report: " + e.model().name());
        }
        return report.scenarioValues(e);
    }

    /** The citation of a page: its permanent address once the edition is published, else its address now. */
    public Citation citation(Route page, String title, String key) {
        String url = target.published() ? Routes.url(Routes.editionUrl(report.edition()), page) : routes.url(page);
        return Citation.of(report.edition(), report.source(), title, url, key);
    }
}
