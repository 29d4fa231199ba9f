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
 * @param canonical   whether the page has a canonical address (the 404 page has none)
 */
public record Page(Route route, String template, String title, String description, Object view,
        Optional<Citation> citation, boolean canonical) {

    /** A page with a canonical address and no citation. */
    public static Page of(Route route, String template, String title, String description, Object view) {
        return new Page(route, template, title, description, view, Optional.empty(), true);
    }

    /** The same page, citable. */
    public Page citing(Citation how) {
        return new Page(route, template, title, description, view, Optional.of(how), canonical);
    }
}
