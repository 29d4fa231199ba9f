package org.rebound;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rebound.data.EpochExport;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Num;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.report.ModelsSource;
import org.rebound.report.ReasonCount;
import org.rebound.report.Report;
import org.rebound.report.ReportBuilder;
import org.rebound.scenario.ScenarioResult;
import org.rebound.scenario.Scenarios;
import org.rebound.stats.GpuHoursValidation;
import org.rebound.stats.Uncertainty;
import org.rebound.site.Editions;
import org.rebound.site.SiteOutput;
import org.rebound.site.SiteWriter;

/**
 * One build, in named stages: read (data, Epoch export) → estimate → report (fits, headlines) → render
 * (pages, charts, downloads into a staging folder) → commit (swap the output folder).
 */
public final class Build {
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(120);

    /**
     * What to build.
     *
     * @param models   Epoch export: a path, an http(s) URL, or {@code latest}; empty for the edition's sample
     * @param accessed when the export was accessed; empty for the edition's date (sample) or unknown
     * @param changelog the project's CHANGES.md, shown on the about page
     * @param editions folder of published editions ({@code <year>/} each), copied under {@code editions/}
     * @param freeze   publish this edition: write it to {@code <editions>/<year>/}, which must not exist yet
     * @param baseUrl  where the site is served, overriding {@code base-url} of {@code data/edition.yaml}
     */
    public record Options(Path data, Path content, Path templates, Path out, Optional<String> models,
            Optional<LocalDate> accessed, Path changelog, Optional<Path> editions, boolean freeze,
            Optional<String> baseUrl) {

        /** A build of the root site only, no editions. */
        public Options(Path data, Path content, Path templates, Path out, Optional<String> models,
                Optional<LocalDate> accessed) {
            this(data, content, templates, out, models, accessed, Path.of("CHANGES.md"), Optional.empty(), false,
                    Optional.empty());
        }
    }

    /** What a build produced. */
    public record Summary(Report report, SiteWriter.Written written) {
    }

    private Build() {
    }

    /** Builds the site: {@link #compute} then {@link #render}. */
    public static Summary run(Options options, PrintStream log) {
        return run(options, log, false);
    }

    /**
     * Builds the site; with {@code timings}, also prints the wall time of each stage as
     * {@code timing <stage>: <ms> ms} lines, ending with {@code timing total: <ms> ms}.
     */
    public static Summary run(Options options, PrintStream log, boolean timings) {
        Timings clock = new Timings();
        Summary summary = render(compute(options, log, clock), options, log, clock);
        if (timings) {
            clock.print(log);
        }
        return summary;
    }

    /** What the read, estimate, stats and report stages give: all a render needs besides templates and content. */
    public record Computed(ProjectData data, Report report) {
    }

    /** Reads the data and the Epoch export, estimates every model, runs the statistics and builds the report. */
    public static Computed compute(Options options, PrintStream log) {
        return compute(options, log, new Timings());
    }

    /**
     * Renders a computed report with the templates and content of {@code options} into {@code options.out()},
     * replacing it only when complete.
     */
    public static Summary render(Computed computed, Options options, PrintStream log) {
        return render(computed, options, log, new Timings());
    }

    private static Computed compute(Options options, PrintStream log, Timings clock) {
        ProjectData read = ProjectDataReader.read(options.data());
        if (options.baseUrl().isPresent() && !options.baseUrl().get().matches("https?://[^\\s]+/")) {
            throw new InputException(Problem.ofFile("--base-url", "'" + options.baseUrl().get() + "', expected an "
                    + "absolute http(s) URL ending with '/'"));
        }
        ProjectData data = options.baseUrl().map(u -> read.withEdition(read.edition().withBaseUrl(u))).orElse(read);
        for (Problem p : data.problems()) {
            log.println("warning: " + p);
        }
        String location = options.models().map(m -> m.equals("latest") ? data.edition().epochLatestUrl() : m)
                .orElse(options.data().resolve(data.edition().models()).toString());
        EpochExport export = EpochReader.read(location, readModels(location));
        for (Problem p : export.warnings()) {
            log.println("warning: " + p);
        }
        Optional<LocalDate> accessed = options.accessed().or(() -> options.models().isEmpty()
                ? Optional.of(data.edition().modelsAccessed()) : Optional.empty());
        ModelsSource source = new ModelsSource(location, export.sha256(), accessed, export.schema(),
                export.models().size());
        log.println(data.edition().title() + ": read " + export.models().size() + " models from " + location
                + " (" + export.schema() + " columns, sha256 " + export.sha256().substring(0, 12) + ")");

        clock.lap("read");
        Assumptions assumptions = Assumptions.from(data.parameters(), data.edition());
        Estimator estimator = new Estimator(data, assumptions);
        Estimation estimation = estimator.estimate(export.models());
        clock.lap("estimate");
        List<ScenarioResult> scenarios = Scenarios.run(data, export.models());
        GpuHoursValidation.Result validation = GpuHoursValidation.run(estimation.estimates(),
                assumptions.performanceRatio());
        Uncertainty.Result uncertainty = Uncertainty.run(estimation.estimates(), data.parameters(), assumptions);
        clock.lap("stats");
        Report report = ReportBuilder.build(data, source, estimation, estimator.lca(), scenarios, validation,
                uncertainty);
        clock.lap("report");
        return new Computed(data, report);
    }

    private static Summary render(Computed computed, Options options, PrintStream log, Timings clock) {
        ProjectData data = computed.data();
        Report report = computed.report();

        SiteWriter writer = new SiteWriter(options.templates(), options.content());
        List<Editions.Frozen> editions = options.editions().map(Editions::list).orElse(List.of());
        int year = data.edition().year();
        Optional<Editions.Frozen> sameYear = editions.stream().filter(f -> f.year() == year).findFirst();
        if (options.freeze()) {
            Path folder = options.editions().orElseThrow(() -> new InputException(Problem.ofFile(options.out()
                    .toString(), "--freeze needs --editions DIR, the folder of published editions")));
            Path frozen = folder.resolve(Integer.toString(year));
            if (sameYear.isPresent() || Files.exists(frozen)) {
                throw new InputException(Problem.ofFile(frozen.toString(), "edition " + year + " is already published "
                        + "here, expected a year not yet published: a published edition is never rebuilt; raise "
                        + "'year' in data/edition.yaml for a new edition"));
            }
            SiteOutput frozenOut = SiteOutput.open(frozen);
            try {
                writer.write(report, frozenOut, new SiteWriter.Target(data.edition().editionUrl(), true, true,
                        editions, options.changelog()));
                frozenOut.commit();
            } catch (RuntimeException e) {
                frozenOut.abandon();
                throw e;
            }
            log.println("Published edition " + year + " in " + frozen + "; it will be copied unchanged into every "
                    + "later build given --editions " + folder + ".");
            editions = Editions.list(folder);
        } else if (sameYear.isPresent() && !sameYear.get().dataSha256().equals(report.source().sha256())) {
            log.println("warning: edition " + year + " was published from data sha256 "
                    + sameYear.get().dataSha256().substring(0, 12) + "; this build reads "
                    + report.source().sha256().substring(0, 12) + ": the root shows the new numbers while editions/" + year
                    + "/ keeps the published ones. Raise 'year' in data/edition.yaml for a new edition.");
        }
        boolean published = editions.stream().anyMatch(f -> f.year() == year);

        SiteOutput out = SiteOutput.open(options.out());
        SiteWriter.Written written;
        try {
            written = writer.write(report, out, new SiteWriter.Target(data.edition().baseUrl(), published, false,
                    editions, options.changelog()));
            clock.lap("render");
            out.commit();
            clock.lap("commit");
        } catch (RuntimeException e) {
            out.abandon();
            throw e;
        }
        printSummary(report, written, options.out(), log);
        return new Summary(report, written);
    }

    private static void printSummary(Report report, SiteWriter.Written written, Path out, PrintStream log) {
        Estimation e = report.estimation();
        int total = e.estimates().size() + e.exclusions().size();
        log.println("Estimated " + e.estimates().size() + " of " + total + " models (kept share "
                + Num.percent(e.keptShare(), 1) + ").");
        log.println("Excluded " + e.exclusions().size() + ":");
        List<ReasonCount> counts = report.exclusionCounts();
        for (ReasonCount c : counts) {
            log.println(String.format(java.util.Locale.ROOT, "  %5d  %s", c.count(), c.reason()));
        }
        log.println("Site: " + written.pages() + " pages, " + written.files() + " files in " + out);
    }

    /** Wall time per stage, in the order the stages ran. */
    private static final class Timings {
        private final long start = System.nanoTime();
        private final java.util.Map<String, Long> stageNanos = new java.util.LinkedHashMap<>();
        private long last = start;

        /** Ends the stage {@code name}, begun when the previous one ended. */
        void lap(String name) {
            long now = System.nanoTime();
            stageNanos.merge(name, now - last, Long::sum);
            last = now;
        }

        void print(PrintStream log) {
            stageNanos.forEach((stage, nanos) -> log.println("timing " + stage + ": " + millis(nanos) + " ms"));
            log.println("timing total: " + millis(last - start) + " ms");
        }

        private static long millis(long nanos) {
            return Math.round(nanos / 1e6);
        }
    }

    /** The bytes of the export, from a file or downloaded. */
    static byte[] readModels(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            try {
                HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(DOWNLOAD_TIMEOUT).build();
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(location))
                        .timeout(DOWNLOAD_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new InputException(Problem.ofFile(location, "download failed with HTTP status "
                            + response.statusCode() + ", expected 200"));
                }
                return response.body();
            } catch (IOException | IllegalArgumentException e) {
                throw new InputException(Problem.ofFile(location, "cannot download: " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException(Problem.ofFile(location, "download interrupted"));
            }
        }
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(location, "cannot read the file: it does not exist or is not a file"));
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(location, "cannot read the file: " + e.getMessage()));
        }
    }
}
