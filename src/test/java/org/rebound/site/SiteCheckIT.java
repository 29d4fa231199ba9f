package org.rebound.site;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.check.SiteChecker;

/**
 * The sample's site passes every check of {@code rebound check}, Nu HTML validation included, each kind of kept
 * address among its pages (the fixture's registry: {@link Fixture#data()}; the full export's site, every address
 * kept, is checked by {@code scripts/ci}). An integration test ({@code mvn verify}): validating some 270 pages takes
 * longer than the unit suite's budget; the fixture site's links and metadata are checked in {@code SiteBuildTest}.
 */
class SiteCheckIT {
    @TempDir
    Path tmp;

    @Test
    void theRepositorysSitePassesItsChecksWithHtmlValidation() throws IOException {
        Path site = tmp.resolve("site");
        org.rebound.Build.run(org.rebound.Build.Options.builder().data(Fixture.data()).out(site)
                .models(Fixture.SAMPLE.toString()).build(), new java.io.PrintStream(
                new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
        SiteChecker.Result result = SiteChecker.check(site);
        assertEquals(List.of(), result.problems().stream().map(Object::toString).toList());
        assertTrue(result.pages() > 100, result.pages() + " pages");
    }
}
