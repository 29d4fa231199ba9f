package org.rebound.check;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rebound.problem.Problem;

/** Checks every HTML page of a built site. */
public final class SiteChecker {
    private final Path root;

    private final boolean validateHtml;

    private SiteChecker(Path root, boolean validateHtml) {
        this.root = root.toAbsolutePath().normalize();
        this.validateHtml = validateHtml;
    }

    /** The result: pages checked and the problems found, each naming its file. */
    public record Result(int pages, int links, List<Problem> problems) {
    }

    /** Every check, including the Nu Html Checker on every page. */
    public static Result check(Path site) throws IOException {
        return new SiteChecker(site, true).run();
    }

    /** Links and page metadata only, without HTML validation. */
    public static Result checkLinks(Path site) throws IOException {
        return new SiteChecker(site, false).run();
    }

    private Result run() throws IOException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.ofFile(root.toString(), "not a folder, expected a built site"));
            return new Result(0, 0, problems);
        }
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int links = 0;
        if (validateHtml) {
            problems.addAll(HtmlValidation.validate(root, pages));
        }
        for (Path page : pages) {
            Document doc = document(page);
            String name = root.relativize(page).toString();
            pageMetadata(name, doc, problems);
            if (name.equals("404.html")) {
                continue; // served at any depth: its links are absolute paths under the base URL
            }
            for (Element e : doc.select("[href], [src]")) {
                String attribute = e.hasAttr("href") ? "href" : "src";
                String target = e.attr(attribute);
                if (e.tagName().equals("link") && e.attr("rel").equals("canonical")
                        || e.tagName().equals("meta")) {
                    continue;
                }
                links++;
                link(name, page, e, target, problems);
            }
        }
        return new Result(pages.size(), links, problems);
    }

    private void pageMetadata(String name, Document doc, List<Problem> problems) {
        int h1 = doc.select("h1").size();
        if (h1 != 1) {
            problems.add(Problem.ofFile(name, "found " + h1 + " h1 elements, expected exactly one"));
        }
        if (doc.selectFirst("html[lang]") == null || doc.selectFirst("html").attr("lang").isBlank()) {
            problems.add(Problem.ofFile(name, "no lang attribute on html, expected lang=\"en\""));
        }
        if (!name.equals("404.html") && doc.select("link[rel=canonical][href^=http]").size() != 1) {
            problems.add(Problem.ofFile(name, "no absolute canonical URL, expected one link rel=canonical"));
        }
        Element description = doc.selectFirst("meta[name=description]");
        if (description == null || description.attr("content").isBlank()) {
            problems.add(Problem.ofFile(name, "no description, expected a meta name=description with content"));
        }
    }

    private void link(String name, Path page, Element e, String target, List<Problem> problems) throws IOException {
        URI uri;
        try {
            uri = new URI(target);
        } catch (URISyntaxException x) {
            problems.add(Problem.ofFile(name, "malformed link '" + target + "'"));
            return;
        }
        boolean resource = !e.tagName().equals("a");
        if (uri.getScheme() != null || target.startsWith("//")) {
            if (resource) {
                problems.add(Problem.ofFile(name, "<" + e.tagName() + "> loads '" + target
                        + "' from another host, expected a file of the site"));
            }
            return;
        }
        if (target.startsWith("/")) {
            problems.add(Problem.ofFile(name, "absolute path '" + target + "', expected a link relative to the page"));
            return;
        }
        Path file = page;
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.isEmpty()) {
            file = page.getParent().resolve(path).normalize();
            if (!file.startsWith(root)) {
                problems.add(Problem.ofFile(name, "link '" + target + "' leaves the site"));
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.ofFile(name, "broken link '" + target + "': no file " + root.relativize(file)));
                return;
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            if (!ids(file).contains(fragment)) {
                problems.add(Problem.ofFile(name, "broken fragment '" + target + "': no id '" + fragment + "' in "
                        + root.relativize(file)));
            }
        }
    }

    private final Map<Path, Set<String>> ids = new HashMap<>();

    private Set<String> ids(Path file) throws IOException {
        Set<String> known = ids.get(file);
        if (known == null) {
            known = new HashSet<>();
            for (Element e : document(file).select("[id]")) {
                known.add(e.id());
            }
            ids.put(file, known);
        }
        return known;
    }

    private static Document document(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }
}
