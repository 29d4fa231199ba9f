package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.HashSet;
import java.util.Set;
import org.rebound.domain.ParameterKey;
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

    /**
     * What an organisation's page shows.
     *
     * @param chart its runs on the GWP chart; null on the further pages of a long list (the first shows every run)
     */
    record View(String modelsHref, String name, int runs, String gwp, String energy, List<Run> rows, List<Year> years,
            ChartView chart, Paging.Pager pager) {
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
                .flatMap(o -> pages(o.getKey(), o.getValue(), site));
    }

    /**
     * The organisation's page, continued on further pages when its runs are more than a page holds: every page has
     * its totals and its years, the first its chart (of every run), each its share of the runs, newest first.
     */
    private static Stream<Page> pages(String name, List<Estimate> mine, SiteContext site) {
        int perPage = (int) site.report().data().parameters().number(ParameterKey.ROWS_PER_PAGE);
        int pages = Paging.pages(mine.size(), perPage);
        List<Route> routes = Paging.routes(site.routes(), site.routes().organisation(name), pages);
        List<Estimate> newestFirst = new ArrayList<>(mine);
        java.util.Collections.reverse(newestFirst);
        return java.util.stream.IntStream.rangeClosed(1, pages).mapToObj(n -> page(name, mine,
                Paging.slice(newestFirst, n, perPage), site, routes.get(n - 1), Paging.pager(routes.get(n - 1), routes,
                        n, "runs " + Paging.range(n, perPage, mine.size()))));
    }

    /**
     * One page of an organisation: the totals and years of all its runs ({@code mine}), the rows of {@code shown}.
     */
    private static Page page(String name, List<Estimate> mine, List<Estimate> shown, SiteContext site, Route route,
            Paging.Pager pager) {
        Report report = site.report();
        Routes r = site.routes();
        List<Run> rows = shown.stream().map(e -> new Run(e.model().name(), route.linkTo(r.model(e)),
                e.model().publicationDate().orElseThrow().toString(), e.cardFootprint().accelerator().displayName(),
                Label.gwp(e.total().get(Indicator.GWP)), Formats.raw(e.total().get(Indicator.GWP)),
                Label.energy(e.energyKwh()), Formats.raw(e.energyKwh()), report.estimation().sameRunAs(e)
                        .map(m -> "same run as " + m.name()).orElse(""))).toList();
        Map<Integer, double[]> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        double gwp = 0;
        double energy = 0;
        int runs = 0;
        for (int i = mine.size() - 1; i >= 0; i--) { // newest first, the order the totals were always added in
            Estimate e = mine.get(i);
            if (report.estimation().sameRunAs(e).isEmpty()) {
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
                pager.number() == 1 ? ChartView.onlyHere(chart(name, mine, report.trends().gwpChart()), route, site)
                        : null, pager);
        return Page.of(route, "organisation", name + ": training footprints", "The training footprint of the "
                + runs + " notable AI training runs of " + name + " that Rebound estimates, by year.", view);
    }
}
