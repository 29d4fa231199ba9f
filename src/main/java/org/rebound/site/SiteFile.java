package org.rebound.site;

import java.nio.charset.StandardCharsets;

/**
 * A file of the site other than a rendered page: a download, a chart, a script.
 *
 * @param route where it is written
 * @param bytes its content
 */
public record SiteFile(Route route, byte[] bytes) {

    /** A text file not made yet: its route, and how to make its content. */
    public record Lazy(Route route, java.util.function.Supplier<String> text) {
        /** The file, made now. */
        public SiteFile make() {
            return SiteFile.text(route, text.get());
        }
    }

    /** A UTF-8 text file. */
    public static SiteFile text(Route route, String text) {
        return new SiteFile(route, text.getBytes(StandardCharsets.UTF_8));
    }
}
