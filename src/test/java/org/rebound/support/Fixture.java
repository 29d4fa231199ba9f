package org.rebound.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rebound.Build;
import org.rebound.data.EpochReader;
import org.rebound.domain.NotableModel;

/**
 * The eleven-model fixture ({@code src/test/resources/fixture/models.csv}, rows of the repository's sample;
 * see the README there) and its site, built once per test JVM from the tests' frozen data ({@link #data()}) and the
 * repository's content and templates, and shared read-only by the tests that look at pages.
 */
public final class Fixture {
    /**
     * The fixture export, relative to the project folder (the tests' working directory), written with '/' on
     * every system: the build prints it on the pages, which are compared byte for byte.
     */
    public static final String LOCATION = "src/test/resources/fixture/models.csv";
    /** The fixture export as a path. */
    public static final Path MODELS = Path.of(LOCATION);
    /**
     * The 38-row sample of Epoch's export (rows unchanged, prose columns empty; see the README beside it): a test
     * fixture, no longer the build's default input, which is the edition's pinned full export.
     */
    public static final Path SAMPLE = Path.of("src/test/resources/sample/notable-models-sample.csv");
    /** The Epoch exports pinned in the repository ({@code data/epoch/}, see its README). */
    public static final Path EPOCH = Path.of("data/epoch");
    /** The 2026 edition's export, pinned. */
    public static final Path EPOCH_2026 = EPOCH.resolve("notable_ai_models_2026-07-19.csv");
    /** The paper-era export of 2025-02-24 (the study's period), pinned. */
    public static final Path EPOCH_2025 = EPOCH.resolve("notable_ai_models_2025-02-24.csv");
    /** The access date the fixture site is built with (the build's {@code --accessed}). */
    public static final LocalDate ACCESSED = LocalDate.of(2026, 11, 23);

    private static Site site;

    private Fixture() {
    }

    /** A built site: its folder and what the build returned. Never write into it. */
    public record Site(Path root, Build.Summary summary) {
    }

    /** The fixture's models, as the reader gives them. */
    public static List<NotableModel> models() {
        try {
            return EpochReader.read(LOCATION, Files.readAllBytes(MODELS)).models();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Addresses of the registry the fixture keeps besides its own models': a model Epoch renamed ("Llama 3.3", now
     * the fixture's "Llama 3.3 70B") and one Epoch no longer lists, so that its site has each kind of kept address
     * without a thousand pages of the others.
     */
    private static final List<String> KEPT_ADDRESSES = List.of("llama-3-3", "alvinn");
    private static Path data;

    /**
     * The data folder the fixture site is built from: the tests' frozen copy of the project's tables
     * ({@link Project#data()}, {@code src/test/resources/data/}, not the live {@code data/}) but for the slug registry,
     * which holds the fixture's models and {@link #KEPT_ADDRESSES}; the copy has no pinned exports (it needs none).
     */
    public static synchronized Path data() {
        if (data == null) {
            try {
                Path tmp = Files.createTempDirectory("rebound-fixture-data-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
                Path copy = tmp.resolve("data");
                Trees.copy(Project.data(), copy, p -> !p.startsWith("README.md"));
                List<String> names = models().stream().map(NotableModel::name).toList();
                List<String> lines = Files.readAllLines(copy.resolve("slugs.csv"), StandardCharsets.UTF_8);
                List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
                for (String line : lines.subList(1, lines.size())) {
                    org.apache.commons.csv.CSVRecord r = org.apache.commons.csv.CSVParser.parse(line,
                            org.apache.commons.csv.CSVFormat.RFC4180).getRecords().get(0);
                    if (names.contains(r.get(1)) || KEPT_ADDRESSES.contains(r.get(0))) {
                        kept.add(line);
                    }
                }
                Files.write(copy.resolve("slugs.csv"), kept, StandardCharsets.UTF_8);
                data = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** The build options of the fixture site, writing into {@code out}. */
    public static Build.Options options(Path out) {
        return Build.Options.builder().data(data()).out(out).models(LOCATION).accessed(Optional.of(ACCESSED)).build();
    }

    /** Builds the fixture site into {@code out}, its log discarded. */
    public static Build.Summary build(Path out) {
        return Build.run(options(out), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** The fixture site, built on first use into a temporary folder removed when the JVM exits. */
    public static synchronized Site site() {
        if (site == null) {
            try {
                Path tmp = Files.createTempDirectory("rebound-fixture-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
                Path root = tmp.resolve("site");
                site = new Site(root, build(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
