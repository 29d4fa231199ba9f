package org.rebound.site;

import java.util.List;
import java.util.stream.Stream;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Amount;
import org.rebound.domain.Indicator;
import org.rebound.report.CardSummary;
import org.rebound.report.CardTrend;
import org.rebound.report.Report;
import org.rebound.stats.TrendFit;

/** The accelerator catalogue: production trends by release date and every card with its figures. */
final class GpusPage implements PageKind {

    /** What the catalogue page shows. */
    record View(int cards, String methodologyHref, String gpusCsv, List<ChartView> charts, List<FitRow> fits,
            List<Row> rows) {
    }

    /** The exponential fit of one indicator of card production on release date. */
    record FitRow(String indicator, int n, String period, String growth, String ci, String r2, String p) {
    }

    /** A card of the catalogue table. */
    record Row(String name, String href, String released, String architecture, String nodeNm, String dieMm2,
            String memoryGb, String tdpWatts, String gwp, String gwpRaw, int models) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.gpus();
        List<ChartView> charts = report.hardware().cardTrends().stream().map(t -> ChartView.of(t.chart(), route, site))
                .toList();
        List<FitRow> fits = report.hardware().cardTrends().stream().filter(t -> t.fit().isPresent()).map(GpusPage::fit)
                .toList();
        List<Row> rows = report.hardware().cards().stream().map(c -> row(c, route, r)).toList();
        View view = new View(report.hardware().cards().size(), route.linkTo(r.methodology()),
                route.linkTo(r.download("gpus.csv")),
                charts, fits, rows);
        return Stream.of(Page.of(route, "gpus", "Accelerator catalogue", report.hardware().cards().size()
                + " graphics cards and accelerators with their specifications, sources and production impacts.", view));
    }

    private static FitRow fit(CardTrend t) {
        TrendFit f = t.fit().orElseThrow();
        return new FitRow(t.indicator().label(), f.n(), Formats.period(f), Formats.growth(f.growthFactorPerYear()),
                Formats.growthCi(f), Formats.fixed(f.r2(), 2), Formats.p(f.pValue()));
    }

    private static Row row(CardSummary c, Route from, Routes r) {
        Accelerator a = c.card();
        double gwp = c.footprint().total().get(Indicator.GWP);
        return new Row(a.displayName(), from.linkTo(r.card(a)), Formats.date(a.releaseDate()), a.architecture(),
                Formats.opt(a.processNm()), Formats.opt(a.dieAreaMm2()), Formats.opt(a.memoryGb()),
                Formats.opt(a.tdpWatts()), Amount.of(gwp, Indicator.GWP.unit()), Formats.raw(gwp), c.models().size());
    }
}
