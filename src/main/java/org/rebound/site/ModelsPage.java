package org.rebound.site;

import java.util.List;
import java.util.stream.Stream;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Amount;
import org.rebound.domain.ParameterKey;
import org.rebound.estimate.Estimate;
import org.rebound.report.ReasonCount;
import org.rebound.report.Report;
import org.rebound.stats.Measure;

/** Every model estimated, as a sortable table, and every model excluded with its reason. */
final class ModelsPage implements PageKind {

    /** What the models page shows. */
    record View(int estimated, int read, String keptShare, Downloads downloads, List<Row> rows,
            List<ReasonCount> exclusionCounts, int excludedCount, List<Excluded> excluded, Paging.Pager pager) {
    }

    /** The lists as files. */
    record Downloads(String modelsCsv, String modelsJson, String excludedCsv) {
    }

    /** A model of the table, one component per column (the model's link and the card's beside their names). */
    record Row(String name, String href, String organisations, String date, String card, String cardHref,
            Cell gpuHours, Cell energyKwh, Cell gwp, Cell adpe) {
    }

    /** A number of the table: formatted for readers, and raw for the script that sorts the column. */
    record Cell(String text, String sortKey) {
    }

    /** A model not estimated: its name, the reason, and its line in the export. */
    record Excluded(String name, String reason, long line) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.models();
        // Newest first: what a reader looks for; the table sorts by any column with JavaScript.
        List<Estimate> rows = new java.util.ArrayList<>(report.estimates());
        java.util.Collections.reverse(rows);
        List<Excluded> excluded = DataTables.sortedExclusions(report.estimation().exclusions()).stream()
                .map(ModelsPage::excluded).toList();
        // A long export continues on further pages, each with its share of both lists.
        int perPage = (int) report.data().parameters().number(ParameterKey.ROWS_PER_PAGE);
        int pages = Math.max(Paging.pages(rows.size(), perPage), Paging.pages(excluded.size(), perPage));
        List<Route> routes = Paging.routes(r, route, pages);
        String description = report.estimates().size() + " notable AI models with their training footprint, and the "
                + report.estimation().exclusions().size() + " that could not be estimated, with the reason.";
        return java.util.stream.IntStream.rangeClosed(1, pages).mapToObj(n -> {
            Route here = routes.get(n - 1);
            View view = new View(report.estimates().size(), report.source().rows(),
                    Formats.pct(report.estimation().keptShare()), new Downloads(here.linkTo(r.download("models.csv")),
                            here.linkTo(r.download("models.json")), here.linkTo(r.download("excluded.csv"))),
                    Paging.slice(rows, n, perPage).stream().map(e -> row(e, here, r)).toList(),
                    report.exclusionCounts(), excluded.size(), Paging.slice(excluded, n, perPage),
                    Paging.pager(here, routes, n, "models estimated " + Paging.range(n, perPage, rows.size())
                            + "; not estimated " + Paging.range(n, perPage, excluded.size())));
            String title = pages == 1 ? "Every model estimated"
                    : "Every model estimated, page " + n + " of " + pages;
            return Page.of(here, "models", title, description, view);
        });
    }

    private static Row row(Estimate e, Route from, Routes r) {
        return new Row(e.model().name(), from.linkTo(r.model(e)), Formats.organisations(e.model().organization()),
                e.model().publicationDate().orElseThrow().toString(), e.cardFootprint().accelerator().displayName(),
                from.linkTo(r.card(e.cardFootprint().accelerator())), new Cell(Formats.sig(e.gpuHours().value()), Formats.raw(e.gpuHours().value())),
                new Cell(Amount.of(e.energyKwh(), Measure.ENERGY.unit()), Formats.raw(e.energyKwh())),
                new Cell(Amount.of(Measure.GWP.of(e), Measure.GWP.unit()), Formats.raw(Measure.GWP.of(e))),
                new Cell(Amount.of(Measure.ADPE.of(e), Measure.ADPE.unit()), Formats.raw(Measure.ADPE.of(e))));
    }

    private static Excluded excluded(Exclusion x) {
        return new Excluded(x.model().name(), Formats.exclusion(x), x.model().source().line());
    }
}
