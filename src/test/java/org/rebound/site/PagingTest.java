package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aListTakesAsManyPagesAsItsRowsNeedAndAtLeastOne() {
        assertEquals(1, Paging.pages(0, 1000));
        assertEquals(1, Paging.pages(1000, 1000));
        assertEquals(2, Paging.pages(1001, 1000));
        assertEquals(28, Paging.pages(28_000, 1000));
        assertThrows(IllegalArgumentException.class, () -> Paging.pages(5, 0));
    }

    @Test
    void aPageHoldsItsSliceAndNothingPastTheEnd() {
        List<Integer> rows = List.of(1, 2, 3, 4, 5);
        assertEquals(List.of(1, 2), Paging.slice(rows, 1, 2));
        assertEquals(List.of(5), Paging.slice(rows, 3, 2));
        assertEquals(List.of(), Paging.slice(rows, 4, 2));
    }

    @Test
    void theRangeSaysWhichRowsInWords() {
        assertEquals("1,001 to 2,000 of 28,000", Paging.range(2, 1000, 28_000));
        assertEquals("27,001 to 27,500 of 27,500", Paging.range(28, 1000, 27_500));
        assertEquals("none of 500", Paging.range(2, 1000, 500));
    }

    @Test
    void thePagerLinksEveryNeighbourButItself() {
        Routes routes = new Routes(List.of(), "https://example.org/rebound/", List.of());
        List<Route> pages = Paging.routes(routes, routes.models(), 3);
        assertEquals(List.of("models/", "models/page/2/", "models/page/3/"), pages.stream().map(Route::path).toList());
        Paging.Pager first = Paging.pager(pages.get(0), pages, 1, "r");
        assertEquals(new Paging.Pager(true, 1, 3, "r", "", "", "page/2/index.html", "page/3/index.html"), first);
        Paging.Pager middle = Paging.pager(pages.get(1), pages, 2, "r");
        // First and last are not repeated where they are the previous and the next page.
        assertEquals(new Paging.Pager(true, 2, 3, "r", "", "../../../models/index.html",
                "../../../models/page/3/index.html", ""), middle);
        List<Route> five = Paging.routes(routes, routes.models(), 5);
        assertEquals(new Paging.Pager(true, 3, 5, "r", "../../../models/index.html", "../../../models/page/2/index.html",
                "../../../models/page/4/index.html", "../../../models/page/5/index.html"),
                Paging.pager(five.get(2), five, 3, "r"));
        assertEquals(new Paging.Pager(true, 5, 5, "r", "../../../models/index.html", "../../../models/page/4/index.html",
                "", ""), Paging.pager(five.get(4), five, 5, "r"));
        Paging.Pager alone = Paging.pager(routes.models(), List.of(routes.models()), 1, "");
        assertEquals(false, alone.shown());
    }
}
