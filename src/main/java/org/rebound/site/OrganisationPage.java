package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.HashSet;
import java.util.Set;
import org.rebound.domain.Indicator;
import org.rebound.domain.Num;
import org.rebound.estimate.Estimate;
import org.rebound.report.ChartSpec;
import org.rebound.report.Report;
import org.rebound.report.Subject;

/**
 * A page per organisation: its estimated training runs, newest first, and its totals by year (each training run
 * counted once, as in the report's totals).
 */
final class OrganisationPage implements PageKind {

    /** What an organisation's page shows. */
    record View(String modelsHref, String name, int runs, String gwp, String energy, List<Run> rows, List<Year> years,
            ChartView chart) {
    }

    /** One of its models. */
    record Run(String name, String href, String date, String card, String gwp, String gwpRaw, String energy,
            String energyRaw, String sameRun) {
    }

    /** Its totals in one year of publication. */
    record Year(String year, int runs, String gwp, String energy) {
    }

    /**
     * The organisation's runs on the GWP chart, with the trend of every model for scale: its own points only, so that
     * each of some two hundred pages carries tens of points, not every model.
     */
    static ChartSpec chart(String name, List<Estimate> mine, ChartSpec all) {
        Set<Subject> own = new HashSet<>();
        mine.forEach(e -> own.add(new Subject.Model(e.model())));
        List<ChartSpec.Point> points = all.points().stream().filter(p -> own.contains(p.subject())).toList();
        int from = points.stream().mapToInt(p -> (int) Math.floor(p.x())).min().orElse(0);
        int to = points.stream().mapToInt(p -> (int) Math.floor(p.x())).max().orElse(0);
        String description = "GWP of training of " + points.size() + (points.size() == 1 ? " run" : " runs") + " of "
                + name + (points.isEmpty() ? "" : ", " + (from == to ? Integer.toString(from) : from + "–" + to))
                + ", on a log scale; the band is the trend of every notable model"
                + all.fit().map(f -> " (×" + Num.factor(f.growthFactorPerYear(), 3) + " a year)").orElse("") + ".";
        return new ChartSpec("organisation-gwp", "GWP of training: " + name + "'s runs", description, all.xLabel(),
                all.yLabel(), true, points, all.fit());
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        // Grouped once: a page per organisation must not scan every estimate again.
        return Routes.byOrganisation(report.estimates()).entrySet().stream()
                .map(o -> page(o.getKey(), o.getValue(), site));
    }

    private static Page page(String name, List<Estimate> mine, SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.organisation(name);
        List<Run> rows = new ArrayList<>();
        Map<Integer, double[]> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        double gwp = 0;
        double energy = 0;
        int runs = 0;
        for (int i = mine.size() - 1; i >= 0; i--) {
            Estimate e = mine.get(i);
            boolean counted = report.estimation().sameRunAs(e).isEmpty();
            rows.add(new Run(e.model().name(), route.linkTo(r.model(e)), e.model().publicationDate().orElseThrow()
                    .toString(), e.cardFootprint().accelerator().displayName(), Label.gwp(e.total().get(Indicator.GWP)),
                    Formats.raw(e.total().get(Indicator.GWP)), Label.energy(e.energyKwh()), Formats.raw(e.energyKwh()),
                    counted ? "" : "same run as " + report.estimation().sameRunAs(e).get().name()));
            if (counted) {
                double[] y = byYear.computeIfAbsent(e.model().publicationDate().orElseThrow().getYear(),
                        k -> new double[3]);
                y[0]++;
                y[1] += e.total().get(Indicator.GWP);
                y[2] += e.energyKwh();
                gwp += e.total().get(Indicator.GWP);
                energy += e.energyKwh();
                runs++;
            }
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, y) -> years.add(new Year(Integer.toString(year), (int) y[0], Label.gwp(y[1]),
                Label.energy(y[2]))));
        View view = new View(route.linkTo(r.models()), name, runs, Label.gwp(gwp), Label.energy(energy), rows, years,
                ChartView.onlyHere(chart(name, mine, report.trends().gwpChart()), route, site));
        return Page.of(route, "organisation", name + ": training footprints", "The training footprint of the "
                + runs + " notable AI training runs of " + name + " that Rebound estimates, by year.", view);
    }
}
