package org.rebound.site;

import java.util.List;
import java.util.stream.Stream;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Amount;
import org.rebound.estimate.Estimate;
import org.rebound.report.ReasonCount;
import org.rebound.report.Report;
import org.rebound.stats.Measure;

/** Every model estimated, as a sortable table, and every model excluded with its reason. */
final class ModelsPage implements PageKind {

    /** What the models page shows. */
    record View(int estimated, int read, String keptShare, String modelsCsv, String modelsJson, String excludedCsv,
            List<Row> rows, List<ReasonCount> exclusionCounts, List<Excluded> excluded) {
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
        List<Row> rows = new java.util.ArrayList<>(report.estimates().stream().map(e -> row(e, route, r)).toList());
        java.util.Collections.reverse(rows);
        List<Excluded> excluded = DataTables.sortedExclusions(report.estimation().exclusions()).stream()
                .map(ModelsPage::excluded).toList();
        View view = new View(report.estimates().size(), report.source().rows(),
                Formats.pct(report.estimation().keptShare()), route.linkTo(r.download("models.csv")),
                route.linkTo(r.download("models.json")), route.linkTo(r.download("excluded.csv")), rows,
                report.exclusionCounts(), excluded);
        return Stream.of(Page.of(route, "models", "Every model estimated", report.estimates().size()
                + " notable AI models with their training footprint, and the " + report.estimation().exclusions().size()
                + " that could not be estimated, with the reason.", view));
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
