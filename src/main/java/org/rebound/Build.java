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
    /** How long a download may take in all, from connecting to the last byte (a trickling server is cut off). */
    static final Duration DOWNLOAD_DEADLINE = Duration.ofSeconds(120);
    /** Significant digits of the numbers an exclusion's detail quotes, when it does not say. */
    private static final int DETAIL_DIGITS = 6;
    /** How long connecting may take. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** The largest export accepted: Epoch's is about 2 MB; a hundred times that is not an export. */
    static final long DOWNLOAD_MAX_BYTES = 256L * 1024 * 1024;
    /** The cache's folder of rendered PNGs. */
    static final String PNG_FOLDER = "png";

    /**
     * What to build.
     *
     * @param models   Epoch export: a path, an http(s) URL, or {@code latest}; empty for the edition's pinned export
     * @param accessed when the export was accessed; empty for the pinned export's date, or unknown
     * @param changelog the project's CHANGES.md, shown on the about page
     * @param editions folder of published editions ({@code <year>/} each), copied under {@code editions/}
     * @param freeze   publish this edition: write it to {@code <editions>/<year>/}, which must not exist yet
     * @param baseUrl  where the site is served, overriding {@code base-url} of {@code data/edition.yaml}
     * @param timings  print the time each stage took
     * @param allowShrink publish even when far fewer models are estimated than in the site replaced
     * @param cache    folder of kept builds and rendered PNGs ({@link CachedBuild}); empty to build everything
     */
    public record Options(Path data, Path content, Path templates, Path out, Optional<String> models,
            Optional<LocalDate> accessed, Path changelog, Optional<Path> editions, boolean freeze,
            Optional<String> baseUrl, boolean timings, boolean allowShrink, Optional<Path> cache) {

        /** The same build, with or without stage times. */
        public Options withTimings(boolean print) {
            return toBuilder().timings(print).build();
        }

        /** Where rendered PNGs are kept by their input's hash: {@code <cache>/png}, or nowhere. */
        public org.rebound.chart.PngCache pngCache() {
            return cache.map(c -> org.rebound.chart.PngCache.at(c.resolve(PNG_FOLDER)))
                    .orElse(org.rebound.chart.PngCache.none());
        }

        /**
         * Options as {@code ./rebound build} has them with no argument, from the project folder: {@code data/},
         * {@code content/}, {@code templates/} and {@code CHANGES.md}, the edition's pinned export, into {@code site/}.
         */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder starting from these options. */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.data = data;
            b.content = content;
            b.templates = templates;
            b.out = out;
            b.models = models;
            b.accessed = accessed;
            b.changelog = changelog;
            b.editions = editions;
            b.freeze = freeze;
            b.baseUrl = baseUrl;
            b.timings = timings;
            b.allowShrink = allowShrink;
            b.cache = cache;
            return b;
        }

        /** Builds {@link Options} one setting at a time; every setting has {@code ./rebound build}'s default. */
        public static final class Builder {
            private Path data = Path.of("data");
            private Path content = Path.of("content");
            private Path templates = Path.of("templates");
            private Path out = Path.of("site");
            private Optional<String> models = Optional.empty();
            private Optional<LocalDate> accessed = Optional.empty();
            private Path changelog = Path.of("CHANGES.md");
            private Optional<Path> editions = Optional.empty();
            private boolean freeze;
            private Optional<String> baseUrl = Optional.empty();
            private boolean timings;
            private boolean allowShrink;
            private Optional<Path> cache = Optional.empty();

            private Builder() {
            }

            public Builder data(Path folder) {
                data = folder;
                return this;
            }

            public Builder content(Path folder) {
                content = folder;
                return this;
            }

            public Builder templates(Path folder) {
                templates = folder;
                return this;
            }

            public Builder out(Path folder) {
                out = folder;
                return this;
            }

            /** An Epoch export (a path, a URL or {@code latest}); empty for the edition's pinned export. */
            public Builder models(Optional<String> export) {
                models = export;
                return this;
            }

            public Builder models(String export) {
                return models(Optional.of(export));
            }

            public Builder accessed(Optional<LocalDate> day) {
                accessed = day;
                return this;
            }

            public Builder changelog(Path file) {
                changelog = file;
                return this;
            }

            public Builder editions(Optional<Path> folder) {
                editions = folder;
                return this;
            }

            public Builder freeze(boolean publish) {
                freeze = publish;
                return this;
            }

            public Builder baseUrl(Optional<String> url) {
                baseUrl = url;
                return this;
            }

            public Builder timings(boolean print) {
                timings = print;
                return this;
            }

            public Builder allowShrink(boolean allow) {
                allowShrink = allow;
                return this;
            }

            /** The folder of kept builds and PNGs; empty (the default) to build everything. */
            public Builder cache(Optional<Path> folder) {
                cache = folder;
                return this;
            }

            public Options build() {
                return new Options(data, content, templates, out, models, accessed, changelog, editions, freeze,
                        baseUrl, timings, allowShrink, cache);
            }
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
        try {
            return computeIn(options, log, stages);
        } catch (InputException e) {
            throw located(e, options.data());
        }
    }

    /**
     * The problems of {@code e} with a bare file name of the data folder ("parameters.yaml", which the stages after
     * reading name without its folder) given as its path in {@code data}, so that every message says where.
     */
    static InputException located(InputException e, Path data) {
        List<Problem> problems = new java.util.ArrayList<>();
        boolean changed = false;
        for (Problem p : e.problems()) {
            boolean bare = !p.file().isEmpty() && !p.file().contains("/") && !p.file().contains("\\")
                    && Files.isRegularFile(data.resolve(p.file()));
            problems.add(bare ? new Problem(data.resolve(p.file()).toString(), p.line(), p.column(), p.message()) : p);
            changed |= bare;
        }
        return changed ? new InputException(problems) : e;
    }

    private static Computed computeIn(Options options, PrintStream log, Stages stages) {
        // The output folder is checked before anything is computed: a refusal should not wait for the whole build.
        org.rebound.site.SiteOutput.check(options.out());
        // What the render stage loads the first time (the template engine, Java2D's fonts) warms up on the other core
        // while the stages before it run; it writes nothing and changes no result.
        java.util.concurrent.CompletableFuture<Void> warm = java.util.concurrent.CompletableFuture.runAsync(
                SiteWriter::warmUp);
        Inputs in = stages.time("read", () -> read(options, log));
        ProjectData data = in.data();
        Assumptions assumptions = Assumptions.from(data.parameters(), data.edition());
        Estimator estimator = stages.time("estimate", () -> new Estimator(data, assumptions, Configuration.REBOUND));
        Estimation estimation = stages.time("estimate", () -> estimator.estimate(in.export().models()));
        // The stages after the estimate depend on it only: the scenarios run beside the study's estimate and the
        // statistics (each result is the same whichever finishes first).
        java.util.concurrent.CompletableFuture<List<ScenarioResult>> scenarios = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> stages.time("scenarios", () -> Scenarios.run(data, estimation,
                        Configuration.REBOUND)));
        // The study's configuration too, for the growth rates and the agreement side by side.
        Estimation study = stages.time("estimate", () -> new Estimator(data, assumptions, Configuration.STUDY)
                .estimate(in.export().models()));
        // The best estimate's method on Epoch's data alone, to measure its skill against the makers' figures.
        Estimation blind = stages.time("estimate", () -> new Estimator(data, assumptions, Configuration.BLIND)
                .estimate(in.export().models()));
        // The study's own scenarios, beside the best estimate's.
        List<ScenarioResult> studyScenarios = stages.time("scenarios", () -> Scenarios.trends(data, study,
                Configuration.STUDY));
        Catalogue catalogue = stages.time("estimate", () -> Catalogue.of(data.accelerators(), estimator.lca()));
        // Each training run counts once in the fits (entries that repeat a run keep their pages).
        Statistics statistics = stages.time("stats", () -> Statistics.run(estimation.runs(), study.estimates(),
                catalogue, data.parameters(), estimation.applyTo(estimator.assumptions())));
        List<ScenarioResult> scenarioResults = join(scenarios);
        Report report = stages.time("report", () -> ReportBuilder.build(data, in.source(), estimation, study, blind,
                catalogue, scenarioResults, studyScenarios, statistics));
        join(warm);
        return new Computed(data, report);
    }

    /** The result of work run beside the caller; its exception, as it was thrown there. */
    private static <T> T join(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static Summary render(Computed computed, Options options, PrintStream log, Stages stages) {
        Report report = computed.report();
        SiteWriter.Written written = stages.time("render", () -> Publication.write(report,
                new SiteWriter(options.templates(), options.content(), options.pngCache()), new Publication.Destination(options.out(),
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
        // The project's own data must be clean: a bad row of it would silently drop a card, a country or a source.
        if (!data.problems().isEmpty()) {
            throw new InputException(data.problems());
        }
        String location = options.models().map(m -> m.equals("latest") ? data.edition().epochLatestUrl() : m)
                .orElse(options.data().resolve(data.edition().models()).toString());
        if (options.freeze()) {
            org.rebound.site.EditionArchive.requireArchivableInput(location, data.edition());
        }
        // The location as pages, citations and messages show it: no user, password, query or fragment of a URL.
        String shown = shown(location);
        EpochExport export = EpochReader.read(shown, readModels(location), EpochReader.Limits.of(data.parameters()));
        if (options.models().isEmpty() && !export.sha256().equals(data.edition().modelsSha256())) {
            throw new InputException(Problem.ofFile(shown, "sha256 is " + export.sha256() + ", expected "
                    + data.edition().modelsSha256() + " (models-sha256 of edition.yaml): the edition's pinned export "
                    + "must not change; to build another export, give it with --models"));
        }
        export.warnings().stream().limit(WARNINGS_SHOWN).forEach(p -> log.println("warning: " + p));
        if (export.warnings().size() > WARNINGS_SHOWN) {
            log.println("warning: " + org.rebound.domain.Num.count(export.warnings().size() - WARNINGS_SHOWN)
                    + " more warnings about the export, " + org.rebound.domain.Num.count(export.warnings().size())
                    + " in all (the first " + WARNINGS_SHOWN + " are listed)");
        }
        Optional<LocalDate> accessed = options.accessed().or(() -> options.models().isEmpty()
                ? Optional.of(data.edition().modelsAccessed()) : Optional.empty());
        ModelsSource source = new ModelsSource(shown, export.sha256(), accessed, export.schema(),
                export.models().size());
        log.println(data.edition().title() + ": read " + export.models().size() + " models from " + shown
                + " (" + export.schema() + " columns, sha256 " + export.sha256().substring(0, 12) + ")");
        return new Inputs(data, export, source);
    }

    /**
     * Downloads an export within {@link #DOWNLOAD_DEADLINE} and {@link #DOWNLOAD_MAX_BYTES}, or refuses saying what
     * failed, in words.
     */
    static byte[] download(String location) {
        return download(location, DOWNLOAD_DEADLINE, DOWNLOAD_MAX_BYTES);
    }

    /** The same with another deadline and cap (tests). */
    static byte[] download(String location, Duration deadline, long maxBytes) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new InputException(Problem.ofFile(shown(location), "cannot download: not a valid URL"));
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT).build();
        java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rebound-download");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicReference<java.io.InputStream> body = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong(-1);
        java.util.concurrent.Future<byte[]> bytes = reader.submit(() -> {
            HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(uri)
                    .timeout(deadline).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = response.body()) {
                body.set(in);
                if (response.statusCode() / 100 == 3) {
                    throw new InputException(Problem.ofFile(shown(location), "cannot download: the server still "
                            + "redirects (HTTP " + response.statusCode() + ") after the redirects a client follows, "
                            + "expected the file: a redirect loop, or a redirect from https to http"));
                }
                if (response.statusCode() != 200) {
                    throw new InputException(Problem.ofFile(shown(location), "cannot download: the server answered HTTP "
                            + response.statusCode() + ", expected 200"));
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, n);
                    received.set(out.size());
                    if (out.size() > maxBytes) {
                        throw new InputException(Problem.ofFile(shown(location), "cannot download: the file is larger than "
                                + Num.sig(maxBytes / (1024.0 * 1024), 3) + " MB, expected an export of a few MB"));
                    }
                }
                return out.toByteArray();
            }
        });
        try {
            return bytes.get(deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new InputException(Problem.ofFile(shown(location), "cannot download: not finished within "
                    + deadline.toSeconds() + " s, expected the whole file by then"));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InputException refused) {
                throw refused;
            }
            if (e.getCause() instanceof IOException && body.get() != null) {
                // The headers came, the body did not all come: the connection closed or broke part-way.
                throw new InputException(Problem.ofFile(shown(location), "cannot download: the connection ended after "
                        + Num.count(Math.max(0, received.get())) + " bytes, before the whole file ("
                        + Problem.firstLine(String.valueOf(e.getCause().getMessage())) + "); try again"));
            }
            throw new InputException(Problem.ofFile(shown(location), "cannot download: " + why(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(Problem.ofFile(shown(location), "cannot download: interrupted"));
        } finally {
            bytes.cancel(true);
            java.io.InputStream in = body.get();
            if (in != null) {
                try {
                    in.close(); // unblocks a read stuck on a trickling server
                } catch (IOException ignored) {
                    // Closing is best effort: the thread is a daemon.
                }
            }
            reader.shutdownNow();
        }
    }

    /** A download failure in words. */
    private static String why(Throwable t) {
        if (t instanceof java.net.ConnectException) {
            return "could not connect (connection refused or unreachable)";
        }
        if (t instanceof java.net.http.HttpConnectTimeoutException) {
            return "could not connect within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (t instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + DOWNLOAD_DEADLINE.toSeconds() + " s";
        }
        if (t instanceof java.net.UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
            return "unknown host";
        }
        if (t instanceof javax.net.ssl.SSLException) {
            return "the secure connection failed (" + Problem.firstLine(t.getMessage()) + ")";
        }
        if (t instanceof java.net.ProtocolException) {
            return "the server's answer is not HTTP a client accepts (" + Problem.firstLine(t.getMessage())
                    + "), expected an HTTP server answering with the file";
        }
        String message = t.getMessage();
        return "a network error" + (message == null ? " (" + t.getClass().getSimpleName() + ")"
                : " (" + Problem.firstLine(message) + ")");
    }

    /** The wall time of each named stage, in the order they first ran. */
    private static final class Stages {
        private final Map<String, Long> nanos = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
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
            new LinkedHashMap<>(nanos).forEach((stage, ns) -> log.println("timing " + stage + ": " + ns / 1_000_000 + " ms"));
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
        printRowProblems(e, log);
    }

    /** Rows whose values could not be read or are implausible: how many, and the first few with their place. */
    static void printRowProblems(Estimation e, PrintStream log) {
        List<String> lines = new java.util.ArrayList<>();
        int rows = 0;
        for (org.rebound.domain.Exclusion x : e.exclusions()) {
            if (!ROW_PROBLEMS.contains(x.reason())) {
                continue;
            }
            rows++;
            if (x.model().problems().isEmpty()) {
                lines.add(new Problem(x.model().source().file(), x.model().source().line(), 0, x.explanation(org.rebound.domain.Num.writer(DETAIL_DIGITS)))
                        .toString());
            } else {
                x.model().problems().forEach(p -> lines.add(p.toString()));
            }
        }
        if (rows == 0) {
            return;
        }
        log.println("warning: " + rows + (rows == 1 ? " row" : " rows") + " excluded for values that could not be read "
                + "or are implausible"
                + (lines.size() > ROW_PROBLEMS_SHOWN ? "; the first " + ROW_PROBLEMS_SHOWN + " of " + lines.size()
                        + " problems (all in data/excluded.csv):" : ":"));
        lines.stream().limit(ROW_PROBLEMS_SHOWN).forEach(l -> log.println("warning: " + l));
    }

    /** Exclusions that are a problem of the row itself, printed at the end of a build. */
    private static final java.util.Set<org.rebound.domain.Exclusion.Reason> ROW_PROBLEMS = java.util.EnumSet.of(
            org.rebound.domain.Exclusion.Reason.UNPARSABLE_VALUE, org.rebound.domain.Exclusion.Reason.IMPLAUSIBLE_VALUE,
            org.rebound.domain.Exclusion.Reason.NOT_FINITE);
    /** How many row problems a build prints; excluded.csv lists every one. */
    private static final int ROW_PROBLEMS_SHOWN = 5;
    /** How many warnings about the export a build prints; a flood's rest is counted in one more line. */
    private static final int WARNINGS_SHOWN = 20;

    /** The bytes of the export, from a file or downloaded. */
    /** Whether {@code location} is an http(s) URL, whatever the case of its scheme. */
    static boolean isUrl(String location) {
        return location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8);
    }

    /**
     * A location as it may be shown and stored: a URL keeps its scheme, host, port and path only (a user and
     * password, a pre-signed query or a fragment are secrets a page must not publish); a path is kept as it is.
     */
    public static String shown(String location) {
        if (!isUrl(location)) {
            return location;
        }
        try {
            URI u = new URI(location);
            if (u.getHost() != null) {
                return u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getHost()
                        + (u.getPort() >= 0 ? ":" + u.getPort() : "") + (u.getRawPath() == null ? "" : u.getRawPath());
            }
        } catch (java.net.URISyntaxException e) {
            // not a valid URI: cut by hand below
        }
        String cut = location.replaceAll("[?#].*$", "");
        return cut.replaceFirst("^([A-Za-z]+://)[^/]*@", "$1");
    }

    static byte[] readModels(String location) {
        if (isUrl(location)) {
            return download(location);
        }
        Path path;
        try {
            path = Path.of(location);
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(Problem.ofFile(location, "cannot read the file: " + Problem.reason(e)));
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(location, "cannot read the file: it does not exist or is not a file"));
        }
        try {
            // A local file is capped as a download is: an export is a few MB, and a larger file would be read whole.
            long size = Files.size(path);
            if (size > DOWNLOAD_MAX_BYTES) {
                throw new InputException(Problem.ofFile(location, "the file is " + Num.sig(size / (1024.0 * 1024), 3)
                        + " MB, more than " + Num.sig(DOWNLOAD_MAX_BYTES / (1024.0 * 1024), 3) + " MB, expected an "
                        + "export of a few MB"));
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(location, "cannot read the file: " + Problem.reason(e)));
        }
    }
}
