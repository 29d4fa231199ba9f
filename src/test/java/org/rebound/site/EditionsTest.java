package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.InputException;
import org.rebound.support.Fixture;

/** Editions without publishing: a build cites where it is served; a stray folder among the editions is reported. */
class EditionsTest {
    private static final String BASE = "https://rebound-report.github.io/rebound/";

    @TempDir
    Path tmp;

    @Test
    void anUnpublishedEditionCitesWhereItIsServed() throws IOException {
        Path site = Fixture.site().root();
        assertEquals(BASE + "models/bloom-176b/", EditionsIT.citationUrl(site.resolve("models/bloom-176b/index.html")));
        Document about = Jsoup.parse(site.resolve("about/index.html").toFile(), "UTF-8");
        assertEquals("this build, not yet published", about.select("#editions ~ div table tbody td").first().text());
        assertFalse(Files.exists(site.resolve("editions")));
    }

    @Test
    void aFolderThatIsNotAYearIsReported() throws IOException {
        Path editions = tmp.resolve("editions");
        Files.createDirectories(editions.resolve("latest"));
        InputException e = assertThrows(InputException.class, () -> Editions.list(editions));
        assertEquals(editions.resolve("latest") + ": folder 'latest' in the editions folder, expected a year such "
                + "as 2026", e.problems().get(0).toString());
    }
}
