package org.rebound.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rebound.content.Narrative;
import org.rebound.domain.Edition;
import org.rebound.report.Citation;
import org.rebound.report.Report;

/** About: the narrative of {@code content/about.md}, how to cite, the editions, the changelog. */
final class AboutPage implements PageKind {

    /** What the about page shows. */
    record View(String title, String narrativeHtml, Citation citation, boolean published, String editionUrl,
            int editionYear, List<EditionRow> editions, String changelogHtml) {
    }

    /** A row of the editions table; {@code href} is empty for this build's unpublished edition. */
    record EditionRow(int year, String title, String accessed, String sha12, int modelsEstimated, String href,
            String status) {
    }

    @Override
    public Set<String> narratives() {
        return Set.of("about.md");
    }

    @Override
    public boolean showsChangelog() {
        return true;
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.about();
        Narrative.Rendered about = site.narrative("about.md");
        Citation citation = site.citation(r.home(), report.edition().title()
                + ": the environmental footprint of training AI models", "report");
        View view = new View(about.title(), about.html(), citation, site.target().published(),
                Routes.editionUrl(report.edition()), report.edition().year(), editionRows(site, route),
                changelog(site.target()));
        return Stream.of(Page.of(route, "about", "About", "How to cite " + report.edition().title() + ", the "
                + "licences of its data, the editions published and what changed.", view));
    }

    private static List<EditionRow> editionRows(SiteContext site, Route from) {
        Report report = site.report();
        Edition edition = report.edition();
        SiteWriter.Target target = site.target();
        List<EditionRow> rows = new ArrayList<>();
        boolean currentListed = false;
        for (Editions.Frozen f : target.editions()) {
            boolean current = f.year() == edition.year();
            currentListed |= current;
            Route copy = site.routes().edition(f.year());
            String href = target.frozen() ? Routes.url(edition.baseUrl(), copy) : from.linkTo(copy);
            rows.add(new EditionRow(f.year(), f.title(), Formats.orDash(f.dataAccessed()), sha12(f.dataSha256()),
                    f.modelsEstimated(), href, current ? "published; this edition" : "published"));
        }
        if (!currentListed) {
            rows.add(new EditionRow(edition.year(), edition.title(),
                    report.source().accessed().map(Object::toString).orElse("—"), sha12(report.source().sha256()),
                    report.estimates().size(), "", target.published() ? "published; this edition"
                    : "this build, not yet published"));
        }
        rows.sort(Comparator.comparingInt(EditionRow::year).reversed());
        return rows;
    }

    private static String sha12(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    /** CHANGES.md as HTML, its headings moved one level down to sit under the page's own. */
    private static String changelog(SiteWriter.Target target) {
        Narrative.Rendered changes = Narrative.render(target.changelog(), Map.of());
        return changes.html().replace("<h3", "<h4").replace("</h3>", "</h4>")
                .replace("<h2", "<h3").replace("</h2>", "</h3>");
    }
}
