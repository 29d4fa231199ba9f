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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;
import org.rebound.check.SiteChecker;
import org.rebound.problem.InputException;
import org.rebound.support.Fixture;

/** The site built end to end: the fixture's (shared, see {@link Fixture}) and, where it must be written, a fresh one. */
class SiteBuildTest {
    @TempDir
    Path tmp;

    /** Builds {@code models} (else the edition's pinned export) from the live {@code data/}: for {@code FullExportIT}. */
    static Build.Summary build(Path out, Optional<String> models) {
        return build(org.rebound.support.Project.liveData(), out, models);
    }

    static Build.Summary build(Path data, Path out, Optional<String> models) {
        return Build.run(Build.Options.builder().data(data).out(out).models(models).build(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /**
     * Building the fixture again into a folder that holds its site (a copy of the shared build, made in
     * another folder earlier in this JVM) gives the same files, byte for byte: nothing left over, nothing
     * depending on the folder or on an earlier build. The golden pages check the same across JVMs.
     */
    @Test
    void buildingAgainGivesTheSameBytes() throws IOException {
        Path shared = Fixture.site().root();
        assertTrue(files(shared).size() > 100, files(shared).size() + " files");
        Path again = copy(shared, tmp.resolve("again"));
        Files.writeString(again.resolve("stale.html"), "from an older build");
        Fixture.build(again);
        assertSameFiles(shared, again);
    }

    private static Path copy(Path from, Path to) throws IOException {
        for (Path f : files(from)) {
            Files.createDirectories(to.resolve(f).getParent());
            Files.copy(from.resolve(f), to.resolve(f));
        }
        return to;
    }

    private static void assertSameFiles(Path expected, Path found) throws IOException {
        List<Path> files = files(expected);
        assertEquals(files, files(found));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(found.resolve(f)), f.toString());
        }
    }

    /**
     * Links, fragments and page metadata of the fixture site; the Nu HTML validation of a whole site is slow
     * and runs in {@code SiteCheckIT} ({@code mvn verify}).
     */
    @Test
    void theFixtureSitePassesItsLinkAndMetadataChecks() throws IOException {
        Path site = Fixture.site().root();
        SiteChecker.Result result = SiteChecker.checkLinks(site);
        assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
        assertTrue(result.pages() > 100, result.pages() + " pages");
        for (String page : List.of("index.html", "models/index.html", "models/bloom-176b/index.html",
                "gpus/index.html", "gpus/nvidia-a100-sxm4-80gb/index.html", "methodology/index.html", "404.html")) {
            assertTrue(Files.exists(site.resolve(page)), page);
        }
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void downloadsHaveTheDocumentedColumnsOneRowPerModelSorted() throws IOException {
        Path site = Fixture.site().root();
        List<String> csv = Files.readAllLines(site.resolve("data/models.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertTrue(header.containsAll(List.of("slug", "model", "organization", "publication_date", "hardware",
                "hardware_quantity", "country", "gpu_hours", "gpu_hours_method", "energy_kwh", "gwp_kgco2e",
                "gwp_embodied_kgco2e", "gwp_use_kgco2e", "adpe_kgsbeq", "adpe_embodied_kgsbeq", "adpe_use_kgsbeq",
                "pe_mj")), header.toString());
        // One row per estimated model, by publication date then slug; the fixture lists them newest first,
        // so a download in file order would fail here. Of the two "Transformer" rows, the real one (2017) keeps the
        // address data/slugs.csv registered for it; the fixture's renamed 2014 row, new, gets the next free one.
        List<CSVRecord> models = records(site.resolve("data/models.csv"));
        assertEquals(List.of("transformer-2", "transformer", "alphago-zero", "stylegan", "gpt-3-175b-davinci",
                "gopher-280b", "ernie-3-0-titan", "bloom-176b", "claude-2", "llama-3-3-70b"),
                models.stream().map(r -> r.get("slug")).toList());
        assertEquals(List.of("2014-09-04", "2017-06-12", "2017-10-18", "2018-12-12", "2020-05-28", "2021-12-08",
                "2021-12-23", "2022-07-11", "2023-07-11", "2024-12-06"), models.stream().map(r -> r.get("publication_date")).toList());
        assertEquals(Fixture.site().summary().report().estimates().size(), models.size());
        String json = Files.readString(site.resolve("data/models.json"));
        assertTrue(json.contains("\"slug\" : \"bloom-176b\""));
        // The study's choices beside the best estimate: BLOOM at TDP × 1 and the method's PUE, not Jean Zay's.
        CSVRecord bloom = models.stream().filter(r -> r.get("slug").equals("bloom-176b")).findFirst().orElseThrow();
        org.rebound.estimate.Estimate bloomStudy = Fixture.site().summary().report().study().estimation().estimates()
                .stream().filter(e -> e.model().name().equals("BLOOM-176B")).findFirst().orElseThrow();
        assertEquals(bloomStudy.energyKwh(), Double.parseDouble(bloom.get("energy_kwh_study")),
                1e-5 * bloomStudy.energyKwh());
        assertEquals(bloomStudy.gpuHours().value(), Double.parseDouble(bloom.get("gpu_hours_study")),
                1e-5 * bloomStudy.gpuHours().value(), "six significant digits");
        assertTrue(Double.parseDouble(bloom.get("energy_kwh_study")) > Double.parseDouble(bloom.get("energy_kwh")),
                "the study's TDP × 1 above the best estimate's median draw");
        assertTrue(json.contains("\"energy_kwh\" : 454219"), "BLOOM's energy, 6 significant digits (its published GPU-hours on its A100 at the measured draws' median share of TDP)");
        // Claude 2, whose row names no hardware, is estimated on an imputed card, and says so; AlexNet is excluded.
        List<String> excluded = Files.readAllLines(site.resolve("data/excluded.csv"));
        assertEquals(List.of("model,reason,detail,publication_date,hardware,source_line",
                "AlexNet,out of date range,2012-09-30 is outside 2013-01-01 – 2026-12-31,2012-09-30,"
                        + "NVIDIA GeForce GTX 580,12"), excluded);
        assertEquals(List.of("", "", "", "", "", "", "", "", "cards of the year", ""),
                models.stream().map(r -> r.get("hardware_imputed")).toList());
        assertEquals("", models.get(8).get("hardware"), "Epoch names none");
        assertTrue(!models.get(8).get("card_id").isEmpty(), "the card imputed");
    }

    @Test
    void everyStringFromTheDataIsEscaped() throws IOException {
        Path models = tmp.resolve("models.csv");
        List<String> lines = Files.readAllLines(Fixture.SAMPLE, StandardCharsets.UTF_8);
        String bloom = lines.stream().filter(l -> l.startsWith("BLOOM-176B,")).findFirst().orElseThrow();
        Files.writeString(models, lines.get(0) + "\n" + bloom.replace("BLOOM-176B,\"Hugging Face,BigScience\"",
                "<script>alert(1)</script>,\"<b>Evil</b> & Co\"") + "\n", StandardCharsets.UTF_8);
        Path site = tmp.resolve("site");
        build(org.rebound.support.Project.data(), site, Optional.of(models.toString()));
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
        Path site = copy(Fixture.site().root(), tmp.resolve("site"));
        assertThrows(InputException.class, () -> build(org.rebound.support.Project.data(), site,
                Optional.of(tmp.resolve("missing.csv").toString())));
        assertSameFiles(Fixture.site().root(), site);

        Path foreign = tmp.resolve("documents");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("thesis.txt"), "precious");
        InputException e = assertThrows(InputException.class, () -> Fixture.build(foreign));
        assertTrue(e.getMessage().contains("was not made by Rebound"), e.getMessage());
        assertEquals(List.of(Path.of("thesis.txt")), files(foreign));
        assertEquals("precious", Files.readString(foreign.resolve("thesis.txt")));
    }

    /**
     * Without {@code --models} the build reads the edition's pinned export and refuses any other bytes: an edition is
     * rebuilt from exactly the file it was published from.
     */
    @Test
    void thePinnedExportIsRefusedWhenItsBytesChanged() throws IOException {
        Path data = tmp.resolve("data");
        org.rebound.support.Trees.copy(org.rebound.support.Project.data(), data);
        Path pinned = data.resolve("epoch/notable_ai_models_2026-07-19.csv");
        Files.createDirectories(pinned.getParent());
        Files.copy(org.rebound.support.Fixture.EPOCH_2026, pinned);
        Files.writeString(pinned, Files.readString(pinned, StandardCharsets.UTF_8).replace("GPT-3 175B (davinci)",
                "GPT-3 175B"), StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Build.run(Build.Options.builder().data(data)
                .out(tmp.resolve("site")).build(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        String sha = org.rebound.data.EpochReader.read("x", Files.readAllBytes(pinned)).sha256();
        assertEquals(pinned + ": sha256 is " + sha + ", expected "
                + "c5a262f52d614d11d7b6f0e5e2ac07d3501cfd7d325d92895bb2c5a9190ed860 (models-sha256 of edition.yaml): the "
                + "edition's pinned export must not change; to build another export, give it with --models",
                e.problems().get(0).toString());
        assertFalse(Files.exists(tmp.resolve("site")));
    }
}
