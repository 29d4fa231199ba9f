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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.rebound.data.EpochExport;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Num;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Catalogue;
import org.rebound.estimate.Configuration;
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
import org.rebound.stats.Statistics;
import org.rebound.site.Publication;
import org.rebound.site.Routes;
import org.rebound.site.SiteWriter;

/**
 * One build, in named stages: read (project data, Epoch export) → estimate → scenarios → stats (every fit,
 * the validation, the Monte Carlo) → report (assembled, no computation) → render (pages, charts and downloads
 * into a staging folder, swapped in at the end).
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
     * @param timings  print the time each stage took
     * @param allowShrink publish even when far fewer models are estimated than in the site replaced
     */
    public record Options(Path data, Path content, Path templates, Path out, Optional<String> models,
            Optional<LocalDate> accessed, Path changelog, Optional<Path> editions, boolean freeze,
            Optional<String> baseUrl, boolean timings, boolean allowShrink) {

        /** Options that refuse a shrinking site. */
        public Options(Path data, Path content, Path templates, Path out, Optional<String> models,
                Optional<LocalDate> accessed, Path changelog, Optional<Path> editions, boolean freeze,
                Optional<String> baseUrl, boolean timings) {
            this(data, content, templates, out, models, accessed, changelog, editions, freeze, baseUrl, timings, false);
        }

        /** A build of the root site only, no editions. */
        public Options(Path data, Path content, Path templates, Path out, Optional<String> models,
                Optional<LocalDate> accessed) {
            this(data, content, templates, out, models, accessed, Path.of("CHANGES.md"), Optional.empty(), false,
                    Optional.empty(), false);
        }

        /** The same build, with or without stage times. */
        public Options withTimings(boolean print) {
            return new Options(data, content, templates, out, models, accessed, changelog, editions, freeze, baseUrl,
                    print, allowShrink);
        }
    }

    /** What a build produced. */
    public record Summary(Report report, SiteWriter.Written written) {
    }

    /** What the read stage gives: the project's data and the export's models, with where they came from. */
    private record Inputs(ProjectData data, EpochExport export, ModelsSource source) {
    }

    private Build() {
    }

    /** Builds the site: {@link #compute} then {@link #render}; with {@code options.timings()}, prints each stage. */
    public static Summary run(Options options, PrintStream log) {
        Stages stages = new Stages();
        Summary summary = render(compute(options, log, stages), options, log, stages);
        if (options.timings()) {
            stages.print(log);
        }
        return summary;
    }

    /** What the read, estimate, scenarios, stats and report stages give: all a render needs. */
    public record Computed(ProjectData data, Report report) {
    }

    /** Reads, estimates, runs the scenarios and the statistics, and assembles the report. */
    public static Computed compute(Options options, PrintStream log) {
        return compute(options, log, new Stages());
    }

    /** Renders a computed report with the templates and content of {@code options} into its output folder. */
    public static Summary render(Computed computed, Options options, PrintStream log) {
        return render(computed, options, log, new Stages());
    }

    private static Computed compute(Options options, PrintStream log, Stages stages) {
        Inputs in = stages.time("read", () -> read(options, log));
        ProjectData data = in.data();
        Assumptions assumptions = Assumptions.from(data.parameters(), data.edition());
        Estimator estimator = stages.time("estimate", () -> new Estimator(data, assumptions, Configuration.REBOUND));
        Estimation estimation = stages.time("estimate", () -> estimator.estimate(in.export().models()));
        // The study's configuration too, for the growth rates and the agreement side by side.
        Estimation study = stages.time("estimate", () -> new Estimator(data, assumptions, Configuration.STUDY)
                .estimate(in.export().models()));
        Catalogue catalogue = stages.time("estimate", () -> Catalogue.of(data.accelerators(), estimator.lca()));
        List<ScenarioResult> scenarios = stages.time("scenarios", () -> Scenarios.run(data, estimation,
                Configuration.REBOUND));
        // Each training run counts once in the fits (entries that repeat a run keep their pages).
        Statistics statistics = stages.time("stats", () -> Statistics.run(estimation.runs(), study.estimates(),
                catalogue, data.parameters(), assumptions));
        Report report = stages.time("report", () -> ReportBuilder.build(data, in.source(), estimation, study,
                catalogue, scenarios, statistics));
        return new Computed(data, report);
    }

    private static Summary render(Computed computed, Options options, PrintStream log, Stages stages) {
        Report report = computed.report();
        SiteWriter.Written written = stages.time("render", () -> Publication.write(report,
                new SiteWriter(options.templates(), options.content()), new Publication.Destination(options.out(),
                        options.editions(), options.freeze(), options.changelog(), options.allowShrink()), log));
        printSummary(report, written, options.out(), log);
        long unregistered = report.estimates().size() - Routes.resolve(report.estimates().stream()
                .map(e -> e.model()).toList(), computed.data().slugs()).size();
        if (unregistered > 0) {
            log.println("warning: " + unregistered + " estimated models have no registered page name yet; run "
                    + "'./rebound slugs --models " + report.source().location() + "' and commit data/"
                    + ProjectDataReader.SLUGS_FILE + " so that their addresses stay the same in later editions.");
        }
        return new Summary(report, written);
    }

    /** Reads the project's data and the Epoch export, and says what was read. */
    private static Inputs read(Options options, PrintStream log) {
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
        return new Inputs(data, export, source);
    }

    /** The wall time of each named stage, in the order they first ran. */
    private static final class Stages {
        private final Map<String, Long> nanos = new LinkedHashMap<>();
        private final long start = System.nanoTime();

        <T> T time(String stage, Supplier<T> work) {
            long t0 = System.nanoTime();
            try {
                return work.get();
            } finally {
                nanos.merge(stage, System.nanoTime() - t0, Long::sum);
            }
        }

        /** Lines {@code timing <stage>: <ms> ms}, then {@code timing total: <ms> ms}. */
        void print(PrintStream log) {
            nanos.forEach((stage, ns) -> log.println("timing " + stage + ": " + ns / 1_000_000 + " ms"));
            log.println("timing total: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
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
