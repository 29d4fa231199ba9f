package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.domain.RegisteredSlug;
import org.rebound.problem.InputException;
import org.rebound.support.Fixture;

/**
 * Citations never break: every registered model address without a model page in this edition gets a page saying
 * what happened and where the numbers are (the fixture's site, built from the repository's registry).
 */
class FormerAddressPageTest {
    private static final String BASE = "https://rebound-report.github.io/rebound/";

    @TempDir
    Path tmp;

    private static Document page(String slug) throws IOException {
        Path file = Fixture.site().root().resolve("models/" + slug + "/index.html");
        assertTrue(Files.isRegularFile(file), slug + " has a page");
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void aRenamedModelsOldAddressLeadsToItsNewPage() throws IOException {
        // data/slugs.csv: "Llama 3.3" (llama-3-3), renamed by Epoch "Llama 3.3 70B", which the fixture estimates.
        Document old = page("llama-3-3");
        assertEquals("Llama 3.3", old.selectFirst("h1").text());
        assertEquals(BASE + "models/llama-3-3-70b/", old.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Epoch AI now lists Llama 3.3 (2024-12-06) under another name, Llama 3.3 70B. This address, "
                + "registered in 2026, leads to its page.", old.selectFirst("main p").text());
        assertEquals("../../models/llama-3-3-70b/index.html", old.selectFirst("main p a").attr("href"));
        assertTrue(Files.isRegularFile(Fixture.site().root().resolve("models/llama-3-3-70b/index.html")));
        String sitemap = Files.readString(Fixture.site().root().resolve("sitemap.xml"));
        assertFalse(sitemap.contains("/models/llama-3-3/<"), "an address leading elsewhere is not in the sitemap");
        assertFalse(sitemap.contains("/models/alvinn/<"), "nor one kept alive for citations");
        assertTrue(sitemap.contains("/models/llama-3-3-70b/<"));
    }

    @Test
    void aModelNotEstimatedSaysWhyAndLinksItsSource() throws IOException {
        Document p = page("alexnet");
        assertEquals(BASE + "models/alexnet/", p.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Epoch AI lists AlexNet (2012-09-30), but Rebound 2026 does not estimate it: out of date range: "
                + "2012-09-30 is outside 2013-01-01 – 2026-12-31.", p.selectFirst("main p").text());
        assertEquals("../../models/index.html#excluded", p.selectFirst("main p a").attr("href"));
        assertTrue(p.selectFirst("main ul a").attr("href").startsWith("https://"), "Epoch's source for it");
    }

    @Test
    void aModelEpochNoLongerListsSaysSo() throws IOException {
        Document p = page("alvinn");
        assertEquals("Epoch AI's data, as read for Rebound 2026, no longer lists ALVINN (1989-12-01).",
                p.selectFirst("main p").text());
        assertEquals("../../models/index.html", p.selectFirst("main p a").attr("href"));
    }

    @Test
    void everyRegisteredSlugHasAPage() throws IOException {
        for (RegisteredSlug r : Fixture.site().summary().report().data().slugs()) {
            assertTrue(Files.isRegularFile(Fixture.site().root().resolve("models/" + r.slug() + "/index.html")),
                    r.slug());
        }
    }

    @Test
    void aRenameIsRecordedForTheOneLikeModelOfTheSameDate() throws IOException {
        Optional<LocalDate> day = Optional.of(LocalDate.parse("1968-07-01"));
        RegisteredSlug boxes = new RegisteredSlug("boxes", "BOXES", day, 2026);
        RegisteredSlug pole = new RegisteredSlug("boxes-pole", "Boxes (pole)", day, 2026);
        RegisteredSlug glee = new RegisteredSlug("glee", "GLEE", day, 2026);
        List<org.rebound.domain.NotableModel> now = models("Boxes (pole)", "GLEE");
        assertEquals(List.of(boxes.succeededBy("boxes-pole"), pole, glee),
                Routes.withSuccessors(now, List.of(boxes, pole, glee)));
        // Two like candidates: none is chosen.
        RegisteredSlug pole2 = new RegisteredSlug("boxes-cart", "Boxes (cart)", day, 2026);
        List<org.rebound.domain.NotableModel> two = models("Boxes (pole)", "Boxes (cart)");
        assertEquals(List.of(boxes, pole, pole2), Routes.withSuccessors(two, List.of(boxes, pole, pole2)));
    }

    /** Models of 1968-07-01 with these names, read from an export with the fixture's header and nothing else. */
    private static List<org.rebound.domain.NotableModel> models(String... names) throws IOException {
        String header = Files.readAllLines(Fixture.MODELS).get(0);
        List<String> columns = org.apache.commons.csv.CSVParser.parse(header, org.apache.commons.csv.CSVFormat.RFC4180)
                .getRecords().get(0).toList();
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (String name : names) {
            for (int i = 0; i < columns.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(switch (columns.get(i)) {
                    case "Model" -> name;
                    case "Publication date" -> "1968-07-01";
                    default -> "";
                });
            }
            csv.append('\n');
        }
        return org.rebound.data.EpochReader.read("x.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .models();
    }

    @Test
    void twoRoutesWritingOneFileFailTheBuild() {
        SiteOutput out = SiteOutput.open(tmp.resolve("site"));
        try {
            out.write("models/gpt-3/index.html", "one");
            InputException e = assertThrows(InputException.class, () -> out.write("models/gpt-3/index.html", "two"));
            assertEquals("models/gpt-3/index.html: written twice in one build, expected one file per route: two pages "
                    + "or files of the site have the same address", e.problems().get(0).toString());
        } finally {
            out.abandon();
        }
    }
}
