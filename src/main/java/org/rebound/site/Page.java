package org.rebound.site;

import java.util.Optional;
import org.rebound.report.Citation;

/**
 * One page to render: where it goes, its template, its metadata and its view.
 *
 * @param route       where the page is written
 * @param template    the template that renders it, a file of {@code templates/} without {@code .html}
 * @param title       page title
 * @param description one-sentence summary for search engines and previews
 * @param view        the display-ready values the template shows, a record of the page kind
 * @param citation    how to cite the page, for pages researchers cite
 * @param canonical   the page's canonical address: its own route for most, another page's for an old address
 *                    that leads to a model's new page, empty for none (the 404 page)
 */
public record Page(Route route, String template, String title, String description, Object view,
        Optional<Citation> citation, Optional<Route> canonical) {

    /** A page with a canonical address and no citation. */
    public static Page of(Route route, String template, String title, String description, Object view) {
        return new Page(route, template, title, description, view, Optional.empty(), Optional.of(route));
    }

    /** The same page, citable. */
    public Page citing(Citation how) {
        return new Page(route, template, title, description, view, Optional.of(how), canonical);
    }

    /** The same page, whose canonical address is {@code other}'s (it stays out of the sitemap). */
    public Page canonicalAt(Route other) {
        return new Page(route, template, title, description, view, citation, Optional.of(other));
    }

    /** Whether the page is its own canonical address, listed in the sitemap. */
    public boolean isCanonical() {
        return canonical.filter(route::equals).isPresent();
    }
}
