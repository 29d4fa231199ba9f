package org.rebound.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.rebound.Build;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.stats.Uncertainty;

/**
 * Prints the figures the speed and size targets are judged on (a benchmark, not a test):
 * the time of 10,000 Monte Carlo draws over every model of the 2026 snapshot (target under 1 s),
 * the size of every chart (target ≤ 30 KB each), the weight of model pages (target ≤ 30 KB of HTML)
 * and of the whole site (target under 40 MB).
 *
 * <p>Run: {@code mvn -q test-compile exec:java@bench} (with ../shared beside the clone).
 */
public final class Benchmarks {
    private static final int DRAWS = 10_000;
    private static final int REPEATS = 5;

    private Benchmarks() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("rebound.shared", "../shared"));
        Path snapshot = shared.resolve("data/epoch_ai/notable_ai_models.csv");
        ProjectData data = ProjectDataReader.read(Path.of("data"));
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        List<Estimate> estimates = new Estimator(data, a).estimate(
                EpochReader.read(snapshot.toString(), Files.readAllBytes(snapshot)).models()).estimates();

        System.out.printf(Locale.ROOT, "Monte Carlo: %,d draws over %d models of %s%n", DRAWS, estimates.size(),
                snapshot.getFileName());
        Uncertainty.run(estimates, data.parameters(), a, DRAWS, 1); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            Uncertainty.run(estimates, data.parameters(), a, DRAWS, 1 + i);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "  best of %d: %.3f s (target < 1 s)%n", REPEATS, best / 1e9);

        Path out = Files.createTempDirectory("rebound-bench").resolve("site");
        long start = System.nanoTime();
        Build.run(new Build.Options(Path.of("data"), Path.of("content"), Path.of("templates"), out,
                Optional.of(snapshot.toString()), Optional.empty()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "Full build of the snapshot: %.1f s%n", (System.nanoTime() - start) / 1e9);

        System.out.println("Charts (target ≤ 30 KB each):");
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            for (Path c : charts.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                long size = Files.size(c);
                System.out.printf(Locale.ROOT, "  %-40s %7.1f KB  (gzip %5.1f KB)%s%n", c.getFileName(), size / 1024.0,
                        gzip(c) / 1024.0, size > 30 * 1024 ? "  over target" : "");
            }
        }
        long[] pages = sizes(out.resolve("models"), "index.html");
        System.out.printf(Locale.ROOT, "Model pages (target ≤ 30 KB of HTML): %d pages, median %.1f KB, largest %.1f KB%n",
                pages.length, pages[pages.length / 2] / 1024.0, pages[pages.length - 1] / 1024.0);
        long total;
        try (Stream<Path> walk = Files.walk(out)) {
            total = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "Whole site: %.1f MB (target < 40 MB)%n", total / 1024.0 / 1024.0);
    }

    private static long gzip(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    private static long[] sizes(Path dir, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && !p.getParent().equals(dir))
                    .mapToLong(p -> p.toFile().length()).sorted().toArray();
        }
    }
}
