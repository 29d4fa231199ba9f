package org.rebound.site;

import org.rebound.domain.Indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.Build;
import org.rebound.support.Fixture;

/** The data, about and search pages and the data tables of the charts, on the fixture's site. */
class SitePagesTest {
    static Path site;
    static Build.Summary summary;

    @BeforeAll
    static void build() {
        site = Fixture.site().root();
        summary = Fixture.site().summary();
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }

    private static List<String> header(String file) throws IOException {
        try (CSVParser p = CSVParser.parse(site.resolve(file), java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getHeaderNames();
        }
    }

    @Test
    void theDataPageDocumentsEveryColumnOfEveryDownload() throws IOException {
        Document data = page("data/index.html");
        for (String file : List.of("models.csv", "excluded.csv", "gpus.csv", "trends.csv", "gpu-hours-validation.csv",
                "published-footprints.csv")) {
            Element table = data.select("caption").stream().filter(c -> c.text().equals("Columns of " + file))
                    .findFirst().orElseThrow(() -> new AssertionError("no columns table for " + file)).parent();
            List<String> documented = new ArrayList<>();
            for (Element row : table.select("tbody tr")) {
                documented.add(row.selectFirst("th").text());
                assertTrue(row.selectFirst("td").text().length() > 5, file + " " + row.text());
            }
            assertEquals(header("data/" + file), documented, file);
            assertTrue(data.select("a[href=" + file + "]").size() == 1, "a link to " + file);
        }
    }

    @Test
    void theDataPageCarriesADatasetInJsonLd() throws IOException {
        Element script = page("data/index.html").selectFirst("script[type=application/ld+json]");
        JsonNode d = new ObjectMapper().readTree(script.data());
        assertEquals("Dataset", d.get("@type").asText());
        assertEquals("https://rebound-report.github.io/rebound/data/", d.get("url").asText());
        assertEquals("Epoch AI", d.get("isBasedOn").get("creator").get("name").asText());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", d.get("isBasedOn").get("license").asText());
        List<String> urls = new ArrayList<>();
        d.get("distribution").forEach(f -> urls.add(f.get("contentUrl").asText()));
        assertEquals(9, urls.size(), "models.csv and .json, excluded, gpus, trends, validation fits and pairs, published footprints, power");
        assertTrue(urls.contains("https://rebound-report.github.io/rebound/data/models.json"), urls.toString());
    }

    @Test
    void theSearchIndexHoldsEveryModelAndCardWithWorkingLinks() throws IOException {
        String js = Files.readString(site.resolve("search/search-index.js"));
        String prefix = "window.REBOUND_SEARCH = (window.REBOUND_SEARCH || []).concat(";
        assertTrue(js.contains(", part 1 of 1.\n"), "the fixture's index is one file");
        JsonNode index = new ObjectMapper().readTree(js.substring(js.indexOf(prefix) + prefix.length(), js.lastIndexOf(')')));
        long organisations = summary.report().estimates().stream()
                .flatMap(e -> java.util.Arrays.stream(e.model().organization().split(","))).map(String::strip)
                .filter(o -> !o.isEmpty()).distinct().count();
        long excluded = summary.report().estimation().exclusions().stream()
                .filter(x -> !x.model().name().isBlank()).count();
        assertEquals(summary.report().estimates().size() + excluded + summary.report().hardware().cards().size()
                + organisations,
                index.size(), "every model read, every card, every organisation");
        JsonNode bloom = null;
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (JsonNode e : index) {
            kinds.add(e.get("k").asText());
            String target = e.get("u").asText().replaceAll("[?#].*$", "");
            assertTrue(Files.exists(site.resolve(target)), e.toString());
            if (e.get("t").asText().equals("BLOOM-176B")) {
                bloom = e;
            }
        }
        assertEquals("models/bloom-176b/index.html", bloom.get("u").asText());
        assertEquals("model", bloom.get("k").asText());
        assertEquals(java.util.Set.of("model", "not estimated", "card", "organisation"), kinds);
        // The page works without JavaScript: it says where to look instead.
        assertTrue(page("search/index.html").select("noscript").html().contains("models/index.html"));
    }

    @Test
    void theAboutPageSaysHowToCiteListsTheEditionAndTheChanges() throws IOException {
        Document about = page("about/index.html");
        assertEquals(1, about.select("h1").size());
        assertTrue(about.selectFirst("#cite ~ p.cite").text().startsWith("Rebound contributors (2026). Rebound 2026"),
                about.selectFirst("#cite ~ p.cite").text());
        assertTrue(about.select("#changes ~ div h3").size() >= 1, "CHANGES.md's sections, one level down");
        assertTrue(about.text().contains("CC BY 4.0"));
    }

    @Test
    void everyMainChartHasItsDataTable() throws IOException {
        Document index = page("index.html");
        Element details = index.selectFirst("details.chart-data");
        int points = summary.report().trends().gwpChart().points().size();
        assertEquals(points, details.select("tbody tr").size());
        Element bloom = details.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("BLOOM-176B"))
                .findFirst().orElseThrow();
        assertEquals("models/bloom-176b/index.html", bloom.selectFirst("a").attr("href"));
        // The trends page links one table for all its charts, on a page of its own: a row per model, a column per
        // measure.
        Document trends = page("trends/index.html");
        assertEquals(1, trends.select("a[href=data/index.html]").size());
        Element all = page("trends/data/index.html").selectFirst("main table");
        assertEquals(summary.report().estimates().size(), all.select("tbody tr").size());
        assertEquals(2 + summary.report().trends().charts().size(), all.select("thead th").size());
        // Each chart carries its points for the script: one entry per model, named once in the page's list.
        Element set = trends.selectFirst("div.chart-set[data-keys]");
        String[] keys = set.attr("data-keys").split("\n");
        assertEquals(summary.report().estimates().size(), keys.length);
        String bloomKey = java.util.Arrays.stream(keys).filter(k -> k.startsWith("BLOOM-176B\t")).findFirst().orElseThrow();
        assertEquals("BLOOM-176B\t../models/bloom-176b/index.html\t2022-07-11\tLanguage\tHugging Face\t2022.52",
                bloomKey);
        // A run whose card was imputed is flagged for the script, which draws it as a ring.
        assertTrue(java.util.Arrays.stream(keys).anyMatch(k -> k.startsWith("Claude 2\t") && k.endsWith("\t1")));
        assertEquals(1, java.util.Arrays.stream(keys).filter(k -> k.endsWith("\t1")).count());
        Element gwp = trends.selectFirst("#gwp-kgco2e-trend svg.chart");
        assertEquals("t CO2 eq", gwp.attr("data-unit"));
        assertTrue(gwp.attr("data-pts").startsWith("[["), gwp.attr("data-pts"));
        assertEquals(summary.report().trends().charts().size(), trends.select("svg.chart[data-pts]").size());
    }

    @Test
    void publishedFootprintsStandBesideTheEstimates() throws IOException {
        org.rebound.estimate.Estimate gpt3 = summary.report().estimates().stream()
                .filter(e -> e.model().name().equals("GPT-3 175B (davinci)")).findFirst().orElseThrow();
        List<String> rows = Files.readAllLines(site.resolve("data/published-footprints.csv"));
        String row = rows.stream().filter(r -> r.startsWith("GPT-3 175B (davinci),gpt-3-175b-davinci,gwp_kgco2e,"))
                .findFirst().orElseThrow();
        List<String> cells = List.of(row.split(","));
        assertEquals("552100", cells.get(3));
        assertEquals(gpt3.total().get(Indicator.GWP), Double.parseDouble(cells.get(4)), gpt3.total().get(Indicator.GWP) * 1e-5);
        assertEquals(gpt3.total().get(Indicator.GWP) / 552100, Double.parseDouble(cells.get(6)), 1e-5);
        Element page = page("validation/index.html").selectFirst("#published ~ div table");
        assertTrue(page.select("tbody th a[href=../models/gpt-3-175b-davinci/index.html]").size() >= 1);
    }
}
