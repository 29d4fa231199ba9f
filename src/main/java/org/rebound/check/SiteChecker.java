package org.rebound.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.rebound.problem.Problem;

/**
 * Checks a built site: its HTML pages, SVG images ({@code charts/*.svg}, linking to model pages) and style
 * sheets. Links and fragments must resolve; nothing may be loaded from another host, nor a form sent there; no
 * script may run but the site's own script files; every file must be UTF-8. Whatever is found becomes a
 * {@link Problem} with its file and, where it has one, its line and column: a bad file is reported, never a
 * crash.
 */
public final class SiteChecker {
    /**
     * The only {@code <script>} without a file the site may hold, by {@code type}: JSON-LD data
     * ({@code application/ld+json}: the data page's schema.org Dataset, for search engines), which browsers
     * never run. The site's scripts are otherwise its own files, named by {@code src} (or {@code href} in SVG)
     * and checked as links, so on the site and existing (the search page's {@code search-index.js}, every
     * page's {@code assets/site.js}): any other inline script is reported, and so is any {@code on…} event
     * handler attribute.
     */
    private static final Set<String> INLINE_DATA_SCRIPT_TYPES = Set.of("application/ld+json");

    /** Attributes holding one URL. {@code data} holds one on {@code <object>} only. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "xlink:href", "src", "data", "poster", "action",
            "formaction", "background");

    /** SVG elements that change another attribute's value over time, an address among them. */
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatetransform", "animatemotion");

    /** Attributes holding a list of image candidates, each a URL and an optional width or density. */
    private static final Set<String> SRCSET_ATTRIBUTES = Set.of("srcset", "imagesrcset");

    /** The attributes a {@code <script>} names its file with: {@code src} in HTML, {@code href} in SVG. */
    private static final List<String> SCRIPT_FILE_ATTRIBUTES = List.of("src", "href", "xlink:href");

    /** Event handler attributes ({@code onclick}, {@code onload}, …) all start so. */
    private static final String HANDLER_PREFIX = "on";

    /** The scheme of a URL that runs a script rather than naming a page or file. */
    private static final String SCRIPT_SCHEME = "javascript:";

    /** The scheme of a URL that carries its content: in CSS, not loaded from anywhere. */
    private static final String DATA_SCHEME = "data:";

    /**
     * What CSS loads: {@code url(…)} unquoted (group 3) or quoted (1, 2), and {@code @import "…"} (4, 5), whose
     * {@code url(…)} form the first alternative finds.
     */
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s)\"']*))|@import\\s+(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    /** The page served for every missing address, at any depth: its links are absolute paths under the base URL. */
    private static final String NOT_FOUND_PAGE = "404.html";

    private static final String HTML = ".html";
    private static final String SVG = ".svg";
    private static final String CSS = ".css";

    /** Where a CDATA section's content starts, from the section's start. */
    private static final int CDATA_OPENING = "<![CDATA[".length();

    /** What an invalid byte becomes once reported, so that the rest of the file is still checked. */
    private static final char REPLACEMENT = '\uFFFD';

    private final Path root;

    private final boolean validateHtml;

    private final Map<Path, Set<String>> ids = new HashMap<>();

    private int links;

    private SiteChecker(Path root, boolean validateHtml) {
        this.root = root.toAbsolutePath().normalize();
        this.validateHtml = validateHtml;
    }

    /** The result: pages checked, links checked (in pages, SVG images and CSS) and the problems found. */
    public record Result(int pages, int links, List<Problem> problems) {
    }

    /** Every check, including the Nu Html Checker on every page. */
    public static Result check(Path site) throws IOException {
        return new SiteChecker(site, true).run();
    }

    /** Every check but HTML validation. */
    public static Result checkLinks(Path site) throws IOException {
        return new SiteChecker(site, false).run();
    }

    /** What following a URL does, which decides whether it may lead to another host. */
    private enum Use {
        /** A link the reader follows ({@code <a>}, {@code <area>}): another host is fine. */
        FOLLOW,
        /** Loaded with the page (images, scripts, styles, frames, objects, CSS): must be a file of the site. */
        LOAD,
        /** Where a form sends what the reader typed: must be a page of the site. */
        SUBMIT
    }

    /** A checked file: its name within the site, its path, its text and where each of its lines starts. */
    private record Source(String name, Path file, String text, int[] lineStarts) {
        static Source of(String name, Path file, String text) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            return new Source(name, file, text, starts.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The 1-based line of a character offset, counting lines as jsoup and the HTML checker do. */
        long line(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }

        /** The 1-based column, in characters, of a character offset. */
        int column(int offset) {
            return offset - lineStarts[(int) line(offset) - 1] + 1;
        }

        /** A problem at a character offset of the text; a negative offset (unknown) names the file only. */
        Problem at(int offset, String message) {
            return offset < 0 ? Problem.ofFile(name, message) : new Problem(name, line(offset), column(offset), message);
        }
    }

    /** An invalid byte: where its replacement stands in the decoded text, and its value. */
    private record BadByte(int offset, int value) {
    }

    private Result run() throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.ofFile(root.toString(), "not a folder, expected a built site"));
            return new Result(0, 0, problems);
        }
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            problems.add(Problem.ofFile(root.toString(), "no index.html, expected a built site"));
        }
        if (!Files.isRegularFile(root.resolve(org.rebound.site.SiteOutput.MARKER))) {
            problems.add(Problem.ofFile(root.toString(), "no " + org.rebound.site.SiteOutput.MARKER + " marker, expected "
                    + "a folder that Rebound built"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p) && (is(p, HTML) || is(p, SVG) || is(p, CSS)))
                    .sorted().toList();
        }
        List<Path> pages = files.stream().filter(p -> is(p, HTML)).toList();
        if (validateHtml) {
            problems.addAll(HtmlValidation.validate(root, pages));
        }
        for (Path file : files) {
            Source source = read(file, problems);
            if (is(file, HTML)) {
                page(source, problems);
            } else if (is(file, SVG)) {
                content(source, Jsoup.parse(source.text(), "", Parser.xmlParser().setTrackPosition(true)), true,
                        problems);
            } else {
                css(source, source.text(), 0, true, problems);
            }
        }
        return new Result(pages.size(), links, problems);
    }

    private static boolean is(Path file, String extension) {
        return file.getFileName().toString().endsWith(extension);
    }

    /**
     * Reads a file as UTF-8, strictly: every invalid byte is reported with its place, then replaced (U+FFFD)
     * so that the rest of the file is still checked.
     */
    private Source read(Path file, List<Problem> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Room enough: UTF-8 never gives more characters than bytes, nor does one replacement per bad sequence.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        List<BadByte> bad = new ArrayList<>();
        for (CoderResult r = decoder.decode(in, out, true); r.isError(); r = decoder.decode(in, out, true)) {
            bad.add(new BadByte(out.position(), Byte.toUnsignedInt(bytes[in.position()])));
            out.put(REPLACEMENT);
            in.position(in.position() + r.length());
        }
        decoder.flush(out);
        Source source = Source.of(root.relativize(file).toString(), file, out.flip().toString());
        for (BadByte b : bad) {
            problems.add(source.at(b.offset(), String.format(Locale.ROOT,
                    "found an invalid UTF-8 byte 0x%02X at line %d, column %d, expected UTF-8", b.value(),
                    source.line(b.offset()), source.column(b.offset()))));
        }
        return source;
    }

    private void page(Source source, List<Problem> problems) throws IOException {
        Document doc = Jsoup.parse(source.text(), "", Parser.htmlParser().setTrackPosition(true));
        pageMetadata(source.name(), doc, problems);
        // The 404 page's links are absolute paths under the base URL: checked for hosts and scripts, not resolved.
        content(source, doc, !source.name().equals(NOT_FOUND_PAGE), problems);
    }

    private void pageMetadata(String name, Document doc, List<Problem> problems) {
        int h1 = doc.select("h1").size();
        if (h1 != 1) {
            problems.add(Problem.ofFile(name, "found " + h1 + " h1 elements, expected exactly one"));
        }
        if (doc.selectFirst("html[lang]") == null || doc.selectFirst("html").attr("lang").isBlank()) {
            problems.add(Problem.ofFile(name, "no lang attribute on html, expected lang=\"en\""));
        }
        if (!name.equals(NOT_FOUND_PAGE) && doc.select("link[rel=canonical][href^=http]").size() != 1) {
            problems.add(Problem.ofFile(name, "no absolute canonical URL, expected one link rel=canonical"));
        }
        Element description = doc.selectFirst("meta[name=description]");
        if (description == null || description.attr("content").isBlank()) {
            problems.add(Problem.ofFile(name, "no description, expected a meta name=description with content"));
        }
    }

    /**
     * What every element of a page or SVG image links to, loads or runs, in document order; links are
     * resolved to files only when {@code resolve}.
     */
    private void content(Source source, Document doc, boolean resolve, List<Problem> problems) throws IOException {
        for (Element e : doc.getAllElements()) {
            String tag = tag(e);
            if (tag.equals("script")) {
                script(source, e, problems);
            } else if (tag.equals("noscript")) {
                noscript(source, e, problems);
            } else if (ANIMATIONS.contains(tag)) {
                animation(source, tag, e, problems);
            } else if (tag.equals("meta")) {
                refresh(source, e, problems);
            }
            // A meta's content is not a link; the canonical URL is the page's own, absolute.
            boolean links = !tag.equals("meta") && !(tag.equals("link") && e.attr("rel").equals("canonical"));
            for (Attribute a : e.attributes()) {
                attribute(source, tag, a, links, resolve, problems);
            }
            if (tag.equals("style")) {
                styleElement(source, e, resolve, problems);
            }
        }
    }

    /** An element's name, lower case and without a namespace prefix ({@code svg:a} is {@code a}). */
    private static String tag(Element e) {
        return e.tag().localName().toLowerCase(Locale.ROOT);
    }

    /** One attribute: an event handler, CSS, or URLs (checked as links when {@code links}). */
    private void attribute(Source source, String tag, Attribute a, boolean links, boolean resolve,
            List<Problem> problems) throws IOException {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        int valueStart = a.sourceRange().valueRange().startPos();
        if (key.startsWith(HANDLER_PREFIX)) {
            problems.add(source.at(nameStart(a), "<" + tag + "> has an inline event handler " + a.getKey()
                    + ", expected scripts only in the site's own script files"));
        } else if (key.equals("srcdoc")) {
            problems.add(source.at(nameStart(a), "<" + tag + "> has srcdoc, a page written inline, expected a frame "
                    + "(if any) to load a file of the site"));
        } else if (key.equals("ping")) {
            problems.add(source.at(nameStart(a), "<" + tag + "> has ping '" + a.getValue() + "', which tells another "
                    + "address that the link was followed, expected no ping"));
        } else if (key.equals("style")) {
            css(source, a.getValue(), valueStart, resolve, problems);
        } else if (links && URL_ATTRIBUTES.contains(key) && (!key.equals("data") || tag.equals("object"))) {
            url(source, nameStart(a), tag, key, a.getValue(), use(tag, key), resolve, problems);
        } else if (links && SRCSET_ATTRIBUTES.contains(key)) {
            for (Candidate c : candidates(a.getValue())) {
                url(source, valueStart < 0 ? valueStart : valueStart + c.offset(), tag, key, c.url(), Use.LOAD,
                        resolve, problems);
            }
        }
    }

    private static int nameStart(Attribute a) {
        return a.sourceRange().nameRange().startPos();
    }

    private static Use use(String tag, String attribute) {
        if (attribute.equals("action") || attribute.equals("formaction")) {
            return Use.SUBMIT;
        }
        boolean link = attribute.equals("href") || attribute.equals("xlink:href");
        return link && (tag.equals("a") || tag.equals("area")) ? Use.FOLLOW : Use.LOAD;
    }

    /** One image candidate of a {@code srcset}: its URL and where that starts in the attribute's value. */
    private record Candidate(String url, int offset) {
    }

    /**
     * The candidates of a {@code srcset}, split as browsers do: a URL runs to the next whitespace (less any
     * commas ending it), its descriptors to the next comma.
     */
    private static List<Candidate> candidates(String srcset) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && srcset.charAt(end - 1) == ',') {
                end--;
            }
            if (end > start) {
                candidates.add(new Candidate(srcset.substring(start, end), start));
            }
            if (end == i) { // no comma ended the URL: descriptors follow, up to the next comma
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
            }
        }
        return candidates;
    }

    private void url(Source source, int offset, String tag, String attribute, String target, Use use, boolean resolve,
            List<Problem> problems) throws IOException {
        if (runsScript(target)) {
            problems.add(source.at(offset, "<" + tag + "> " + attribute + " '" + target
                    + "' is a javascript: URL, expected a link to a page or a file"));
            return;
        }
        link(source, offset, "<" + tag + ">", use, target, resolve, problems);
    }

    /**
     * Whether a URL runs a script: a {@code javascript:} URL once browsers have dropped what they ignore (tabs
     * and line breaks anywhere, spaces and control characters around it).
     */
    private static boolean runsScript(String url) {
        String cleaned = url.replaceAll("[\\t\\n\\r]", "").trim();
        return cleaned.regionMatches(true, 0, SCRIPT_SCHEME, 0, SCRIPT_SCHEME.length());
    }

    /**
     * A {@code <noscript>} whose text holds {@code </noscript} before its end: a browser running scripts reads its
     * content as text up to there and the rest as markup, which jsoup, parsing it as markup, never sees.
     */
    private static void noscript(Source source, Element e, List<Problem> problems) {
        int start = e.sourceRange().endPos();
        int end = e.endSourceRange().startPos();
        if (start < 0) {
            return;
        }
        int first = source.text().toLowerCase(Locale.ROOT).indexOf("</noscript", start);
        if (first >= 0 && (end < 0 || first < end)) {
            problems.add(source.at(first, "<noscript> holds '</noscript' inside its markup: a browser running scripts "
                    + "ends it there and reads what follows as markup, expected no such text in a noscript"));
        }
    }

    /** An SVG animation that sets an address ({@code href}) can make a link run a script once shown. */
    private static void animation(Source source, String tag, Element e, List<Problem> problems) {
        String target = e.attr("attributeName").strip().toLowerCase(Locale.ROOT);
        if (target.equals("href") || target.endsWith(":href")) {
            problems.add(source.at(e.sourceRange().startPos(), "<" + tag + "> animates " + e.attr("attributeName")
                    + ", expected addresses only as written in the page"));
        }
    }

    /** A {@code <script>} names a file of the site, or is JSON-LD data: anything else runs code inline. */
    private static void script(Source source, Element e, List<Problem> problems) {
        boolean file = SCRIPT_FILE_ATTRIBUTES.stream().anyMatch(e::hasAttr);
        String type = e.attr("type").strip().toLowerCase(Locale.ROOT);
        if (!file && !INLINE_DATA_SCRIPT_TYPES.contains(type)) {
            problems.add(source.at(e.sourceRange().startPos(), "found an inline <script>, expected a script file of"
                    + " the site (src) or JSON-LD data (type=\"application/ld+json\")"));
        }
    }

    /** A page reloads or leaves by itself with {@code <meta http-equiv="refresh">}: the reader should choose. */
    private static void refresh(Source source, Element e, List<Problem> problems) {
        if (e.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
            problems.add(source.at(e.sourceRange().startPos(), "found <meta http-equiv=\"refresh\" content=\""
                    + e.attr("content") + "\">, expected no automatic reload or redirect"));
        }
    }

    /** The CSS of a {@code <style>}: raw data in HTML, text or CDATA in SVG. */
    private void styleElement(Source source, Element e, boolean resolve, List<Problem> problems) throws IOException {
        for (Node n : e.childNodes()) {
            int start = n.sourceRange().startPos();
            if (n instanceof DataNode d) {
                css(source, d.getWholeData(), start, resolve, problems);
            } else if (n instanceof CDataNode c) {
                css(source, c.getWholeText(), start < 0 ? start : start + CDATA_OPENING, resolve, problems);
            } else if (n instanceof TextNode t) {
                css(source, t.getWholeText(), start, resolve, problems);
            }
        }
    }

    /**
     * What CSS ({@code css}, starting at {@code offset} in the file) loads: a file of the site, or a
     * {@code data:} URL, never another host.
     */
    private void css(Source source, String css, int offset, boolean resolve, List<Problem> problems)
            throws IOException {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            String target = m.group(group).strip();
            if (target.isEmpty() || target.regionMatches(true, 0, DATA_SCHEME, 0, DATA_SCHEME.length())) {
                continue;
            }
            String subject = m.group().startsWith("@") ? "CSS @import" : "CSS url()";
            link(source, offset < 0 ? offset : offset + m.start(group), subject, Use.LOAD, target, resolve, problems);
        }
    }

    /**
     * A link of {@code source}, at {@code offset}, by {@code subject} (the element or CSS): it must be well
     * formed, stay on the site unless it is followed, and, when {@code resolve}, lead to a file and fragment.
     */
    private void link(Source source, int offset, String subject, Use use, String target, boolean resolve,
            List<Problem> problems) throws IOException {
        links++;
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException x) {
            problems.add(source.at(offset, "malformed link '" + target + "'"));
            return;
        }
        if (uri.getScheme() != null || target.startsWith("//")) {
            if (use == Use.LOAD) {
                problems.add(source.at(offset, subject + " loads '" + target
                        + "' from another host, expected a file of the site"));
            } else if (use == Use.SUBMIT) {
                problems.add(source.at(offset, subject + " sends to '" + target
                        + "' on another host, expected a page of the site"));
            }
            return;
        }
        if (!resolve) {
            return;
        }
        if (target.startsWith("/")) {
            problems.add(source.at(offset, "absolute path '" + target + "', expected a link relative to the page"));
            return;
        }
        Path file = source.file();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.isEmpty()) {
            file = file.getParent().resolve(path).normalize();
            if (!file.startsWith(root)) {
                problems.add(source.at(offset, "link '" + target + "' leaves the site"));
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                problems.add(source.at(offset, "broken link '" + target + "': no file " + root.relativize(file)));
                return;
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && (is(file, HTML) || is(file, SVG))) {
            if (!ids(file).contains(fragment)) {
                problems.add(source.at(offset, "broken fragment '" + target + "': no id '" + fragment + "' in "
                        + root.relativize(file)));
            }
        }
    }

    /**
     * The ids of a page or SVG image, read leniently: invalid bytes are reported where the file itself is
     * checked.
     */
    private Set<String> ids(Path file) throws IOException {
        Set<String> known = ids.get(file);
        if (known == null) {
            known = new HashSet<>();
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            Document doc = is(file, SVG) ? Jsoup.parse(text, "", Parser.xmlParser()) : Jsoup.parse(text);
            for (Element e : doc.select("[id]")) {
                known.add(e.id());
            }
            ids.put(file, known);
        }
        return known;
    }
}
