package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's terms, defined where they first appear: on every page but the glossary, the first mention of each
 * glossary entry in the page's main text links to the entry, and its title is the entry's first sentence (shown when
 * pointed at; the link gives the rest on a phone).
 *
 * <p>The glossary ({@code content/glossary.md}) names the words of each entry in a comment under its heading,
 * {@code <!-- terms: PUE -->}; the words are matched whole, case included. Headings, links, charts, code, table
 * headings and interactive elements are left as they are.
 */
final class Terms {
    private static final Pattern ENTRY = Pattern.compile(
            "<h2 id=\"([^\"]+)\">(?:(?!</h2>).)*</h2>\\s*<!-- terms: ([^>]*?) -->\\s*<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Elements whose text is never linked: their own links, names, code and controls. */
    private static final Set<String> SKIPPED = Set.of("a", "svg", "script", "style", "code", "pre", "h1", "h2", "h3",
            "h4", "h5", "h6", "title", "button", "select", "option", "summary", "label", "thead", "textarea", "abbr",
            "dfn", "nav", "header", "footer");

    /** A glossary entry: its anchor, its first sentence and the words that name it. */
    record Entry(String anchor, String definition, List<String> words) {
    }

    private final List<Entry> entries;

    /** Characters looked up in an array rather than a map: the words' first characters are nearly all ASCII. */
    private static final int ASCII = 128;
    /** For each first character of a word: the pairs (entry, word) whose word begins with it, flattened. */
    private final int[][] byAscii = new int[ASCII][];
    private final Map<Character, int[]> byFirstChar = new java.util.HashMap<>();

    private Terms(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<Character, List<Integer>> pairs = new java.util.HashMap<>();
        for (int e = 0; e < this.entries.size(); e++) {
            List<String> words = this.entries.get(e).words();
            for (int w = 0; w < words.size(); w++) {
                if (!words.get(w).isEmpty()) {
                    List<Integer> list = pairs.computeIfAbsent(words.get(w).charAt(0), c -> new ArrayList<>());
                    list.add(e);
                    list.add(w);
                }
            }
        }
        pairs.forEach((c, list) -> {
            int[] flat = list.stream().mapToInt(Integer::intValue).toArray();
            if (c < ASCII) {
                byAscii[c] = flat;
            } else {
                byFirstChar.put(c, flat);
            }
        });
    }

    /** The entries of the glossary page's HTML that name their words. */
    static Terms of(String glossaryHtml) {
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(glossaryHtml);
        while (m.find()) {
            String text = TAG.matcher(m.group(3)).replaceAll("").replaceAll("\\s+", " ").strip();
            int end = text.indexOf(". ");
            String sentence = end < 0 ? text : text.substring(0, end + 1);
            List<String> words = new ArrayList<>();
            for (String w : m.group(2).split(",")) {
                if (!w.isBlank()) {
                    words.add(w.strip());
                }
            }
            entries.add(new Entry(m.group(1), sentence, words));
        }
        return new Terms(entries);
    }

    /** The entries, in the glossary's order. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * {@code html} with the first mention of each entry inside {@code <main>} linked to {@code glossaryHref}'s
     * entry.
     */
    String link(String html, String glossaryHref) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        if (start < 0 || end < start || entries.isEmpty()) {
            return html;
        }
        // An entry none of whose words occurs in the main text has nothing to link: done before starting, so that
        // each text node is searched only for the entries the page mentions, and the rest is copied once none is left.
        boolean[] done = mentioned(html, start, end);
        if (allDone(done)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 1024).append(html, 0, start);
        List<String> open = new ArrayList<>();
        int skipping = 0;
        int i = start;
        while (i < end) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt > end) {
                lt = end;
            }
            if (lt > i) {
                if (skipping > 0) {
                    out.append(html, i, lt);
                } else {
                    out.append(linkText(html.substring(i, lt), glossaryHref, done));
                    if (allDone(done)) {
                        out.append(html, lt, end);
                        break;
                    }
                }
            }
            if (lt >= end) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt);
                int next = close < 0 ? end : close + 3;
                out.append(html, lt, next);
                i = next;
                continue;
            }
            int gt = html.indexOf('>', lt);
            String tag = html.substring(lt, gt + 1);
            out.append(tag);
            i = gt + 1;
            boolean closing = tag.startsWith("</");
            String name = name(tag, closing);
            if (tag.endsWith("/>") || !SKIPPED.contains(name)) {
                continue;
            }
            if (closing) {
                int at = open.lastIndexOf(name);
                if (at >= 0) {
                    open.remove(at);
                    skipping--;
                }
            } else {
                open.add(name);
                skipping++;
            }
        }
        return out.append(html, end, html.length()).toString();
    }

    /**
     * Which entries none of whose words occurs between {@code start} and {@code end} (true: nothing to link), found in
     * one pass over the text: at each character, only the words that begin with it are compared.
     */
    private boolean[] mentioned(String html, int start, int end) {
        boolean[] absent = new boolean[entries.size()];
        java.util.Arrays.fill(absent, true);
        int left = entries.size();
        char[] text = new char[end - start];
        html.getChars(start, end, text, 0);
        for (int j = 0; j < text.length && left > 0; j++) {
            char c = text[j];
            int[] candidates = c < ASCII ? byAscii[c] : byFirstChar.get(c);
            if (candidates == null) {
                continue;
            }
            int i = start + j;
            for (int k = 0; k < candidates.length; k += 2) {
                int e = candidates[k];
                if (absent[e] && html.startsWith(entries.get(e).words().get(candidates[k + 1]), i)) {
                    absent[e] = false;
                    left--;
                }
            }
        }
        return absent;
    }

    private static boolean allDone(boolean[] done) {
        for (boolean d : done) {
            if (!d) {
                return false;
            }
        }
        return true;
    }

    private static String name(String tag, boolean closing) {
        int from = closing ? 2 : 1;
        int to = from;
        while (to < tag.length() && (Character.isLetterOrDigit(tag.charAt(to)))) {
            to++;
        }
        return tag.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** A text node with the first mention of each entry not yet linked, linked. */
    private String linkText(String text, String glossaryHref, boolean[] done) {
        String result = text;
        for (int e = 0; e < entries.size(); e++) {
            if (done[e]) {
                continue;
            }
            Entry entry = entries.get(e);
            int best = -1;
            String found = null;
            for (String w : entry.words()) {
                int at = wordAt(result, w);
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                    found = w;
                }
            }
            if (found != null) {
                done[e] = true;
                result = result.substring(0, best) + "<a class=\"term\" href=\"" + glossaryHref + "#" + entry.anchor()
                        + "\" title=\"" + attribute(entry.definition()) + "\">" + found + "</a>"
                        + result.substring(best + found.length());
            }
        }
        return result;
    }

    /** Where {@code word} first stands as a whole word in {@code text}, outside a link already made; −1 if not. */
    private static int wordAt(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
            int after = at + word.length();
            boolean endOk = after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))
                    && text.charAt(after) != '-';
            if (startOk && endOk && !insideTag(text, at)) {
                return at;
            }
            from = at + 1;
        }
    }

    /** Whether {@code at} lies inside a link this pass has already written into the text. */
    private static boolean insideTag(String text, int at) {
        int open = text.lastIndexOf("<a ", at);
        return open >= 0 && text.indexOf("</a>", open) > at;
    }

    /** Text of the rendered glossary (its entities already written) as an attribute value. */
    private static String attribute(String html) {
        return html.replace("\"", "&quot;");
    }
}
