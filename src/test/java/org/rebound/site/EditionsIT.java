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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;
import org.rebound.check.SiteChecker;
import org.rebound.problem.InputException;

/**
 * Publishing an edition: frozen once, copied unchanged into every later build, cited at its permanent address.
 * An integration test ({@code mvn verify}): three whole builds, the later one from Epoch's 2025 export pinned in
 * {@code data/epoch/} (other data than the edition's, as a later year's build would read).
 * <p>Tagged {@code live-data}: it builds from the live {@code data/} (the real edition), not the tests' frozen copy.
 */
@Tag("live-data")
class EditionsIT {
    private static final String BASE = "https://rebound-report.github.io/rebound/";

    @TempDir
    Path tmp;

    private static String build(Path out, Optional<String> models, Path editions, boolean freeze) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Build.run(Build.Options.builder().out(out).models(models).editions(Optional.of(editions)).freeze(freeze)
                .build(), new PrintStream(log, true, StandardCharsets.UTF_8));
        return log.toString(StandardCharsets.UTF_8);
    }

    static String citationUrl(Path page) throws IOException {
        Document d = Jsoup.parse(page.toFile(), "UTF-8");
        return d.selectFirst("meta[name=citation_public_url]").attr("content");
    }

    @Test
    void aPublishedEditionStaysByteForByteThroughLaterBuilds() throws IOException {
        Path editions = tmp.resolve("editions");
        Path first = tmp.resolve("first");
        String log = build(first, Optional.empty(), editions, true);
        assertTrue(log.contains("Published edition 2026 in " + editions.resolve("2026")), log);
        Path frozen = editions.resolve("2026");
        assertArchive(frozen);
        // The frozen copy cites and canonicalises its permanent address; the root cites it too.
        assertEquals(BASE + "editions/2026/models/bloom-176b/", citationUrl(frozen.resolve("models/bloom-176b/index.html")));
        assertEquals(BASE + "editions/2026/models/bloom-176b/", citationUrl(first.resolve("models/bloom-176b/index.html")));
        assertEquals(BASE + "editions/2026/models/bloom-176b/", Jsoup.parse(frozen.resolve("models/bloom-176b/index.html")
                .toFile(), "UTF-8").selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(BASE + "models/bloom-176b/", Jsoup.parse(first.resolve("models/bloom-176b/index.html")
                .toFile(), "UTF-8").selectFirst("link[rel=canonical]").attr("href"));
        assertFalse(Files.exists(frozen.resolve("404.html")), "only the root has a 404 page");

        // A later build from other data: the root changes, the published edition does not.
        Path later = tmp.resolve("later");
        String laterLog = build(later, Optional.of(Path.of("data/epoch/notable_ai_models_2025-02-24.csv").toString()), editions, false);
        assertTrue(laterLog.contains("warning: edition 2026 was published from data sha256"), laterLog);
        List<Path> frozenFiles = SiteBuildTest.files(frozen).stream()
                .filter(p -> !p.toString().equals(SiteOutput.MARKER) && !p.toString().equals(SiteOutput.EDITION_MARKER))
                .toList();
        assertEquals(frozenFiles, SiteBuildTest.files(later.resolve("editions/2026")));
        for (Path f : frozenFiles) {
            assertArrayEquals(Files.readAllBytes(frozen.resolve(f)), Files.readAllBytes(later.resolve("editions/2026")
                    .resolve(f)), f.toString());
        }
        assertFalse(Files.readString(later.resolve("data/models.csv")).equals(Files.readString(frozen
                .resolve("data/models.csv"))), "the root was rebuilt from the other data");
        assertEquals(List.of(), SiteChecker.checkLinks(later).problems().stream().map(Object::toString).toList());
        Document about = Jsoup.parse(later.resolve("about/index.html").toFile(), "UTF-8");
        assertEquals("../editions/2026/index.html", about.selectFirst("#editions ~ div table tbody th a").attr("href"));

        // Publishing the same year again is refused, and nothing is touched.
        InputException e = assertThrows(InputException.class, () -> build(tmp.resolve("again"), Optional.empty(),
                editions, true));
        assertEquals(frozen + ": edition 2026 is already published here, expected a year not yet published: a "
                + "published edition is never rebuilt; raise 'year' in data/edition.yaml for a new edition",
                e.problems().get(0).toString());
        assertFalse(Files.exists(tmp.resolve("again")));

        // A published edition that changed is refused, not copied: its MANIFEST says what it was published with.
        Path page = frozen.resolve("models/bloom-176b/index.html");
        Files.writeString(page, Files.readString(page).replace("BLOOM", "BLOOM!"));
        InputException changed = assertThrows(InputException.class, () -> build(tmp.resolve("after"), Optional.empty(),
                editions, false));
        assertTrue(changed.problems().get(0).toString().startsWith(page + ": sha256 is "), changed.getMessage());
        assertTrue(changed.problems().get(0).toString().endsWith("as the edition's MANIFEST says: a published edition "
                + "never changes"), changed.getMessage());
    }

    /**
     * The archive a library would keep, beside the frozen site and its downloads: the export byte for byte, the
     * report as PDF, CITATION.cff, Zenodo metadata, and a MANIFEST of every file's sha256 (issue 16).
     */
    private static void assertArchive(Path frozen) throws IOException {
        assertEquals(List.of(), EditionArchive.verify(frozen));
        List<String> manifest = Files.readAllLines(frozen.resolve("MANIFEST"));
        assertEquals(SiteBuildTest.files(frozen).size() - 3, manifest.size(), "every file but MANIFEST and the two "
                + "markers (the site's and the published edition's)");
        assertTrue(Files.exists(frozen.resolve(SiteOutput.EDITION_MARKER)), "a frozen edition is marked as one");
        assertTrue(manifest.contains("c5a262f52d614d11d7b6f0e5e2ac07d3501cfd7d325d92895bb2c5a9190ed860  "
                + "input/notable_ai_models_2026-07-19.csv"), "the pinned export, byte for byte");
        assertArrayEquals(Files.readAllBytes(org.rebound.support.Fixture.EPOCH_2026),
                Files.readAllBytes(frozen.resolve("input/notable_ai_models_2026-07-19.csv")));
        byte[] pdf = Files.readAllBytes(frozen.resolve("rebound-2026.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 20_000, "a printed report, " + pdf.length + " bytes");
        com.fasterxml.jackson.databind.JsonNode cff = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(frozen.resolve("CITATION.cff").toFile());
        assertEquals("1.2.0", cff.path("cff-version").asText());
        assertEquals("2026", cff.path("version").asText());
        assertEquals("2026-12-07", cff.path("date-released").asText());
        assertEquals("CC-BY-4.0", cff.path("license").asText());
        assertEquals("dataset", cff.path("type").asText());
        assertEquals(BASE + "editions/2026/", cff.path("url").asText());
        com.fasterxml.jackson.databind.JsonNode zenodo = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(frozen.resolve("zenodo.json").toFile());
        assertEquals("dataset", zenodo.path("upload_type").asText());
        assertEquals("cc-by-4.0", zenodo.path("license").asText());
        assertEquals("2026-12-07", zenodo.path("publication_date").asText());
        assertEquals("isDerivedFrom https://epoch.ai/data/notable-ai-models; references arXiv:2510.09022",
                zenodo.path("related_identifiers").get(0).path("relation").asText() + " "
                + zenodo.path("related_identifiers").get(0).path("identifier").asText() + "; "
                + zenodo.path("related_identifiers").get(1).path("relation").asText() + " "
                + zenodo.path("related_identifiers").get(1).path("identifier").asText());
    }
}
