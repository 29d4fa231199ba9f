package org.rebound.site;

import java.util.Optional;
import java.util.stream.Stream;

/** The 404 page of the root site (a frozen edition has none: the host serves only the root's). */
final class NotFoundPage implements PageKind {

    /** What the 404 page shows: links as absolute paths, since the host serves it at any depth. */
    record View(String stylesheet, String homeHref, String modelsHref, String gpusHref) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        if (site.target().frozen()) {
            return Stream.empty();
        }
        Routes r = site.routes();
        View view = new View(r.hostPath(r.asset("style.css")), r.hostPath(r.home()), r.hostPath(r.models()),
                r.hostPath(r.gpus()));
        return Stream.of(new Page(r.notFound(), "404", "Page not found", "This page does not exist in this edition "
                + "of Rebound.", view, Optional.empty(), Optional.empty()));
    }
}
