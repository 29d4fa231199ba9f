package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rebound.domain.Edition;
import org.rebound.report.Licence;
import org.rebound.report.Report;

/**
 * The data page and its downloads: the page lists every download with its columns explained and carries the
 * schema.org Dataset; its files are the downloads themselves, each CSV with its CSVW metadata beside it. What the
 * downloads hold is {@link DataTables}'.
 */
final class DataPage implements PageKind {

    /**
     * What the data page shows.
     *
     * @param credit       how to credit the files: {@code Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)}
     * @param licencesHref the about page's section on licences
     */
    record View(String sourceName, String sha256, String accessed, String methodologyHref, String citeHref,
            String licence, String licenceUrl, String credit, String licencesHref, List<Item> downloads,
            String jsonLd) {
    }

    /** A download: its anchor, files, the CSVW metadata of its CSV files, and its columns. */
    record Item(String id, String anchor, String title, String description, String rows, List<File> files,
            List<File> metadata, String caption, List<Table.Doc> columns) {
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
                .map(f -> new File(f, route.linkTo(r.download(f)))).toList(), d.files().stream()
                .filter(DataTables::isCsv).map(f -> file(route, r.csvMetadata(r.download(f)))).toList(),
                "Columns of " + d.files().get(0), d.columns())).toList();
        View view = new View(report.source().name(), report.source().sha256(),
                report.source().accessed().map(Object::toString).orElse(""), route.linkTo(r.methodology()),
                Routes.link(route, r.about(), "cite"), Licence.NAME, Licence.URL, Licence.credit(report.edition()),
                Routes.link(route, r.about(), Layout.LICENCES_FRAGMENT), items,
                DatasetJsonLd.of(report, r, site.downloads()));
        return Stream.of(Page.of(route, "data", "Data", "Every result of " + report.edition().title() + " as CSV "
                + "and JSON: models, exclusions, cards, trends and the GPU-hours validation, with every column "
                + "explained.", view));
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        // Each file is made by the worker that writes it, and dropped once written.
        Routes r = site.routes();
        Edition edition = site.report().edition();
        List<SiteFile.Lazy> files = new ArrayList<>();
        for (DataTables.Download d : site.downloads()) {
            for (int i = 0; i < d.files().size(); i++) {
                String name = d.files().get(i);
                Route file = r.download(name);
                files.add(new SiteFile.Lazy(file, d.contents().get(i)));
                if (DataTables.isCsv(name)) {
                    files.add(new SiteFile.Lazy(r.csvMetadata(file), () -> Credits.csvMetadata(edition, name,
                            edition.title() + ": " + d.title(), d.description(), d.columns(), true, Optional.empty())));
                }
            }
        }
        return files.stream().map(SiteFile.Lazy::make);
    }

    /** A file of the site, linked from this page and named as it is written. */
    private static File file(Route from, Route to) {
        return new File(to.path().substring(to.path().lastIndexOf('/') + 1), from.linkTo(to));
    }
}
