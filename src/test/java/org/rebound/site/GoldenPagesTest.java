package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rebound.support.Fixture;

/**
 * The fixture site, page for page, byte for byte, against {@code src/test/resources/golden/}: any change to
 * what a reader sees shows up here as a diff to review. {@code mvn test -Dgolden.update=true} rewrites the
 * goldens from the current code and then fails once, so that an update is never silent.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String UPDATE = "golden.update";
    private static final String HOW_TO_UPDATE = "If the change is intended: mvn test -Dgolden.update=true, then review "
            + "git diff " + GOLDEN + " and commit it.";

    /**
     * The pages compared: one of each kind (a test holds it to {@code SiteWriter.kinds()}), both GPU-hours methods,
     * and the main downloads.
     */
    static final List<String> PAGES = List.of(
            "index.html",
            "models/index.html",
            "models/bloom-176b/index.html",    // GPU-h1: training time × cards
            "models/llama-3-3-70b/index.html", // GPU-h2: compute ÷ (peak × ratio)
            "models/llama-3-3/index.html",     // an address kept: a model Epoch renamed
            "models/claude-2/index.html",      // hardware imputed: its row names none
            "organisations/bigscience/index.html",
            "glossary/index.html",
            "gpus/index.html",
            "gpus/nvidia-a100-sxm4-80gb/index.html",
            "trends/index.html",
            "trends/data/index.html",
            "scenarios/index.html",
            "validation/index.html",
            "methodology/index.html",
            "data/index.html",
            "about/index.html",
            "search/index.html",
            "404.html",
            "search/search-index.js",
            "sitemap.xml",
            "data/models.csv");

    @Test
    void everyPageKindHasAGoldenPage() {
        java.util.Map<String, List<String>> byKind = new SiteWriter(Path.of("templates"), Path.of("content"))
                .pagesByKind(Fixture.site().summary().report());
        List<String> missing = byKind.entrySet().stream().filter(k -> !k.getValue().isEmpty())
                .filter(k -> k.getValue().stream().noneMatch(PAGES::contains)).map(java.util.Map.Entry::getKey).toList();
        assertEquals(List.of(), missing, "page kinds without a golden page: add one of theirs to PAGES");
    }

    @Test
    void theFixtureSiteMatchesItsGoldenPages() throws IOException {
        Path site = Fixture.site().root();
        if (Boolean.getBoolean(UPDATE)) {
            for (String stale : goldenFiles()) {
                if (!PAGES.contains(stale)) {
                    Files.delete(GOLDEN.resolve(stale));
                }
            }
            for (String page : PAGES) {
                Path golden = GOLDEN.resolve(page);
                Files.createDirectories(golden.getParent());
                Files.write(golden, Files.readAllBytes(site.resolve(page)));
            }
            fail("golden pages updated, review the diff: git diff " + GOLDEN + " (run again without -D" + UPDATE
                    + " to pass)");
        }
        List<String> differences = new ArrayList<>();
        for (String page : PAGES) {
            Path golden = GOLDEN.resolve(page);
            if (!Files.exists(golden)) {
                differences.add(golden + ": missing");
                continue;
            }
            byte[] expected = Files.readAllBytes(golden);
            byte[] found = Files.readAllBytes(site.resolve(page));
            if (!Arrays.equals(expected, found)) {
                differences.add(firstDifference(golden, expected, found));
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + PAGES.size() + " golden pages differ from the fixture site:\n"
                    + String.join("\n", differences) + "\n" + HOW_TO_UPDATE);
        }
    }

    /** Every file of the golden folder is compared: none is left over from a page no longer listed. */
    @Test
    void theGoldenFolderHoldsOnlyTheComparedPagesAndItsReadme() throws IOException {
        assertEquals(PAGES.stream().sorted().toList(), goldenFiles(), HOW_TO_UPDATE);
    }

    /** The golden files, relative, '/'-separated, sorted; the README aside. */
    private static List<String> goldenFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            return walk.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("README.md")).sorted().toList();
        }
    }

    /** "file:line:column: expected … found …" at the first difference (or the first byte, if no line does). */
    static String firstDifference(Path golden, byte[] expected, byte[] found) {
        String[] a = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(found, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String e = i < a.length ? a[i] : "(end of file)";
            String f = i < b.length ? b[i] : "(end of file)";
            if (!e.equals(f)) {
                int column = 0;
                while (column < e.length() && column < f.length() && e.charAt(column) == f.charAt(column)) {
                    column++;
                }
                return golden + ":" + (i + 1) + ":" + (column + 1) + ": first difference\n  expected: "
                        + around(e, column) + "\n  found:    " + around(f, column);
            }
        }
        return golden + ": same lines, different bytes (" + expected.length + " bytes expected, " + found.length
                + " found)";
    }

    /** The part of a long line around a column. */
    private static String around(String line, int column) {
        int from = Math.max(0, column - 80);
        int to = Math.min(line.length(), column + 160);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }
}
