package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The site's furniture: its edition manifest, and for the root copy robots.txt, .nojekyll and the sitemap. */
final class Furniture implements PageKind {

    @Override
    public Stream<Page> pages(SiteContext site) {
        return Stream.empty();
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        Routes r = site.routes();
        List<SiteFile> files = new ArrayList<>();
        files.add(SiteFile.text(r.manifest(), Editions.manifest(site.report(), r.siteUrl())));
        if (!site.target().frozen()) {
            // The host serves only the root's files; a frozen copy has none of these.
            files.add(SiteFile.text(r.noJekyll(), ""));
            files.add(SiteFile.text(r.robots(), "User-agent: *\nAllow: /\nSitemap: " + r.url(r.sitemap()) + "\n"));
        }
        return files.stream();
    }

    /** The sitemap of the pages written, sorted by address. */
    static String sitemap(SiteContext site, List<Route> pages) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().map(site.routes()::url).sorted().forEach(url -> s.append("  <url><loc>")
                .append(xml(url)).append("</loc></url>\n"));
        return s.append("</urlset>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
