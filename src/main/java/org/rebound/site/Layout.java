package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import org.rebound.domain.Edition;
import org.rebound.report.Citation;
import org.rebound.report.Licence;
import org.rebound.report.ModelsSource;

/**
 * What the shared layout of every page shows, display-ready, one component per part of {@code layout.html}: the
 * {@code <head>}, the site header with its navigation, and the footer.
 */
public record Layout(Head head, Navigation navigation, Footer footer) {

    /**
     * The {@code <head>}: titles, description, social preview and citation metadata, and the site's assets.
     *
     * @param title       the page's title
     * @param fullTitle   the {@code <title>}: page title and edition
     * @param canonical   absolute canonical URL, empty for none
     * @param ogImage     absolute URL of the social preview image
     * @param ogImageAlt  its text alternative
     * @param citation    how to cite the page, or null when it is not a citable page
     * @param citationDate the year cited
     */
    public record Head(String title, String fullTitle, String siteTitle, String description, String canonical,
            String ogImage, String ogImageAlt, Citation citation, String citationDate, Assets assets) {
    }

    /** The stylesheet, icon and script every page links to, relative to the page. */
    public record Assets(String stylesheet, String favicon, String script) {
    }

    /** The site header: the brand linking home, the section links and the search form's action. */
    public record Navigation(String brandHref, String brand, List<NavLink> links, String searchAction) {
        public Navigation {
            links = List.copyOf(links);
        }
    }

    /** A link of the site navigation; {@code current} when the page is in its section. */
    public record NavLink(String label, String href, boolean current) {
    }

    /**
     * The footer: the edition, the data it read, where to cite, and the licences.
     *
     * @param editionUrl   the permanent address, empty until the edition is published
     */
    public record Footer(String editionTitle, int year, Source source, String editionUrl, String citeHref,
            String dataHref, String editionsHref, Licences licences) {
    }

    /**
     * The Epoch export the edition read.
     *
     * @param name     the export as named on pages
     * @param sha12    first twelve hex digits of the export's sha256
     * @param accessed when it was accessed, empty when unknown
     */
    public record Source(String name, String sha12, String accessed) {
    }

    /**
     * The licences of the outputs and of the code, and how to credit them.
     *
     * @param name          the licence of Rebound's outputs ({@code CC BY 4.0})
     * @param url           its address
     * @param credit        how to credit them: {@code Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)}
     * @param codeName      the code's licence, linked to the repository
     * @param repositoryUrl the repository
     * @param href          the about page's section on licences and credit
     */
    public record Licences(String name, String url, String credit, String codeName, String repositoryUrl,
            String href) {
    }

    /** The heading id of the about page's section on licences ("Licences and credit" in {@code about.md}). */
    static final String LICENCES_FRAGMENT = "licences-and-credit";

    /** Hex digits of the export's sha256 the footer shows: enough to tell exports apart at a glance. */
    private static final int SHA_DIGITS = 12;

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
        Footer footer = new Footer(edition.title(), edition.year(), new Source(source.name(),
                source.sha256().substring(0, SHA_DIGITS), source.accessed().map(Object::toString).orElse("")),
                site.target().published() ? Routes.editionUrl(edition) : "",
                Routes.link(at, r.about(), "cite"), at.linkTo(r.data()), Routes.link(at, r.about(), "editions"),
                new Licences(Licence.NAME, Licence.URL, Licence.credit(edition), Licence.CODE_NAME,
                        edition.repository(), Routes.link(at, r.about(), LICENCES_FRAGMENT)));
        Head head = new Head(page.title(), page.title() + " · " + edition.title(), edition.title(),
                page.description(), page.canonical().map(r::url).orElse(""),
                r.url(r.chartPng(site.report().trends().gwpChart().id())),
                site.report().trends().gwpChart().description(),
                page.citation().orElse(null), Integer.toString(edition.year()),
                new Assets(at.linkTo(r.asset("style.css")), at.linkTo(r.asset("favicon.svg")),
                        at.linkTo(r.asset("site.js"))));
        return new Layout(head, new Navigation(at.linkTo(r.home()), edition.title(), nav, at.linkTo(r.search())),
                footer);
    }
}
