package org.rebound.site;

/**
 * One page of the site.
 *
 * @param path        path from the site root, ending with '/' ({@code models/bloom-176b/}), empty for the index
 * @param title       page title
 * @param description one-sentence summary for search engines and previews
 */
public record Page(String path, String title, String description) {

    /** Relative prefix from this page to the site root: "" or "../../". */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The file the page is written to. */
    public String file() {
        return path + "index.html";
    }
}
