package org.rebound.bench;

import org.rebound.support.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rebound.Build;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.report.Acceptance;
import org.rebound.report.PublishedComparison;
import org.rebound.serve.Server;
import org.rebound.stats.Uncertainty;

/**
 * Prints the figures the speed and size targets are judged on, each with its target (a benchmark, not a test):
 *
 * <ul>
 *   <li>cold-JVM builds of the 2026 snapshot with the built jar ({@code build --timings}, median of
 *       {@value #COLD_RUNS}): wall time per stage and in all, and the child JVM's peak resident memory;</li>
 *   <li>the same for a synthetic export {@value #SCALE}× as long (the snapshot's real rows repeated with unique
 *       names), with its time, memory and output size as ratios to the snapshot's;</li>
 *   <li>{@code rebound serve}: the time from saving a Markdown edit to the served page showing it, on a warm
 *       server;</li>
 *   <li>the Monte Carlo time, the size of every chart, the weight of model pages and of the whole site.</li>
 * </ul>
 *
 * <p>Peak memory is the kernel's own high-water mark of the child's resident set, {@code VmHWM} of
 * {@code /proc/<pid>/status}, read every {@value #POLL_MILLIS} ms while the child runs: being a maximum, only
 * growth in the last poll interval before exit could be missed, when the JVM is only shutting down.
 *
 * <p>Run from the project folder (it builds the edition's pinned export):
 * {@code mvn -q -DskipTests package exec:java@bench}. It takes a few minutes, most of it the
 * {@value #SCALE}× build, which writes a few GB into the temporary folder and is stopped after
 * {@link #SCALED_TIMEOUT}.
 */
public final class Benchmarks {
    private static final int COLD_RUNS = 5;
    private static final int SCALE = 100;
    private static final Duration SCALED_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration COLD_TIMEOUT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 10;
    private static final int SERVE_WARM_UP_EDITS = 3;
    private static final int SERVE_EDITS = 7;
    private static final Duration SERVE_EDIT_TIMEOUT = Duration.ofSeconds(60);
    private static final int DRAWS = 10_000;
    private static final int MC_REPEATS = 5;
    /** Issue 9's accuracy targets: median |log10(estimate ÷ published)|, and GPU-hours from time within 15 %. */
    private static final double TARGET_LOG10 = 0.1;
    private static final double TARGET_GPU_HOURS_SHARE = 0.15;

    /**
     * Issue 18's targets for the blind estimate (Epoch's data alone) over every published figure held: GPU-hours within
     * 15 %, energy within 30 %, electricity CO2e on the published figure's basis within ×2, and the median |log10|.
     */
    private static final double TARGET_BLIND_GPU_HOURS_WITHIN = 0.15;
    private static final double TARGET_BLIND_GPU_HOURS_SHARE = 0.80;
    private static final double TARGET_BLIND_ENERGY_WITHIN = 0.30;
    private static final double TARGET_BLIND_ENERGY_SHARE = 0.90;
    private static final double TARGET_BLIND_CO2E_FACTOR = 2;
    private static final double TARGET_BLIND_CO2E_SHARE = 0.90;
    private static final double TARGET_BLIND_LOG10 = 0.08;

    /** Issue 17's targets: a clean build, a rebuild with nothing changed, the ratio to Hugo's twin of the site. */
    private static final double TARGET_BUILD_SECONDS = 2.0;
    private static final double TARGET_BUILD_PEAK_MB = 300;
    private static final double TARGET_REBUILD_SECONDS = 1.0;
    private static final double TARGET_HUGO_RATIO = 3;
    private static final double TARGET_SCALED_SECONDS = 60;
    private static final double TARGET_SCALED_PEAK_MB = 1536;
    private static final double TARGET_SCALED_SIZE_RATIO = 100;
    private static final double TARGET_PAGE_MB = 1;
    private static final double TARGET_SERVE_MILLIS = 150;
    private static final double TARGET_MC_SECONDS = 0.4;
    private static final double TARGET_CHART_KB = 30;
    private static final double TARGET_PAGE_KB = 30;
    private static final double TARGET_SITE_MB = 40;

    /** USER_HZ of Linux, the unit of the CPU times in /proc (100 on every usual kernel). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    /** Index of utime among the fields of /proc/<pid>/stat that follow the command name (stime is next). */
    private static final int UTIME_FIELD = 11;
    private static final Pattern TIMING = Pattern.compile("timing (.+): (\\d+) ms");
    private static final double KB = 1024.0;
    private static final double MB = 1024.0 * 1024.0;

    private Benchmarks() {
    }

    /** One build in a child JVM. */
    private record ChildBuild(long wallMillis, long cpuMillis, long peakKb, Map<String, Long> stageMillis,
            long outBytes, boolean stopped, String lastLine) {
    }

    public static void main(String[] args) throws Exception {
        Path snapshot = Path.of("data/epoch/notable_ai_models_2026-07-19.csv");
        Path jar = Path.of("target/rebound.jar");
        if (!Files.isRegularFile(snapshot) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("needs " + snapshot + " and " + jar + ": run from the project folder with "
                    + "'mvn -q -DskipTests package exec:java@bench'");
        }
        // One part only, while working on it: accuracy, serve or monte-carlo.
        List<String> only = Arrays.asList(args);
        if (only.contains("serve")) {
            serve(Files.createTempDirectory("rebound-bench"), Optional.empty(), "the 2026 snapshot");
            return;
        }
        if (only.contains("monte-carlo")) {
            monteCarlo(snapshot);
            return;
        }
        accuracy(snapshot);
        if (only.contains("accuracy")) {
            return;
        }
        Path tmp = Files.createTempDirectory("rebound-bench");
        try {
            run(snapshot, jar, tmp);
        } finally {
            Trees.delete(tmp);
        }
    }

    private static void run(Path snapshot, Path jar, Path tmp) throws Exception {
        // 1. Cold builds of the snapshot, without the cache, alternated with Hugo rendering the same pages' bodies.
        List<ChildBuild> runs = new ArrayList<>();
        List<ChildBuild> hugoRuns = new ArrayList<>();
        Path site = tmp.resolve("site");
        Path twin = tmp.resolve("hugo-twin");
        boolean hugo = hugoInstalled();
        for (int i = 0; i < COLD_RUNS; i++) {
            ChildBuild run = childBuild(jar, snapshot, site, COLD_TIMEOUT, "--no-cache");
            if (run.stopped()) {
                throw new IllegalStateException("a build of the snapshot ran over " + COLD_TIMEOUT);
            }
            runs.add(run);
            if (hugo) {
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "Hugo twin: %d pages' <main> bodies under a one-file layout, in %s%n",
                            HugoTwin.write(site, twin), twin);
                }
                hugoRuns.add(child(List.of("hugo", "--quiet", "-s", twin.toString(), "-d", tmp.resolve("hugo-site")
                        .toString()), tmp.resolve("hugo-site"), COLD_TIMEOUT));
            }
        }
        int rows = EpochReader.read(snapshot.toString(), Files.readAllBytes(snapshot)).models().size();
        System.out.printf(Locale.ROOT, "Build of the 2026 snapshot (%d rows), cold JVM (./rebound build --timings; the launcher's JVM flags, %s), "
                + "median of %d:%n", rows, jar, COLD_RUNS);
        for (String stage : runs.get(0).stageMillis().keySet()) {
            System.out.printf(Locale.ROOT, "  %-28s %7d ms%n", label(stage),
                    median(runs.stream().mapToLong(r -> r.stageMillis().getOrDefault(stage, 0L)).toArray()));
        }
        long wall = median(runs.stream().mapToLong(ChildBuild::wallMillis).toArray());
        System.out.printf(Locale.ROOT, "  %-28s %7d ms   (all threads; the machine's load inflates wall times)%n",
                "CPU time, user + system", median(runs.stream().mapToLong(ChildBuild::cpuMillis).toArray()));
        long peakKb = median(runs.stream().mapToLong(ChildBuild::peakKb).toArray());
        long size = runs.get(runs.size() - 1).outBytes();
        System.out.printf(Locale.ROOT, "  %-28s %7d ms   target ≤ %.0f ms%s%n", "total, JVM start to exit", wall,
                TARGET_BUILD_SECONDS * 1000, verdict(wall <= TARGET_BUILD_SECONDS * 1000));
        System.out.printf(Locale.ROOT, "  %-28s %7.0f MB   target ≤ %.0f MB%s%n", "peak memory (VmHWM)",
                peakKb / KB, TARGET_BUILD_PEAK_MB, verdict(peakKb / KB <= TARGET_BUILD_PEAK_MB));
        System.out.printf(Locale.ROOT, "  %-28s %7.1f MB%n", "output", size / MB);
        if (hugo) {
            long hugoWall = median(hugoRuns.stream().mapToLong(ChildBuild::wallMillis).toArray());
            System.out.printf(Locale.ROOT, "  %-28s %7d ms   CPU %d ms, peak %.0f MB (%s, median of %d)%n",
                    "Hugo's twin, same pages", hugoWall, median(hugoRuns.stream().mapToLong(ChildBuild::cpuMillis)
                    .toArray()), median(hugoRuns.stream().mapToLong(ChildBuild::peakKb).toArray()) / KB,
                    hugoVersion(), COLD_RUNS);
            double ratio = (double) wall / hugoWall;
            System.out.printf(Locale.ROOT, "  %-28s %7.1f ×    target ≤ %.0f ×%s%n", "Rebound ÷ Hugo, wall", ratio,
                    TARGET_HUGO_RATIO, verdict(ratio <= TARGET_HUGO_RATIO));
        } else {
            System.out.println("  Hugo is not installed (apt-get install hugo): no ratio to Hugo's twin.");
        }
        sizes(site);
        largePages(site);

        // 1b. Rebuilds with nothing changed, through the cache: the first fills it, the others are timed.
        Path cache = tmp.resolve("cache");
        childBuild(jar, snapshot, site, COLD_TIMEOUT, "--cache", cache.toString());
        List<ChildBuild> rebuilds = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            rebuilds.add(childBuild(jar, snapshot, site, COLD_TIMEOUT, "--cache", cache.toString()));
        }
        long rebuild = median(rebuilds.stream().mapToLong(ChildBuild::wallMillis).toArray());
        System.out.printf(Locale.ROOT, "Rebuild with nothing changed (--cache, output in place), median of %d: %d ms, "
                + "peak %.0f MB   target ≤ %.0f ms%s%n", COLD_RUNS, rebuild, median(rebuilds.stream()
                .mapToLong(ChildBuild::peakKb).toArray()) / KB, TARGET_REBUILD_SECONDS * 1000,
                verdict(rebuild <= TARGET_REBUILD_SECONDS * 1000));
        Trees.delete(site);
        ChildBuild restored = childBuild(jar, snapshot, site, COLD_TIMEOUT, "--cache", cache.toString());
        System.out.printf(Locale.ROOT, "Rebuild into an empty folder, restored from the cache: %d ms%n",
                restored.wallMillis());

        // 2. The snapshot 100 times over.
        Path scaledCsv = tmp.resolve("notable_ai_models-x" + SCALE + ".csv");
        int scaledRows = repeat(snapshot, scaledCsv, SCALE);
        Trees.delete(site);
        Path scaledSite = tmp.resolve("site-x" + SCALE);
        System.out.printf(Locale.ROOT, "Build of a synthetic export %d× as long (%d rows: each row of the snapshot "
                + "%d times, copies named '<model> [copy k]'), cold JVM, one run:%n", SCALE, scaledRows, SCALE);
        ChildBuild s = childBuild(jar, scaledCsv, scaledSite, SCALED_TIMEOUT, "--no-cache");
        if (s.stopped()) {
            System.out.printf(Locale.ROOT, "  stopped after %d s (target ≤ %.0f s); by "
                    + "then: CPU time %d s, peak memory (VmHWM) %.0f MB (target ≤ %.0f MB)%s; last line printed: %s%n",
                    SCALED_TIMEOUT.toSeconds(), TARGET_SCALED_SECONDS,
                    s.cpuMillis() / 1000, s.peakKb() / KB, TARGET_SCALED_PEAK_MB,
                    verdict(s.peakKb() / KB <= TARGET_SCALED_PEAK_MB), s.lastLine());
        } else {
            s.stageMillis().forEach((stage, ms) -> System.out.printf(Locale.ROOT, "  %-28s %7d ms%n", label(stage), ms));
            System.out.printf(Locale.ROOT, "  %-28s %7d ms%n", "CPU time, user + system", s.cpuMillis());
            double timeRatio = (double) s.wallMillis() / wall;
            double sizeRatio = (double) s.outBytes() / size;
            System.out.printf(Locale.ROOT, "  %-28s %7d ms   %5.1f× the snapshot's, target ≤ %.0f s%s%n",
                    "total, JVM start to exit", s.wallMillis(), timeRatio, TARGET_SCALED_SECONDS,
                    verdict(s.wallMillis() <= TARGET_SCALED_SECONDS * 1000));
            System.out.printf(Locale.ROOT, "  %-28s %7.0f MB   %5.1f× the snapshot's, target ≤ %.0f MB%s%n",
                    "peak memory (VmHWM)", s.peakKb() / KB, (double) s.peakKb() / peakKb, TARGET_SCALED_PEAK_MB,
                    verdict(s.peakKb() / KB <= TARGET_SCALED_PEAK_MB));
            System.out.printf(Locale.ROOT, "  %-28s %7.1f MB   %5.1f× the snapshot's, target ≤ %.0f×%s%n", "output",
                    s.outBytes() / MB, sizeRatio, TARGET_SCALED_SIZE_RATIO, verdict(sizeRatio <= TARGET_SCALED_SIZE_RATIO));
        }
        if (!s.stopped()) {
            long[] scaledPages = sizes(scaledSite.resolve("models"), "index.html");
            System.out.printf(Locale.ROOT, "  model pages: %d, median %.1f KB, largest %.1f KB of HTML%n",
                    scaledPages.length, scaledPages[scaledPages.length / 2] / KB,
                    scaledPages[scaledPages.length - 1] / KB);
            largestFiles(scaledSite);
            largePages(scaledSite);
        }
        Trees.delete(scaledSite);
        Files.deleteIfExists(scaledCsv);

        // 3. Serve.
        serve(tmp, Optional.empty(), "the 2026 snapshot");

        // 4. Monte Carlo.
        monteCarlo(snapshot);
    }

    /**
     * Builds in a child JVM, reading its peak memory and CPU time while it runs; stopped when it runs over
     * {@code timeout}.
     */
    private static ChildBuild childBuild(Path jar, Path models, Path out, Duration timeout, String... more)
            throws IOException, InterruptedException {
        // Through the launcher, as a user runs it: it exec's the JVM with its flags, so the pid is the JVM's.
        List<String> command = new ArrayList<>(List.of("./rebound", "build", "--timings", "--models",
                models.toString(), "--out", out.toString()));
        command.addAll(Arrays.asList(more));
        return child(command, out, timeout);
    }

    /** Runs a command that writes a site into {@code out}, reading its peak memory and CPU time while it runs. */
    private static ChildBuild child(List<String> command, Path out, Duration timeout)
            throws IOException, InterruptedException {
        Path errors = out.resolveSibling(out.getFileName() + ".stderr");
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        long start = System.nanoTime();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        Path stat = status.resolveSibling("stat");
        long peakKb = 0;
        long cpu = 0;
        long deadline = start + timeout.toNanos();
        while (p.isAlive()) {
            peakKb = Math.max(peakKb, highWaterMarkKb(status));
            cpu = Math.max(cpu, cpuMillis(stat));
            if (System.nanoTime() > deadline) {
                p.destroyForcibly().waitFor();
                List<String> lines = stdout.join().lines().toList();
                return new ChildBuild(timeout.toMillis(), cpu, peakKb, Map.of(), 0, true,
                        lines.isEmpty() ? "(none)" : lines.get(lines.size() - 1));
            }
            Thread.sleep(POLL_MILLIS);
        }
        long wall = Math.round((System.nanoTime() - start) / 1e6);
        if (p.exitValue() != 0) {
            throw new IllegalStateException("the build failed:\n" + Files.readString(errors));
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        stdout.join().lines().map(TIMING::matcher).filter(Matcher::matches)
                .forEach(m -> stages.put(m.group(1), Long.parseLong(m.group(2))));
        return new ChildBuild(wall, cpu, peakKb, stages, treeBytes(out), false, "");
    }

    private static String label(String stage) {
        return stage.equals("total") ? "total, as the build times it" : "stage " + stage;
    }

    /** User + system CPU time of a process from {@code /proc/<pid>/stat}, in ms; 0 once it is gone. */
    private static long cpuMillis(Path stat) {
        try {
            String line = Files.readString(stat);
            // Fields after the command name, which is in parentheses and may hold spaces: utime is 14th, stime 15th.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[UTIME_FIELD]) + Long.parseLong(fields[UTIME_FIELD + 1])) * 1000
                    / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** VmHWM of a {@code /proc/<pid>/status} file in kB; 0 once the process is gone. */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            // The process has just exited.
        }
        return 0;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code times} copies of every row of {@code csv}; copy k > 0 of a model is named "{@code <name> [copy k]}". */
    private static int repeat(Path csv, Path out, int times) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        int rows = 0;
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader);
                Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(parser.getHeaderNames().toArray(String[]::new))
                        .get().print(writer)) {
            List<CSVRecord> records = parser.getRecords();
            int name = parser.getHeaderNames().indexOf("Model");
            for (int k = 0; k < times; k++) {
                for (CSVRecord r : records) {
                    String[] values = r.values().clone(); // values() is the record's own array
                    if (k > 0) {
                        values[name] = values[name] + " [copy " + k + "]";
                    }
                    printer.printRecord((Object[]) values);
                    rows++;
                }
            }
        }
        return rows;
    }

    /** Times Markdown edits on a warm server, from the file written to the served page showing it. */
    private static void serve(Path tmp, Optional<String> models, String what) throws Exception {
        Path content = tmp.resolve("serve-content");
        Trees.delete(content);
        Files.createDirectories(content);
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, content.resolve(f.getFileName()));
            }
        }
        Build.Options options = Build.Options.builder().content(content).out(tmp.resolve("serve-site")).models(models)
                .build();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newHttpClient();
        long[] millis = new long[SERVE_EDITS];
        try (Server server = Server.start(options, 0, quiet, quiet)) {
            URI page = server.url().resolve("methodology/");
            for (int i = 0; i < SERVE_WARM_UP_EDITS + SERVE_EDITS; i++) {
                String marker = "Benchmark edit number " + i + ".";
                Files.writeString(content.resolve("methodology.md"), "\n" + marker + "\n", StandardOpenOption.APPEND);
                long start = System.nanoTime();
                long deadline = start + SERVE_EDIT_TIMEOUT.toNanos();
                while (!client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body()
                        .contains(marker)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("edit " + i + " not served within " + SERVE_EDIT_TIMEOUT);
                    }
                    Thread.sleep(POLL_MILLIS / 2);
                }
                if (i >= SERVE_WARM_UP_EDITS) {
                    millis[i - SERVE_WARM_UP_EDITS] = Math.round((System.nanoTime() - start) / 1e6);
                }
                Thread.sleep(POLL_MILLIS * 10); // let the watcher settle: one edit, one burst
            }
        }
        long median = median(millis);
        System.out.printf(Locale.ROOT, "Serve, %s: Markdown edit saved → served page shows it, median of %d on a warm "
                + "server: %d ms (all: %s)   target ≤ %.0f ms%s%n", what, SERVE_EDITS, median,
                Arrays.toString(millis), TARGET_SERVE_MILLIS, verdict(median <= TARGET_SERVE_MILLIS));
    }

    /**
     * Acceptance against the makers' published footprints, for both configurations: the median |log10(estimate ÷
     * published)| of training energy and of electricity CO2e, and every GPU-hours figure that comes from training
     * time, each with its target.
     */
    private static void accuracy(Path snapshot) throws IOException {
        ProjectData data = ProjectDataReader.read(Path.of("data"));
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        List<org.rebound.domain.NotableModel> models = EpochReader.read(snapshot.toString(), Files.readAllBytes(snapshot))
                .models();
        System.out.printf(Locale.ROOT, "Accuracy against data/published-footprints.csv (%d figures), 2026 snapshot:%n",
                data.publishedFootprints().size());
        for (Configuration c : Configuration.values()) {
            Acceptance acc = Acceptance.of(PublishedComparison.of(data.publishedFootprints(),
                    new Estimator(data, a, c).estimate(models).estimates()));
            double energy = Acceptance.medianAbsLog10(acc.energy());
            double electricity = Acceptance.medianAbsLog10(acc.electricity());
            System.out.printf(Locale.ROOT, "  %-8s training energy: median |log10| %.3f over %d, within ×2: %d   "
                    + "target ≤ %.1f%s%n", c.name().toLowerCase(Locale.ROOT), energy, acc.energy().size(),
                    Acceptance.within(acc.energy(), 2), TARGET_LOG10, verdict(energy <= TARGET_LOG10));
            System.out.printf(Locale.ROOT, "  %-8s electricity CO2e: median |log10| %.3f over %d, within ×2: %d   "
                    + "target ≤ %.1f%s%n", "", electricity, acc.electricity().size(),
                    Acceptance.within(acc.electricity(), 2), TARGET_LOG10,
                    verdict(electricity <= TARGET_LOG10));
            System.out.printf(Locale.ROOT, "  %-8s   energy: %s%n", "", ratios(acc.energy()));
            System.out.printf(Locale.ROOT, "  %-8s   electricity CO2e: %s%n", "", ratios(acc.electricity()));
            scores(c, acc);
            for (Acceptance.Ratio r : acc.gpuHoursFromTime()) {
                System.out.printf(Locale.ROOT, "  %-8s GPU-hours from training time, %s: ×%.3f   target within ±%.0f %%%s%n",
                        "", r.model(), r.ratio(), TARGET_GPU_HOURS_SHARE * 100,
                        verdict(Math.abs(r.ratio() - 1) <= TARGET_GPU_HOURS_SHARE));
            }
        }
    }

    /**
     * Issue 18's two scores: the share of GPU-hours within 15 %, of energies within 30 %, of electricity CO2e on a
     * matched basis within ×2, and the median |log10| of all of them; targets for the blind estimate.
     */
    private static void scores(Configuration c, Acceptance acc) {
        boolean blind = c == Configuration.BLIND;
        double hours = share(acc.gpuHours(), TARGET_BLIND_GPU_HOURS_WITHIN);
        double energy = share(acc.energy(), TARGET_BLIND_ENERGY_WITHIN);
        double co2e = Acceptance.shareWithin(acc.electricity(), TARGET_BLIND_CO2E_FACTOR);
        List<Acceptance.Ratio> all = new java.util.ArrayList<>(acc.gpuHours());
        all.addAll(acc.energy());
        all.addAll(acc.electricity());
        double median = Acceptance.medianAbsLog10(all);
        System.out.printf(Locale.ROOT, "  %-8s score: GPU-hours within 15 %%: %.0f %% of %d%s; energy within 30 %%: %.0f %% "
                + "of %d%s; electricity CO2e (matched basis) within ×2: %.0f %% of %d%s; median |log10| %.3f over %d%s%n",
                "", hours * 100, acc.gpuHours().size(), target(blind, hours >= TARGET_BLIND_GPU_HOURS_SHARE, "≥ 80 %"),
                energy * 100, acc.energy().size(), target(blind, energy >= TARGET_BLIND_ENERGY_SHARE, "≥ 90 %"),
                co2e * 100, acc.electricity().size(), target(blind, co2e >= TARGET_BLIND_CO2E_SHARE, "≥ 90 %"),
                median, all.size(), target(blind, median <= TARGET_BLIND_LOG10, "≤ 0.08"));
        System.out.printf(Locale.ROOT, "  %-8s   GPU-hours: %s%n", "", ratios(acc.gpuHours()));
    }

    /** The share of ratios within ±{@code within} of 1 (NaN when there are none). */
    private static double share(List<Acceptance.Ratio> ratios, double within) {
        return ratios.isEmpty() ? Double.NaN
                : ratios.stream().filter(r -> Math.abs(r.ratio() - 1) <= within).count() / (double) ratios.size();
    }

    /** A target's verdict, for the blind estimate only. */
    private static String target(boolean applies, boolean met, String what) {
        return applies ? " (target " + what + (met ? ")" : ", OVER TARGET)") : "";
    }

    private static String ratios(List<Acceptance.Ratio> ratios) {
        return ratios.stream().map(r -> String.format(Locale.ROOT, "%s ×%.2f", r.model(), r.ratio()))
                .reduce((x, y) -> x + ", " + y).orElse("none");
    }

    private static void monteCarlo(Path snapshot) throws IOException {
        ProjectData data = ProjectDataReader.read(Path.of("data"));
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        List<Estimate> estimates = new Estimator(data, a).estimate(
                EpochReader.read(snapshot.toString(), Files.readAllBytes(snapshot)).models()).estimates();
        Uncertainty.run(estimates, data.parameters(), a, DRAWS, 1); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < MC_REPEATS; i++) {
            long start = System.nanoTime();
            Uncertainty.run(estimates, data.parameters(), a, DRAWS, 1 + i);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "Monte Carlo, %,d draws over the %d models of the snapshot, best of %d: %.3f s"
                + "   target ≤ %.1f s%s%n", DRAWS, estimates.size(), MC_REPEATS, best / 1e9, TARGET_MC_SECONDS,
                verdict(best / 1e9 <= TARGET_MC_SECONDS));
    }

    /** Chart sizes and page weights of a built site. */
    private static void sizes(Path site) throws IOException {
        System.out.printf(Locale.ROOT, "Charts of the snapshot's site (target ≤ %.0f KB each):%n", TARGET_CHART_KB);
        try (Stream<Path> charts = Files.list(site.resolve("charts"))) {
            for (Path c : charts.filter(p -> p.toString().endsWith(".svg")).sorted().toList()) {
                long size = Files.size(c);
                System.out.printf(Locale.ROOT, "  %-40s %7.1f KB  (gzip %5.1f KB)%s%n", c.getFileName(), size / KB,
                        gzip(c) / KB, verdict(size / KB <= TARGET_CHART_KB));
            }
        }
        long[] pages = sizes(site.resolve("models"), "index.html");
        System.out.printf(Locale.ROOT, "Model pages: %d, median %.1f KB, largest %.1f KB of HTML   target ≤ %.0f KB%s%n",
                pages.length, pages[pages.length / 2] / KB, pages[pages.length - 1] / KB, TARGET_PAGE_KB,
                verdict(pages[pages.length - 1] / KB <= TARGET_PAGE_KB));
        long total = treeBytes(site);
        System.out.printf(Locale.ROOT, "Whole site: %.1f MB   target < %.0f MB%s%n", total / MB, TARGET_SITE_MB,
                verdict(total / MB < TARGET_SITE_MB));
    }

    /** The five largest files of a site, to see what a larger export grows. */
    private static void largestFiles(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).sorted(Comparator.comparingLong((Path p) -> p.toFile().length())
                    .reversed()).limit(5).forEach(p -> System.out.printf(Locale.ROOT, "  %-40s %9.1f KB%n",
                    site.relativize(p), p.toFile().length() / KB));
        }
    }

    /** Every HTML page over {@value #TARGET_PAGE_MB} MB, and how many there are. */
    private static void largePages(Path site) throws IOException {
        List<Path> large;
        try (Stream<Path> walk = Files.walk(site)) {
            large = walk.filter(p -> p.toString().endsWith(".html") && p.toFile().length() > TARGET_PAGE_MB * MB)
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed()).toList();
        }
        System.out.printf(Locale.ROOT, "  pages over %.0f MB: %d   target 0%s%n", TARGET_PAGE_MB, large.size(),
                verdict(large.isEmpty()));
        large.stream().limit(10).forEach(p -> System.out.printf(Locale.ROOT, "    %-40s %9.1f KB%n",
                site.relativize(p), p.toFile().length() / KB));
    }

    private static boolean hugoInstalled() {
        try {
            return new ProcessBuilder("hugo", "version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String hugoVersion() {
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            String v = readAll(p.getInputStream()).strip();
            p.waitFor();
            return v.split(" ").length > 1 ? "Hugo " + v.split(" ")[1] : v;
        } catch (IOException | InterruptedException e) {
            return "Hugo";
        }
    }

    private static String verdict(boolean met) {
        return met ? "" : "   OVER TARGET";
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long treeBytes(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static long gzip(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(file));
        }
        return bytes.size();
    }

    /** The sizes of the files {@code name} one folder below {@code dir} (a model's page, not the list's pages). */
    private static long[] sizes(Path dir, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            return walk.filter(p -> p.getFileName().toString().equals(name) && dir.relativize(p).getNameCount() == 2)
                    .mapToLong(p -> p.toFile().length()).sorted().toArray();
        }
    }

}
