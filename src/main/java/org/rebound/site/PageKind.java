package org.rebound.site;

import java.util.Set;
import java.util.stream.Stream;

/**
 * One kind of page of the site (the report, a model, a card…): it yields its pages, each with the view its
 * template shows, and the files that go with them. The site writer is a loop over page kinds.
 */
public interface PageKind {
    /** The pages of this kind, built lazily so that a large site need not hold every view at once. */
    Stream<Page> pages(SiteContext site);

    /** The Markdown files of {@code content/} its pages show (file names), so an edit re-renders only them. */
    default Set<String> narratives() {
        return Set.of();
    }

    /** Whether its pages are listed in the sitemap (addresses kept alive for citations are not). */
    default boolean inSitemap() {
        return true;
    }

    /** Whether its pages show the project's changelog. */
    default boolean showsChangelog() {
        return false;
    }

    /** Files this kind writes besides its pages: downloads, charts, machine-readable twins of a page. */
    default Stream<SiteFile> files(SiteContext site) {
        return Stream.empty();
    }
}
