package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.Build;
import org.rebound.check.SiteChecker;
import org.rebound.support.Fixture;
import org.rebound.support.Trees;

/**
 * Long lists continue on further pages: the 42-row sample built with {@code publish.rows-per-page} at 10, so that
 * the models list, the list of models not estimated and an organisation's runs each take several pages.
 */
class PagedListsTest {
    private static final int PER_PAGE = 10;
    private static Path tmp;
    private static Path site;
    private static Build.Summary summary;

    @BeforeAll
    static void build() throws IOException {
        tmp = Files.createTempDirectory("rebound-paged-");
        Path data = tmp.resolve("data");
        Trees.copy(Fixture.data(), data);
        Path parameters = data.resolve("parameters.yaml");
        String yaml = Files.readString(parameters, StandardCharsets.UTF_8);
        String paged = yaml.replaceFirst("(?m)^(publish\\.rows-per-page:\n  value:) \\d+$", "$1 " + PER_PAGE);
        assertTrue(!paged.equals(yaml), "the parameter as the test expects it");
        Files.writeString(parameters, paged, StandardCharsets.UTF_8);
        site = tmp.resolve("site");
        summary = Build.run(Build.Options.builder().data(data).out(site).models(Fixture.SAMPLE.toString())
                .accessed(Optional.of(Fixture.ACCESSED)).build(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void clean() throws IOException {
        Trees.delete(tmp);
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }

    @Test
    void everyModelIsOnExactlyOnePageOfTheList() throws IOException {
        int estimated = summary.report().estimates().size();
        int excluded = summary.report().estimation().exclusions().size();
        int pages = Math.max((estimated + PER_PAGE - 1) / PER_PAGE, (excluded + PER_PAGE - 1) / PER_PAGE);
        assertTrue(pages >= 2, "the sample must need several pages: " + estimated + " and " + excluded);
        List<String> models = new ArrayList<>();
        int excludedRows = 0;
        for (int n = 1; n <= pages; n++) {
            Document d = page(n == 1 ? "models/index.html" : "models/page/" + n + "/index.html");
            d.select("#models-table tbody tr th a").forEach(a -> models.add(a.attr("href")));
            excludedRows += d.select("#excluded ~ details tbody tr").size();
            Element pager = d.selectFirst("nav.pager");
            assertTrue(pager != null, "page " + n + " has a pager");
            assertTrue(pager.text().startsWith("Page " + n + " of " + pages + ":"), pager.text());
            assertEquals(n > 1, !pager.select("a[rel=prev]").isEmpty(), "previous on page " + n);
            assertEquals(n < pages, !pager.select("a[rel=next]").isEmpty(), "next on page " + n);
        }
        assertFalse(Files.exists(site.resolve("models/page/" + (pages + 1) + "/index.html")), "no page past the last");
        assertEquals(estimated, models.size(), "every estimated model listed once");
        assertEquals(estimated, new TreeSet<>(models.stream().map(h -> h.replace("../", "")).toList()).size());
        assertEquals(excluded, excludedRows, "every model not estimated listed once");
        String said = page("models/page/2/index.html").selectFirst("nav.pager p").text();
        String notEstimated = excluded > PER_PAGE ? "11 to " + Math.min(20, excluded) + " of " + excluded
                : "none of " + excluded;
        assertTrue(said.contains("Page 2 of " + pages + ": models estimated 11 to " + Math.min(20, estimated) + " of "
                + estimated + "; not estimated " + notEstimated + "."), said);
    }

    @Test
    void aSiteWithPagedListsPassesTheChecks() throws IOException {
        assertEquals(List.of(), SiteChecker.check(site).problems().stream().map(Object::toString).toList());
    }

    @Test
    void searchLeadsEveryModelNotEstimatedToThePageThatListsIt() throws IOException {
        String js = Files.readString(site.resolve("search/search-index.js"), StandardCharsets.UTF_8);
        String prefix = "window.REBOUND_SEARCH = (window.REBOUND_SEARCH || []).concat(";
        com.fasterxml.jackson.databind.JsonNode index = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(js.substring(js.indexOf(prefix) + prefix.length(), js.lastIndexOf(')')));
        int checked = 0;
        for (com.fasterxml.jackson.databind.JsonNode e : index) {
            if (e.get("k").asText().equals("not estimated")) {
                String u = e.get("u").asText();
                assertTrue(u.endsWith("#excluded"), u);
                Document d = page(u.substring(0, u.indexOf('#')));
                String name = e.get("t").asText();
                assertTrue(d.select("#excluded ~ details tbody tr td:first-child").stream()
                        .anyMatch(td -> td.text().equals(name)), name + " on " + u);
                checked++;
            }
        }
        assertEquals(summary.report().estimation().exclusions().stream().filter(x -> !x.model().name().isBlank())
                .count(), checked);
    }

    @Test
    void aListThatFitsOnOnePageHasNoPager() throws IOException {
        Document d = Jsoup.parse(Fixture.site().root().resolve("models/index.html").toFile(), "UTF-8");
        assertEquals(0, d.select("nav.pager").size());
        assertFalse(Files.exists(Fixture.site().root().resolve("models/page")));
    }
}
