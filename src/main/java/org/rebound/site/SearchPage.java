package org.rebound.site;

import java.util.stream.Stream;

/** The search page and its index, a script so that search works opened from disk. */
final class SearchPage implements PageKind {

    /** What the search page shows. */
    record View(String modelsHref, String gpusHref, String indexScript) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Routes r = site.routes();
        Route route = r.search();
        View view = new View(route.linkTo(r.models()), route.linkTo(r.gpus()), route.linkTo(r.searchIndex()));
        return Stream.of(Page.of(route, "search", "Search", "Find a model or a graphics card of "
                + site.report().edition().title() + " by name, organisation or hardware.", view));
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        return Stream.of(SiteFile.text(site.routes().searchIndex(), SearchIndex.of(site)));
    }
}
