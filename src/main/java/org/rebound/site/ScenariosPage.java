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
    record View(long persists, int total, String studyPersists, String trendsCsv, List<Row> rows,
            List<ChartView> charts) {
    }

    /** A scenario's fitted growth rates, in the best estimate, and the GWP's with the study's choices. */
    record Row(String label, String description, String gwpGrowth, String gwpCi, String persists, String adpeGrowth,
            String energyGrowth, String studyGwpGrowth, String studyPersists) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.scenarios();
        List<Row> rows = new ArrayList<>();
        Optional<TrendFit> studyBaseline = report.study().trends().stream()
                .filter(t -> t.measure().equals(Measure.GWP.column())).map(org.rebound.stats.TrendRow::fit).findFirst();
        rows.add(row("Baseline", "The method's parameters.", report.baselineFit(Measure.GWP.column()),
                report.baselineFit(Measure.ADPE.column()), report.baselineFit(Measure.ENERGY.column()), studyBaseline));
        for (ScenarioResult s : report.scenarios().results()) {
            rows.add(row(s.scenario().label(), s.scenario().description(), s.fit(Measure.GWP.column()),
                    s.fit(Measure.ADPE.column()), s.fit(Measure.ENERGY.column()), report.scenarios()
                            .study(s.scenario().key()).flatMap(x -> x.fit(Measure.GWP.column()))));
        }
        long persists = report.scenarios().results().stream().filter(s -> s.fit(Measure.GWP.column())
                .map(TrendFit::growthPersists).orElse(false)).count();
        long studyPersists = report.scenarios().study().stream().filter(s -> s.fit(Measure.GWP.column())
                .map(TrendFit::growthPersists).orElse(false)).count();
        List<ChartView> charts = report.scenarios().charts().stream().map(c -> ChartView.of(c, route, site)).toList();
        View view = new View(persists, report.scenarios().results().size(), report.scenarios().study().isEmpty() ? ""
                : Long.toString(studyPersists), route.linkTo(r.download("trends.csv")), rows, charts);
        return Stream.of(Page.of(route, "scenarios", "Scenarios", "Does the growth of training impacts persist with "
                + "cleaner grids, location shifting, longer-lived or busier hardware? Every scenario re-estimates "
                + "every model.", view));
    }

    private static Row row(String label, String description, Optional<TrendFit> gwp, Optional<TrendFit> adpe,
            Optional<TrendFit> energy, Optional<TrendFit> study) {
        return new Row(label, description, gwp.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                gwp.map(Formats::growthCi).orElse("—"), gwp.map(f -> f.growthPersists() ? "yes" : "no").orElse("—"),
                adpe.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                energy.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                study.map(f -> Formats.growth(f.growthFactorPerYear())).orElse("—"),
                study.map(f -> f.growthPersists() ? "yes" : "no").orElse("—"));
    }
}
