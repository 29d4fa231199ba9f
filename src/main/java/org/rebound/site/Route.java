package org.rebound.site;

/**
 * Where one output of the site lives. Only {@link Routes} makes routes; pages and templates ask it for them.
 *
 * @param path path from the site root: a page's ends with '/' ({@code models/gpt-3/}, empty for the index);
 *             a file's is the file ({@code data/models.csv})
 * @param page whether this is a page, written to {@code index.html} inside its path
 */
public record Route(String path, boolean page) {
    /** The file a page is written to inside its folder, and that a server answers a folder's address with. */
    public static final String INDEX = "index.html";

    /** The file written: {@code models/gpt-3/index.html} for a page, the path itself for a file. */
    public String file() {
        return page ? path + INDEX : path;
    }

    /** Relative prefix from this route's folder to the site root: "" or "../../". */
    public String root() {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * A relative link from this route to {@code to}: pages are linked by their {@code index.html} file, so
     * the site also works opened from disk. Files in this page's folder or below are linked from here; the
     * rest, and the page itself, from the site root.
     */
    public String linkTo(Route to) {
        String target = to.file();
        String here = page ? path : path.substring(0, path.lastIndexOf('/') + 1);
        boolean self = to.page && to.path.equals(here);
        if (!here.isEmpty() && !self && target.startsWith(here)) {
            return target.substring(here.length());
        }
        return root() + target;
    }
}
