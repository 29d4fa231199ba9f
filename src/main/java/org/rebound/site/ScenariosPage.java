package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rebound.report.Report;
import org.rebound.scenario.ScenarioResult;
import org.rebound.stats.Measure;
import org.rebound.stats.TrendFit;

/** The scenarios: does the growth persist with cleaner grids, location shifting, other lifespans or use? */
final class ScenariosPage implements PageKind {

    /** What the scenarios page shows. */
    record View(long persists, int total, String trendsCsv, List<Row> rows, List<ChartView> charts) {
    }

    /** A scenario's fitted growth rates. */
    record Row(String label, String description, String gwpGrowth, String gwpCi, String persists, String adpeGrowth,
            String energyGrowth) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.scenarios();
        List<Row> rows = new ArrayList<>();
        rows.add(row("Baseline", "The method's parameters.", report.baselineFit(Measure.GWP.column()),
                report.baselineFit(Measure.ADPE.column()), report.baselineFit(Measure.ENERGY.column())));
        for (ScenarioResult s : report.scenarios().results()) {
            rows.add(row(s.scenario().label(), s.scenario().description(), s.fit(Measure.GWP.column()),
                    s.fit(Measure.ADPE.column()), s.fit(Measure.ENERGY.column())));
        }
        long persists = report.scenarios().results().stream().filter(s -> s.fit(Measure.GWP.column())
                .map(TrendFit::growthPersists).orElse(false)).count();
        List<ChartView> charts = report.scenarios().charts().stream().map(c -> ChartView.of(c, route, site)).toList();
        View view = new View(persists, report.scenarios().results().size(), route.linkTo(r.download("trends.csv")),
                rows, charts);
        return Stream.of(Page.of(route, "scenarios", "Scenarios", "Does the growth of training impacts persist with "
                + "cleaner grids, location shifting, longer-lived or busier hardware? Every scenario re-estimates "
                + "every model.", view));
    }

    private static Row row(String label, String description, Optional<TrendFit> gwp, Optional<TrendFit> adpe,
            Optional<TrendFit> energy) {
        return new Row(label, description, gwp.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                gwp.map(Formats::growthCi).orElse("—"), gwp.map(f -> f.growthPersists() ? "yes" : "no").orElse("—"),
                adpe.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                energy.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"));
    }
}
