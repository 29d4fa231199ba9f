package org.rebound.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rebound.chart.SvgChart;
import org.rebound.domain.Num;
import org.rebound.estimate.Estimate;
import org.rebound.report.Report;
import org.rebound.stats.Measure;
import org.rebound.stats.Subgroup;
import org.rebound.stats.TrendFit;
import org.rebound.stats.TrendRow;
import org.rebound.stats.TrendTable;
import org.rebound.stats.Uncertainty;

/** The exponential trends of every measure: fits by subgroup and a chart per measure; and, on a page of its own, the
 * charts' data table. */
final class TrendsPage implements PageKind {

    /** What the trends page shows. */
    record View(int models, String draws, String trendsCsv, List<Group> groups, List<Configured> configurations,
            List<ChartView> charts, String keys, String defaultChart, String dataHref, String methodologyHref,
            Production production) {
    }

    /**
     * Production, straight: the growth of producing one card, and production's share of a run early and recently
     * with the electricity per GPU-hour that explains it; the report's narrative values, formatted.
     */
    record Production(String cardGrowth, String cardPeriod, String earlyUntil, String recentPeriod, String earlyShare,
            String recentShare, String earlyKwh, String recentKwh, String gpusHref) {
    }

    /** The page of the charts' data: every model and every charted measure, one table. */
    record DataView(int models, List<String> measureHeaders, List<DataRow> data, int dataLeftOut, String modelsCsv,
            String trendsHref) {
    }

    /** A measure's growth on all models in Rebound's best estimate and in the study's configuration. */
    record Configured(String measure, String growth, String ci, String studyGrowth, String studyCi) {
    }

    /** The fits of one subgroup; {@code withRange} when the Monte Carlo ranges apply (all models). */
    record Group(String id, String heading, String label, boolean withRange, List<FitRow> rows) {
    }

    /** One fit, display-ready. */
    record FitRow(String measure, int n, String period, String growth, String ci, String range, String doubling,
            String r2, String p) {
    }

    /** A model of the data table: its values of every charted measure. */
    record DataRow(String name, String href, String date, List<String> values) {
    }

    private static Production production(Report report, Route route, Routes r) {
        java.util.Map<String, String> n = report.summary().narrative();
        return new Production(n.get("card_gwp_growth"), n.get("card_gwp_period"), n.get("production_share_early_until"),
                n.get("production_share_recent_period"), n.get("production_share_early"),
                n.get("production_share_recent"), n.get("kwh_per_gpu_hour_early"), n.get("kwh_per_gpu_hour_recent"),
                route.linkTo(r.gpus()));
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.trends();
        List<Group> groups = new ArrayList<>();
        for (Subgroup g : report.fittedSubgroups()) {
            boolean all = g.key().equals(Subgroup.ALL.key());
            List<FitRow> rows = report.baselineTrends(g.key()).stream().map(t -> fit(t, all, report)).toList();
            groups.add(new Group("fits-" + g.key(), "Fits on " + g.label(), g.label(), all, rows));
        }
        List<Configured> configured = new ArrayList<>();
        for (TrendRow t : report.baselineTrends(Subgroup.ALL.key())) {
            Optional<TrendFit> study = report.study().trends().stream().filter(x -> x.measure().equals(t.measure()))
                    .map(TrendRow::fit).findFirst();
            configured.add(new Configured(t.title(), Formats.growth(t.fit().growthFactorPerYear()),
                    Formats.growthCi(t.fit()), study.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                    study.map(Formats::growthCi).orElse("—")));
        }
        ChartKeys keys = ChartKeys.of(report.trends().charts(), route, site);
        List<ChartView> charts = report.trends().charts().stream().map(c -> ChartView.of(c, route, site, keys))
                .toList();
        Route dataRoute = r.trendsData();
        View view = new View(report.estimates().size(), Num.count(report.uncertainty().draws()),
                route.linkTo(r.download("trends.csv")), groups, configured, charts, keys.text(), report.trends().gwpChart().id(),
                route.linkTo(dataRoute), Routes.link(route, r.methodology(), "electricity"), production(report, route, r));
        return Stream.of(Page.of(route, "trends", "Trends", "Exponential trends of training compute, GPU-hours, "
                + "energy, GWP, ADPe and primary energy of notable AI models, with confidence and uncertainty "
                + "intervals.", view), dataPage(site, dataRoute));
    }

    private static Page dataPage(SiteContext site, Route route) {
        Report report = site.report();
        Routes r = site.routes();
        List<String> headers = TrendTable.MEASURES.stream().map(m -> m.title() + " (" + m.unit() + ")").toList();
        List<Estimate> shown = report.estimates();
        if (shown.size() > SvgChart.MAX_LINKED_POINTS) {
            // A very large export: the largest runs only, so the page does not grow with the number of models.
            Set<Estimate> largest = Collections.newSetFromMap(new IdentityHashMap<>());
            shown.stream().sorted(Comparator.comparingDouble((Estimate e) -> Measure.GWP.of(e)).reversed())
                    .limit(SvgChart.MAX_LINKED_POINTS).forEach(largest::add);
            shown = shown.stream().filter(largest::contains).toList();
        }
        List<DataRow> data = shown.stream().map(e -> dataRow(e, route, r)).toList();
        DataView view = new DataView(report.estimates().size(), headers, data, report.estimates().size() - data.size(),
                route.linkTo(r.download("models.csv")), route.linkTo(r.trends()));
        return Page.of(route, "trends-data", "Data of the trend charts", "Every estimated model with each measure the "
                + "trend charts show: training compute, GPU-hours, energy, GWP, ADPe and primary energy.", view);
    }

    private static FitRow fit(TrendRow t, boolean withRange, Report report) {
        TrendFit f = t.fit();
        Optional<Uncertainty.Interval> u = withRange ? report.growthInterval(t.measure()) : Optional.empty();
        return new FitRow(t.title(), f.n(), Formats.period(f), Formats.growth(f.growthFactorPerYear()),
                Formats.growthCi(f), u.map(x -> Formats.growth(x.p05()) + " to " + Formats.growth(x.p95())).orElse("—"),
                f.slopeLog10PerYear() > 0 ? Num.factor(f.doublingTimeYears(), 2) : "—", Formats.fixed(f.r2(), 2),
                Formats.p(f.pValue()));
    }

    private static DataRow dataRow(Estimate e, Route from, Routes r) {
        List<String> values = new ArrayList<>();
        for (Measure m : TrendTable.MEASURES) {
            values.add(Formats.sig(m.of(e)));
        }
        return new DataRow(e.model().name(), from.linkTo(r.model(e)),
                e.model().publicationDate().orElseThrow().toString(), values);
    }
}
