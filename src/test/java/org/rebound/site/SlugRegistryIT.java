package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;

/**
 * Stable citations: a model keeps its address in every later edition. Reads the two pinned Epoch snapshots
 * ({@code data/epoch/}), so it is an integration test.
 * <p>Tagged {@code live-data}: it builds from the live {@code data/} (the real edition), not the tests' frozen copy.
 */
@Tag("live-data")
class SlugRegistryIT {
    @TempDir
    Path tmp;

    @Test
    void everyAddressOfThe2025EditionNamesTheSameModelIn2026() throws IOException {
        Path data = tmp.resolve("data");
        copy(Path.of("data"), data);
        Files.delete(data.resolve("slugs.csv"));
        String y2025 = Path.of("data/epoch/notable_ai_models_2025-02-24.csv").toString();
        String y2026 = Path.of("data/epoch/notable_ai_models_2026-07-19.csv").toString();

        assertEquals(0, org.rebound.MainAccess.run("slugs", "--models", y2025, "--data", data.toString()));
        Map<String, String> before = pages(build(data, y2025, tmp.resolve("site-2025")));
        assertEquals(0, org.rebound.MainAccess.run("slugs", "--models", y2026, "--data", data.toString()));
        Map<String, String> after = pages(build(data, y2026, tmp.resolve("site-2026")));

        assertTrue(before.size() > 150, "2025 pages: " + before.size());
        List<String> moved = new ArrayList<>();
        int kept = 0;
        for (Map.Entry<String, String> page : before.entrySet()) {
            String now = after.get(page.getKey());
            if (now != null) {
                kept++;
                if (!now.equals(page.getValue())) {
                    moved.add(page.getKey() + ": " + page.getValue() + " → " + now);
                }
            }
        }
        assertEquals(List.of(), moved, "a 2025 address names another model in 2026");
        assertTrue(kept > before.size() / 2, "2025 addresses still there in 2026: " + kept + " of " + before.size());
        // And a model of both editions keeps its address.
        Map<String, String> byModel2026 = new TreeMap<>();
        after.forEach((slug, model) -> byModel2026.put(model, slug));
        List<String> renamed = new ArrayList<>();
        before.forEach((slug, model) -> {
            String now = byModel2026.get(model);
            if (now != null && !now.equals(slug)) {
                renamed.add(model + ": " + slug + " → " + now);
            }
        });
        assertEquals(List.of(), renamed, "a model of both editions changed address");
    }

    private static Path build(Path data, String models, Path out) {
        Build.run(Build.Options.builder().data(data).out(out).models(models).build(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out;
    }

    /** Slug → model name, from the site's models.csv. */
    private static Map<String, String> pages(Path site) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(site.resolve("data/models.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                pages.put(row.get("slug"), row.get("model"));
            }
        }
        return pages;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
