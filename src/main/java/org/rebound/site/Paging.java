package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A long list cut into pages of at most {@code publish.rows-per-page} rows, so that no page grows with the export
 * past what a phone opens: page 1 at the list's own address, page n at {@code <list>/page/n/}. A list that fits on
 * one page is one page, with no pager.
 */
final class Paging {
    private Paging() {
    }

    /**
     * The pager of one page of a list: where it is among the others, and links to them (empty for none).
     *
     * @param shown whether the list has more than one page: the template shows the pager only then
     */
    record Pager(boolean shown, int number, int pages, String rows, String firstHref, String previousHref,
            String nextHref, String lastHref) {
    }

    /** How many pages a list of {@code rows} takes, at least one. */
    static int pages(int rows, int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("rows per page must be at least 1, not " + perPage);
        }
        return Math.max(1, (rows + perPage - 1) / perPage);
    }

    /** The rows of page {@code number} (from 1): empty past the list's end. */
    static <T> List<T> slice(List<T> rows, int number, int perPage) {
        int from = Math.min(rows.size(), (number - 1) * perPage);
        int to = Math.min(rows.size(), from + perPage);
        return rows.subList(from, to);
    }

    /**
     * The routes of a list's pages: the list's own, then {@code page/2/} and on below it.
     *
     * @param routes the routes, for {@link Routes#continued}
     */
    static List<Route> routes(Routes routes, Route list, int pages) {
        List<Route> all = new ArrayList<>(pages);
        for (int n = 1; n <= pages; n++) {
            all.add(routes.continued(list, n));
        }
        return all;
    }

    /**
     * The pager of page {@code number} of {@code pages}, linked from {@code here}.
     *
     * @param rows what the page holds, in words ("models 1,001 to 2,000 of 28,000")
     */
    static Pager pager(Route here, List<Route> pages, int number, String rows) {
        IntFunction<String> href = n -> n < 1 || n > pages.size() || n == number ? "" : here.linkTo(pages.get(n - 1));
        // First and last only where they are not also the previous or the next page.
        return new Pager(pages.size() > 1, number, pages.size(), rows, number > 2 ? href.apply(1) : "",
                href.apply(number - 1), href.apply(number + 1), number < pages.size() - 1 ? href.apply(pages.size()) : "");
    }

    /** "1,001 to 2,000 of 28,000": the rows of page {@code number}, in words; "none of 28,000" past the end. */
    static String range(int number, int perPage, int total) {
        int from = (number - 1) * perPage + 1;
        int to = Math.min(total, number * perPage);
        return from > total ? "none of " + org.rebound.domain.Num.count(total)
                : org.rebound.domain.Num.count(from) + " to " + org.rebound.domain.Num.count(to) + " of " + org.rebound.domain.Num.count(total);
    }
}
