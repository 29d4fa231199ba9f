package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import org.rebound.domain.Edition;
import org.rebound.report.Citation;
import org.rebound.report.Licence;
import org.rebound.report.ModelsSource;

/**
 * What the shared layout (head, navigation, footer) of every page shows, display-ready.
 *
 * @param title       the page's title
 * @param fullTitle   the {@code <title>}: page title and edition
 * @param canonical   absolute canonical URL, empty for none
 * @param ogImage     absolute URL of the social preview image
 * @param ogImageAlt  its text alternative
 * @param citation    how to cite the page, or null when it is not a citable page
 * @param citationDate the year cited
 */
public record Layout(String title, String fullTitle, String siteTitle, String description, String canonical,
        String ogImage, String ogImageAlt, Citation citation, String citationDate, String stylesheet, String favicon,
        String script,
        String brandHref, List<NavLink> nav, String searchAction, Footer footer) {

    public Layout {
        nav = List.copyOf(nav);
    }

    /** A link of the site navigation; {@code current} when the page is in its section. */
    public record NavLink(String label, String href, boolean current) {
    }

    /**
     * The footer: the edition, the data it read, where to cite, and the licences.
     *
     * @param sourceName   the Epoch export as named on pages
     * @param sha12        first twelve hex digits of the export's sha256
     * @param accessed     when it was accessed, empty when unknown
     * @param editionUrl   the permanent address, empty until the edition is published
     * @param licence      the licence of Rebound's outputs ({@code CC BY 4.0}), with its address
     * @param credit       how to credit them: {@code Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)}
     * @param codeLicence  the code's licence, linked to the repository
     * @param licencesHref the about page's section on licences and credit
     */
    public record Footer(String editionTitle, int year, String sourceName, String sha12, String accessed,
            String editionUrl, String citeHref, String dataHref, String editionsHref, String licence,
            String licenceUrl, String credit, String codeLicence, String repositoryUrl, String licencesHref) {
    }

    /** The heading id of the about page's section on licences ("Licences and credit" in {@code about.md}). */
    static final String LICENCES_FRAGMENT = "licences-and-credit";

    /** Whether a page is its section's index or below it (a model page is in Models). */
    static boolean inSection(Route at, Route section) {
        return !section.path().isEmpty() && at.path().startsWith(section.path());
    }

    /** The layout of {@code page} in {@code site}. */
    static Layout of(Page page, SiteContext site) {
        Routes r = site.routes();
        Route at = page.route();
        Edition edition = site.report().edition();
        ModelsSource source = site.report().source();
        List<NavLink> nav = new ArrayList<>();
        List<Route> sections = List.of(r.models(), r.gpus(), r.trends(), r.scenarios(), r.validation(),
                r.methodology(), r.glossary(), r.data(), r.about());
        List<String> labels = List.of("Models", "Cards", "Trends", "Scenarios", "Validation", "Methodology", "Glossary",
                "Data", "About");
        for (int i = 0; i < sections.size(); i++) {
            nav.add(new NavLink(labels.get(i), at.linkTo(sections.get(i)), inSection(at, sections.get(i))));
        }
        Footer footer = new Footer(edition.title(), edition.year(), source.name(), source.sha256().substring(0, 12),
                source.accessed().map(Object::toString).orElse(""),
                site.target().published() ? Routes.editionUrl(edition) : "",
                Routes.link(at, r.about(), "cite"), at.linkTo(r.data()), Routes.link(at, r.about(), "editions"),
                Licence.NAME, Licence.URL, Licence.credit(edition), Licence.CODE_NAME, edition.repository(),
                Routes.link(at, r.about(), LICENCES_FRAGMENT));
        return new Layout(page.title(), page.title() + " · " + edition.title(), edition.title(), page.description(),
                page.canonical().map(r::url).orElse(""), r.url(r.chartPng(site.report().trends().gwpChart().id())),
                site.report().trends().gwpChart().description(), page.citation().orElse(null),
                Integer.toString(edition.year()), at.linkTo(r.asset("style.css")), at.linkTo(r.asset("favicon.svg")),
                at.linkTo(r.asset("site.js")),
                at.linkTo(r.home()), nav, at.linkTo(r.search()), footer);
    }
}
