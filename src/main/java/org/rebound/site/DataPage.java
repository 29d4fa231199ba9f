package org.rebound.site;

import java.util.List;
import java.util.stream.Stream;
import org.rebound.report.Report;

/** The data page: every download with its columns explained, and the schema.org Dataset. */
final class DataPage implements PageKind {

    /** What the data page shows. */
    record View(String sourceName, String sha256, String accessed, String methodologyHref, String citeHref,
            List<Item> downloads, String jsonLd) {
    }

    /** A download: its anchor, files and columns. */
    record Item(String id, String anchor, String title, String description, String rows, List<File> files,
            String caption, List<Table.Doc> columns) {
    }

    /** A file of a download and its link. */
    record File(String name, String href) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.data();
        List<Item> items = site.downloads().stream().map(d -> new Item(d.id(), "#" + d.id(), d.title(),
                d.description(), d.rows() + (d.rows() == 1 ? " row." : " rows."), d.files().stream()
                .map(f -> new File(f, route.linkTo(r.download(f)))).toList(), "Columns of " + d.files().get(0),
                d.columns())).toList();
        View view = new View(report.source().name(), report.source().sha256(),
                report.source().accessed().map(Object::toString).orElse(""), route.linkTo(r.methodology()),
                Routes.link(route, r.about(), "cite"), items, DatasetJsonLd.of(report, r, site.downloads()));
        return Stream.of(Page.of(route, "data", "Data", "Every result of " + report.edition().title() + " as CSV "
                + "and JSON: models, exclusions, cards, trends and the GPU-hours validation, with every column "
                + "explained.", view));
    }
}
