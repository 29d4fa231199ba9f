package org.rebound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.site.SiteOutput;
import org.rebound.support.Fixture;
import org.rebound.support.Trees;

/** A build restored from the cache writes the bytes a clean build writes, and any changed input builds again. */
class CachedBuildTest {
    @TempDir
    Path tmp;

    private CachedBuild.Outcome build(Build.Options options, Path cache, ByteArrayOutputStream printed) {
        return CachedBuild.run(options.toBuilder().cache(java.util.Optional.of(cache)).build(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    /** Every file of a site by path, with its bytes as text (the marker aside, which names the build). */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = site.relativize(p).toString();
                if (!relative.equals(SiteOutput.MARKER)) {
                    files.put(relative, java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    @Test
    void aRebuildRestoresTheBytesOfACleanBuildAndPrintsWhatItPrinted() throws IOException {
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("site");
        Build.Options options = Fixture.options(out);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        assertEquals(CachedBuild.Outcome.BUILT, build(options, cache, first));
        Map<String, String> built = files(out);

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        assertEquals(CachedBuild.Outcome.UP_TO_DATE, build(options, cache, second));
        assertEquals(first.toString(StandardCharsets.UTF_8), second.toString(StandardCharsets.UTF_8));
        assertEquals(built, files(out));

        Trees.delete(out);
        ByteArrayOutputStream third = new ByteArrayOutputStream();
        assertEquals(CachedBuild.Outcome.RESTORED, build(options, cache, third));
        assertEquals(first.toString(StandardCharsets.UTF_8), third.toString(StandardCharsets.UTF_8));
        assertEquals(built, files(out));

        Path clean = tmp.resolve("clean");
        Build.run(Fixture.options(clean), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(built, files(clean));
    }

    @Test
    void anEditedOutputFileIsRestoredAndAnEditedInputBuildsAgain() throws IOException {
        Path cache = tmp.resolve("cache");
        Path out = tmp.resolve("site");
        Path content = tmp.resolve("content");
        Trees.copy(Path.of("content"), content);
        Build.Options options = Fixture.options(out).toBuilder().content(content).build();
        assertEquals(CachedBuild.Outcome.BUILT, build(options, cache, new ByteArrayOutputStream()));
        Map<String, String> built = files(out);

        Path page = out.resolve("index.html");
        Files.writeString(page, "edited by hand");
        assertEquals(CachedBuild.Outcome.RESTORED, build(options, cache, new ByteArrayOutputStream()));
        assertEquals(built, files(out));

        Path markdown;
        try (Stream<Path> md = Files.list(content)) {
            markdown = md.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(markdown, Files.readString(markdown) + "\nA sentence added by the test.\n");
        assertEquals(CachedBuild.Outcome.BUILT, build(options, cache, new ByteArrayOutputStream()));
        assertNotEquals(built, files(out));
        assertTrue(files(out).keySet().containsAll(built.keySet()));
    }

    @Test
    void theKeyCoversTheOptionsAndAFreezeOrADownloadIsNotCached() {
        Build.Options options = Fixture.options(tmp.resolve("site"));
        String key = CachedBuild.key(options).orElseThrow();
        assertEquals(key, CachedBuild.key(options.toBuilder().timings(true).build()).orElseThrow());
        assertNotEquals(key, CachedBuild.key(options.toBuilder().baseUrl(java.util.Optional.of("https://x.org/"))
                .build()).orElseThrow());
        assertNotEquals(key, CachedBuild.key(options.toBuilder().out(tmp.resolve("other")).build()).orElseThrow());
        assertFalse(CachedBuild.key(options.toBuilder().freeze(true).build()).isPresent());
        assertFalse(CachedBuild.key(options.toBuilder().models("latest").build()).isPresent());
        assertFalse(CachedBuild.key(options.toBuilder().models("https://epoch.ai/x.csv").build()).isPresent());
    }
}
