package org.rebound.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference data sets the tests compare Rebound's data and results with ({@code src/test/resources/reference/},
 * see the README there). Two kinds:
 * <ul>
 * <li>{@link #vendored}: in the repository: files that may be redistributed (CC BY), with their attribution, and our
 * own cited facts;</li>
 * <li>{@link #fetched}: files that may not be (unverified licences, AGPL), listed in {@code manifest.csv} and put in a
 * cache by {@code scripts/fetch-reference}. A test that needs one is skipped when the cache lacks it (and
 * {@link ReferenceSkips} says so in one line at the end of the run), or fails when
 * {@code -Drebound.requireReference=true}, as in CI.</li>
 * </ul>
 */
public final class Reference {
    /** The vendored reference files, relative to the project folder (the tests' working directory). */
    public static final Path VENDORED = Path.of("src/test/resources/reference");
    /** The files that are fetched, not vendored. */
    public static final Path MANIFEST = VENDORED.resolve("manifest.csv");
    /** A folder to read the fetched files from, in place of the default cache. */
    public static final String CACHE_PROPERTY = "rebound.reference";
    /** When true, a missing fetched file fails its test instead of skipping it. */
    public static final String REQUIRE_PROPERTY = "rebound.requireReference";
    /** How a skipped test's reason begins. */
    static final String NOT_FETCHED = "reference data not fetched";
    /** What to do about it. */
    static final String HINT = "run scripts/fetch-reference, or scripts/fetch-reference --from ../shared/data";

    /** Each fetched file checked in this JVM: empty when it is the manifest's, else what is wrong with it. */
    private static final Map<String, String> CHECKED = new ConcurrentHashMap<>();
    private static volatile Map<String, Entry> manifest;

    private Reference() {
    }

    /** One file of the manifest. */
    public record Entry(String id, String path, String url, String sha256, long size, String licence, String citation,
            String accessed) {
    }

    /** A vendored file, by its path under {@code src/test/resources/reference/}. */
    public static Path vendored(String relative) {
        Path file = VENDORED.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(relative + " is not a vendored reference file (" + VENDORED + ")");
        }
        return file;
    }

    /**
     * A fetched file, by its manifest path ({@code chip_dataset/chip_dataset.csv}), in the cache, its sha256 checked
     * against the manifest (once per JVM). When the cache lacks it, the calling test is skipped, or fails if
     * {@code rebound.requireReference} is true; a file whose sha256 differs fails the test.
     */
    public static Path fetched(String relative) {
        Entry entry = manifest().get(relative);
        if (entry == null) {
            throw new IllegalArgumentException(relative + " is not in " + MANIFEST);
        }
        Path cache = cache();
        Path file = cache.resolve(relative);
        if (!Files.isRegularFile(file)) {
            String reason = NOT_FETCHED + ": " + relative + " is not in " + cache.toAbsolutePath() + "; " + HINT;
            if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
                Assertions.fail(reason + " (-D" + REQUIRE_PROPERTY + "=true: the reference data is required)");
            }
            Assumptions.abort(reason);
        }
        String problem = CHECKED.computeIfAbsent(relative, r -> check(entry, file));
        if (!problem.isEmpty()) {
            Assertions.fail(problem);
        }
        return file;
    }

    private static String check(Entry entry, Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    sha.update(buffer, 0, n);
                    size += n;
                }
            }
            String found = HexFormat.of().formatHex(sha.digest());
            if (found.equals(entry.sha256()) && size == entry.size()) {
                return "";
            }
            return file.toAbsolutePath() + " is not the manifest's " + entry.path() + ": sha256 expected "
                    + entry.sha256() + ", found " + found + "; run scripts/fetch-reference again";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the fetched files are: {@code -Drebound.reference=DIR}, else {@code $REBOUND_REFERENCE_CACHE}, else
     * {@code ${XDG_CACHE_HOME:-$HOME/.cache}/rebound/reference}, as {@code scripts/fetch-reference} resolves it.
     */
    public static Path cache() {
        String property = System.getProperty(CACHE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("REBOUND_REFERENCE_CACHE");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getenv("HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".cache");
        return base.resolve("rebound").resolve("reference");
    }

    /** The manifest's files by path, in its order. */
    public static Map<String, Entry> manifest() {
        Map<String, Entry> entries = manifest;
        if (entries == null) {
            entries = new LinkedHashMap<>();
            try (Reader r = Files.newBufferedReader(MANIFEST, StandardCharsets.UTF_8)) {
                List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(r).getRecords();
                for (CSVRecord c : records) {
                    Entry e = new Entry(c.get("id"), c.get("path"), c.get("url"), c.get("sha256"),
                            Long.parseLong(c.get("size")), c.get("licence"), c.get("citation"), c.get("accessed"));
                    if (entries.put(e.path(), e) != null) {
                        throw new IllegalStateException(MANIFEST + ": " + e.path() + " twice");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries = Collections.unmodifiableMap(entries);
            manifest = entries;
        }
        return entries;
    }
}
