package org.rebound.site;

import java.util.List;
import java.util.stream.Stream;

/** The search page and its index, a script so that search works opened from disk. */
final class SearchPage implements PageKind {

    /** What the search page shows. */
    record View(String modelsHref, String gpusHref, List<String> indexScripts) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Routes r = site.routes();
        Route route = r.search();
        int files = site.searchIndex().size();
        View view = new View(route.linkTo(r.models()), route.linkTo(r.gpus()), java.util.stream.IntStream
                .rangeClosed(1, files).mapToObj(n -> route.linkTo(r.searchIndex(n))).toList());
        return Stream.of(Page.of(route, "search", "Search", "Find a model or a graphics card of "
                + site.report().edition().title() + " by name, organisation or hardware.", view));
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        List<String> files = site.searchIndex();
        return java.util.stream.IntStream.range(0, files.size())
                .mapToObj(i -> SiteFile.text(site.routes().searchIndex(i + 1), files.get(i)));
    }
}
