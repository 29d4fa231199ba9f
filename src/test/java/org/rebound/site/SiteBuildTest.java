package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;
import org.rebound.check.SiteChecker;
import org.rebound.problem.InputException;

/** The repository's own site, built end to end from the sample. */
class SiteBuildTest {
    @TempDir
    Path tmp;

    static Build.Summary build(Path out, Optional<String> models) {
        return Build.run(new Build.Options(Path.of("data"), Path.of("content"), Path.of("templates"), out, models,
                Optional.empty()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        build(a, Optional.empty());
        build(b, Optional.empty());
        List<Path> files = files(a);
        assertEquals(files, files(b));
        assertTrue(files.size() > 100);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
        // And rebuilding into the same folder changes nothing either.
        build(a, Optional.empty());
        for (Path f : files(a)) {
            assertArrayEquals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f)), f.toString());
        }
    }

    @Test
    void theBuiltSitePassesItsChecks() throws IOException {
        Path site = tmp.resolve("site");
        build(site, Optional.empty());
        SiteChecker.Result result = SiteChecker.check(site);
        assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
        assertTrue(result.pages() > 100);
        for (String page : List.of("index.html", "models/index.html", "models/bloom-176b/index.html",
                "gpus/index.html", "gpus/nvidia-a100-sxm4-80gb/index.html", "methodology/index.html", "404.html")) {
            assertTrue(Files.exists(site.resolve(page)), page);
        }
    }

    @Test
    void downloadsHaveTheDocumentedColumnsOneRowPerModelSorted() throws IOException {
        Path site = tmp.resolve("site");
        Build.Summary summary = build(site, Optional.empty());
        List<String> csv = Files.readAllLines(site.resolve("data/models.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertTrue(header.containsAll(List.of("slug", "model", "organization", "publication_date", "hardware",
                "hardware_quantity", "country", "gpu_hours", "gpu_hours_method", "energy_kwh", "gwp_kgco2e",
                "gwp_embodied_kgco2e", "gwp_use_kgco2e", "adpe_kgsbeq", "adpe_embodied_kgsbeq", "adpe_use_kgsbeq",
                "pe_mj")), header.toString());
        assertEquals(summary.report().estimates().size() + 1, Files.readAllLines(site.resolve("data/models.csv")).size()
                - multiLineCells(site.resolve("data/models.csv")));
        String json = Files.readString(site.resolve("data/models.json"));
        assertTrue(json.contains("\"slug\" : \"bloom-176b\""));
        assertTrue(json.contains("\"energy_kwh\" : 517571"), "BLOOM's energy, 6 significant digits");
        List<String> excluded = Files.readAllLines(site.resolve("data/excluded.csv"));
        assertEquals("model,reason,detail,publication_date,hardware,source_line", excluded.get(0));
        assertEquals("AlexNet,out of date range,2012-09-30 is outside 2013-01-01 – 2026-12-31,2012-09-30,"
                + "NVIDIA GeForce GTX 580,42", excluded.get(1));
    }

    private static int multiLineCells(Path csv) throws IOException {
        String text = Files.readString(csv);
        int quotes = 0;
        int breaks = 0;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quotes++;
            } else if (c == '\n' && quotes % 2 == 1) {
                breaks++;
            }
        }
        return breaks;
    }

    @Test
    void everyStringFromTheDataIsEscaped() throws IOException {
        Path models = tmp.resolve("models.csv");
        List<String> lines = Files.readAllLines(Path.of("data/notable-models-sample.csv"), StandardCharsets.UTF_8);
        String bloom = lines.stream().filter(l -> l.startsWith("BLOOM-176B,")).findFirst().orElseThrow();
        Files.writeString(models, lines.get(0) + "\n" + bloom.replace("BLOOM-176B,\"Hugging Face,BigScience\"",
                "<script>alert(1)</script>,\"<b>Evil</b> & Co\"") + "\n", StandardCharsets.UTF_8);
        Path site = tmp.resolve("site");
        build(site, Optional.of(models.toString()));
        Path page = site.resolve("models/script-alert-1-script/index.html");
        String html = Files.readString(page);
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertFalse(html.contains("<b>Evil</b>"));
        Document doc = Jsoup.parse(html);
        assertEquals("<script>alert(1)</script>", doc.selectFirst("h1").text());
        assertTrue(doc.select("script").stream().allMatch(s -> s.hasAttr("src")), "only our own script file");
        assertTrue(doc.select("b").isEmpty());
        for (Path f : files(site)) {
            if (f.toString().endsWith(".html") || f.toString().endsWith(".svg")) {
                assertFalse(Files.readString(site.resolve(f)).contains("<script>alert"), f.toString());
            }
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAndAForeignFolderIsNeverReplaced() throws IOException {
        Path site = tmp.resolve("site");
        build(site, Optional.empty());
        byte[] index = Files.readAllBytes(site.resolve("index.html"));
        assertThrows(InputException.class, () -> build(site, Optional.of(tmp.resolve("missing.csv").toString())));
        assertArrayEquals(index, Files.readAllBytes(site.resolve("index.html")));

        Path foreign = tmp.resolve("documents");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "precious");
        InputException e = assertThrows(InputException.class, () -> build(foreign, Optional.empty()));
        assertTrue(e.getMessage().contains("was not made by Rebound"), e.getMessage());
        assertEquals("precious", Files.readString(foreign.resolve("thesis.txt")));
    }
}
