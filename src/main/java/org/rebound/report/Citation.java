package org.rebound.report;

import org.rebound.domain.Edition;

/**
 * How to cite one page: plain text and BibTeX, naming the edition and crediting Epoch AI's data.
 *
 * @param title page title
 * @param url   the address to cite (the page in its edition)
 * @param key   BibTeX key
 */
public record Citation(String title, String url, String key, String plain, String bibtex) {

    /** Authors as they are cited. */
    public static final String AUTHORS = "Rebound contributors";

    public static Citation of(Edition edition, ModelsSource source, String title, String url, String slug) {
        String data = "model data: Epoch AI, Data on Notable AI Models, CC BY 4.0"
                + source.accessed().map(d -> ", accessed " + d).orElse("") + ", sha256 " + source.sha256().substring(0, 12);
        String plain = AUTHORS + " (" + edition.year() + "). " + title + ". " + edition.title() + " (edition "
                + edition.year() + "; " + data + "). " + url + " (accessed YYYY-MM-DD).";
        String key = "rebound" + edition.year() + "-" + slug.replaceAll("[^a-z0-9]+", "-");
        String bibtex = "@misc{" + key + ",\n"
                + "  author = {{" + AUTHORS + "}},\n"
                + "  title = {{" + tex(title) + "}},\n"
                + "  year = {" + edition.year() + "},\n"
                + "  howpublished = {" + tex(edition.title()) + "},\n"
                + "  url = {" + url + "},\n"
                + "  note = {Edition " + edition.year() + "; " + tex(data) + ". Accessed YYYY-MM-DD}\n"
                + "}";
        return new Citation(title, url, key, plain, bibtex);
    }

    /** Text safe inside a BibTeX field: its special characters escaped. */
    public static String tex(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> s.append('\\').append(c);
                case '~' -> s.append("\\textasciitilde{}");
                case '^' -> s.append("\\textasciicircum{}");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
