package org.rebound.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Hugo site that renders the same pages as a built Rebound site: each page's {@code <main>} body as content under a
 * one-file layout, so that the two generators are timed on the same pages (the yardstick the speed targets are stated
 * against; the same twin as the team's {@code hugo-twin.py}).
 */
final class HugoTwin {
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

    private HugoTwin() {
    }

    /** Writes the twin of {@code site} into {@code twin}; returns how many pages it holds. */
    static int write(Path site, Path twin) throws IOException {
        Files.createDirectories(twin.resolve("layouts/_default"));
        Files.writeString(twin.resolve("hugo.toml"), "baseURL=\"https://example.org/rebound/\"\n"
                + "disableKinds=[\"taxonomy\",\"term\",\"RSS\",\"sitemap\"]\n");
        Files.writeString(twin.resolve("layouts/_default/baseof.html"), "<!doctype html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>{{ .Title }}</title><link rel=\"stylesheet\" href=\"{{ "
                + "\"assets/style.css\" | relURL }}\"></head><body><header><nav><a href=\"{{ \"/\" | relURL }}\">Rebound"
                + "</a></nav></header>{{ block \"main\" . }}{{ end }}<footer>{{ .Site.Title }}</footer></body></html>");
        for (String kind : List.of("single", "list")) {
            Files.writeString(twin.resolve("layouts/_default/" + kind + ".html"),
                    "{{ define \"main\" }}<main>{{ .Content }}</main>{{ end }}");
        }
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
        Set<String> withChildren = new HashSet<>();
        for (String p : pages) {
            if (p.chars().filter(c -> c == '/').count() >= 2) {
                withChildren.add(parent(parent(p)));
            }
        }
        for (String rel : pages) {
            String html = Files.readString(site.resolve(rel), StandardCharsets.UTF_8);
            Matcher t = TITLE.matcher(html);
            Matcher m = MAIN.matcher(html);
            String title = (t.find() ? t.group(1) : rel).replace("\"", "\\\"").replace('\n', ' ');
            String dir = parent(rel);
            String out;
            if (rel.equals("index.html")) {
                out = "content/_index.html";
            } else if (rel.endsWith("/index.html")) {
                out = "content/" + dir + "/" + (withChildren.contains(dir) ? "_index.html" : "index.html");
            } else {
                out = "content/" + rel;
            }
            Path file = twin.resolve(out);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: \"" + title + "\"\n---\n" + (m.find() ? m.group(1) : html));
        }
        return pages.size();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
