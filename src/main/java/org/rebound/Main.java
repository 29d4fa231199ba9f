package org.rebound;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.List;
import org.rebound.check.SiteChecker;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.data.SlugRegistry;
import org.rebound.domain.NotableModel;
import org.rebound.domain.RegisteredSlug;
import org.rebound.site.Routes;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: {@code build} the site, {@code check} a built site, {@code serve} a live preview. */
@Command(name = "rebound", mixinStandardHelpOptions = true, version = "Rebound 0.1",
        description = "Builds the Rebound report: the environmental footprint of training notable AI models.",
        subcommands = {Main.SlugsCommand.class, Main.BuildCommand.class, Main.CheckCommand.class, Main.ServeCommand.class})
public final class Main implements Runnable {
    /** Exit code of a build that refused its input (or its environment: a full disk, a locked output folder). */
    static final int INPUT_ERROR = 2;
    /** Exit code of an internal error: a defect of Rebound, to be reported. */
    static final int INTERNAL_ERROR = 1;
    /** Where to report an internal error. */
    static final String REPORT_TO = "https://github.com/rebound-report/rebound/issues";

    /** Where commands print; {@link #run(PrintStream, PrintStream, String...)} points them elsewhere for a test. */
    static PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** A command line with its output and errors printed to the given streams (one at a time). */
    static synchronized int run(PrintStream out, PrintStream err, String... args) {
        PrintStream oldOut = OUT;
        PrintStream oldErr = ERR;
        OUT = out;
        ERR = err;
        try {
            return run(args);
        } finally {
            OUT = oldOut;
            ERR = oldErr;
        }
    }

    static int run(String... args) {
        try {
            return new CommandLine(new Main()).setOut(new java.io.PrintWriter(OUT, true))
                    .setErr(new java.io.PrintWriter(ERR, true)).setExecutionExceptionHandler(Main::failed).execute(args);
        } catch (OutOfMemoryError e) {
            // What is left of the heap is enough for one line: the input is too large for the heap, not a defect.
            return outOfMemory();
        } catch (Throwable e) {
            // An Error picocli does not hand to failed (a stack overflow, a linkage error): one line too.
            return failed(new IllegalStateException(e.getClass().getSimpleName() + ": " + e.getMessage(), e), null,
                    null);
        }
    }

    /** The line an exhausted heap ends with: how large the heap was, and how to raise it. */
    static int outOfMemory() {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        ERR.println("error: out of memory: the input needs more than the " + heapMb + " MB heap this build may use; "
                + "check the export's size and row count, or raise the heap, e.g. REBOUND_JAVA_OPTS=-Xmx4g ./rebound "
                + "build ...");
        ERR.println("Nothing was built; the previous site, if any, is unchanged.");
        return INPUT_ERROR;
    }

    /**
     * What any exception a command did not handle becomes: a refused input prints its problems, one line each (exit
     * 2); anything else is a defect, printed as one line asking to report it (exit 1), its stack trace only when
     * REBOUND_DEBUG is set.
     */
    static int failed(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        if (hasCause(e, OutOfMemoryError.class)) {
            return outOfMemory();
        }
        if (e instanceof InputException input) {
            printProblems(input);
            ERR.println("Nothing was built; the previous site, if any, is unchanged.");
            return INPUT_ERROR;
        }
        // A path the locale cannot encode (a non-ASCII name under LANG=C) is the input's, not a defect.
        java.nio.file.InvalidPathException path = cause(e, java.nio.file.InvalidPathException.class);
        if (path != null) {
            ERR.println("error: " + path.getInput() + ": " + Problem.reason(path));
            ERR.println("Nothing was built; the previous site, if any, is unchanged.");
            return INPUT_ERROR;
        }
        ERR.println("internal error: " + e.getClass().getSimpleName() + ": " + Problem.firstLine(e.getMessage())
                + " — this is a defect of Rebound, not of your input; please report it with the command you ran at "
                + REPORT_TO);
        if (System.getenv("REBOUND_DEBUG") != null) {
            e.printStackTrace(ERR);
        }
        return INTERNAL_ERROR;
    }

    /** The first of {@code e} and its causes that is of {@code type}, else null. */
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Whether {@code e} or one of its causes is of {@code type}. */
    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(OUT);
    }

    /** What {@code build} and {@code serve} read: the inputs of a build, declared once for both. */
    static final class Inputs {
        @Option(names = "--models", paramLabel = "FILE|URL|latest",
                description = "Epoch AI's Notable AI Models CSV: a path, a URL, or 'latest' to download the newest. "
                        + "Default: the export the edition is built from, pinned in data/ (models in data/edition.yaml).")
        String models;

        @Option(names = "--accessed", paramLabel = "YYYY-MM-DD",
                description = "When the --models export was accessed, printed on every model page.")
        LocalDate accessed;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Markdown folder (default: ${DEFAULT-VALUE}).")
        Path content;

        @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "Templates folder (default: ${DEFAULT-VALUE}).")
        Path templates;

        @Option(names = "--changelog", paramLabel = "FILE", defaultValue = "CHANGES.md", description = "Changelog shown on the about page (default: ${DEFAULT-VALUE}).")
        Path changelog;

        /** Build options with these inputs. */
        Build.Options.Builder options() {
            return Build.Options.builder().data(data).content(content).templates(templates).changelog(changelog)
                    .models(Optional.ofNullable(models)).accessed(Optional.ofNullable(accessed));
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds the site from data/, content/ and templates/ into --out.")
    static final class BuildCommand implements Callable<Integer> {
        @CommandLine.Mixin
        Inputs inputs = new Inputs();

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--editions", paramLabel = "DIR",
                description = "Folder of published editions (one <year>/ each), copied unchanged under editions/ and listed on /about/.")
        Path editions;

        @Option(names = "--freeze",
                description = "Publish this edition: also write it to <editions>/<year>/, which must not exist yet; later builds keep it unchanged.")
        boolean freeze;

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Where the site is served, ending with '/' (default: base-url of data/edition.yaml).")
        String baseUrl;

        @Option(names = "--timings", description = "Print the wall time of each stage: 'timing <stage>: <ms> ms'.")
        boolean timings;

        @Option(names = "--allow-shrink", description = "Publish even when the site would hold far fewer estimated "
                + "models than the one it replaces (parameter publish.max-shrink-share).")
        boolean allowShrink;

        /** Where a build keeps what it made, unless told otherwise. */
        static final String CACHE_DIR = "target/cache";

        @Option(names = "--cache", paramLabel = "DIR", defaultValue = CACHE_DIR,
                description = "Folder of kept builds: a build whose code, inputs and options are unchanged restores "
                        + "the same output from it instead of building again (default: ${DEFAULT-VALUE}).")
        Path cache;

        @Option(names = "--no-cache", description = "Build everything again, neither reading nor filling the cache.")
        boolean noCache;

        @Override
        public Integer call() {
            Build.Options options = inputs.options().out(out).editions(Optional.ofNullable(editions)).freeze(freeze)
                    .baseUrl(Optional.ofNullable(baseUrl)).timings(timings).allowShrink(allowShrink).build();
            CachedBuild.run(options.toBuilder().cache(noCache ? Optional.empty() : Optional.of(cache)).build(), OUT);
            return 0;
        }
    }

    /** Prints each problem on a line of its own, as {@code error: file:line:col: message}. */
    static void printProblems(InputException e) {
        printProblems(e.problems());
    }

    /** How many problems a command prints (see {@link Problem#SHOWN}). */
    static final int PROBLEMS_SHOWN = Problem.SHOWN;

    /** The first {@link #PROBLEMS_SHOWN} problems, one a line, and a line counting the rest. */
    static void printProblems(java.util.List<Problem> problems) {
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> ERR.println("error: " + p));
        if (problems.size() > PROBLEMS_SHOWN) {
            ERR.println("error: " + Problem.more(problems.size()));
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Builds the site into " + ServeCommand.OUT_DIR + "/, serves it on 127.0.0.1 and rebuilds it "
                    + "when content/, templates/ or data/ change; open pages reload by themselves.")
    static final class ServeCommand implements Callable<Integer> {
        /** Serve's own output folder, apart from the site/ that build writes. */
        static final String OUT_DIR = "target/serve-site";

        @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
                description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
        int port;

        @CommandLine.Mixin
        Inputs inputs = new Inputs();

        @Option(names = "--base-url", paramLabel = "URL",
                description = "Base URL written into the pages (default: the address served).")
        String baseUrl;

        @Override
        public Integer call() throws InterruptedException {
            // The PNGs it draws are kept in build's cache, so that a rebuild draws only what changed.
            Build.Options options = inputs.options().out(Path.of(OUT_DIR)).baseUrl(Optional.ofNullable(baseUrl))
                    .cache(Optional.of(Path.of(BuildCommand.CACHE_DIR))).build();
            try (org.rebound.serve.Server server = org.rebound.serve.Server.start(options, port, OUT, ERR)) {
                OUT.println("Serving " + server.url() + " (press Ctrl-C to stop)");
                server.awaitClose();
                return 0;
            } catch (InputException e) {
                printProblems(e);
                return INPUT_ERROR;
            }
        }
    }

    @Command(name = "slugs", mixinStandardHelpOptions = true,
            description = "Registers a page name in data/slugs.csv for every model of an Epoch export that has none, "
                    + "so that its address stays the same in every later edition.")
    static final class SlugsCommand implements Callable<Integer> {
        @Option(names = "--models", paramLabel = "FILE|URL|latest", required = true,
                description = "Epoch AI's Notable AI Models CSV: a path, a URL, or 'latest'.")
        String models;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "Data folder (default: ${DEFAULT-VALUE}).")
        Path data;

        @Override
        public Integer call() throws IOException {
            try {
                ProjectData project = ProjectDataReader.read(data);
                String location = models.equals("latest") ? project.edition().epochLatestUrl() : models;
                List<NotableModel> read = EpochReader.read(location, Build.readModels(location)).models().stream()
                        .filter(m -> !m.name().isEmpty()).toList();
                List<RegisteredSlug> added = Routes.register(read, project.slugs(), project.edition().year());
                List<RegisteredSlug> all = new java.util.ArrayList<>(project.slugs());
                all.addAll(added);
                List<RegisteredSlug> registry = Routes.withSuccessors(read, all);
                SlugRegistry.write(data, registry, List.of());
                OUT.println("Registered " + added.size() + " new page names in " + data.resolve(
                        ProjectDataReader.SLUGS_FILE) + " (" + registry.size() + " in all).");
                for (int i = 0; i < registry.size(); i++) {
                    RegisteredSlug before = all.get(i);
                    RegisteredSlug after = registry.get(i);
                    if (!before.equals(after)) {
                        OUT.println("Renamed by Epoch, it seems: '" + before.model() + "' (" + before.slug() + ") is now "
                                + "the entry " + after.successor().orElseThrow() + " of the same date; its old address "
                                + "will lead there. Check it in the file's diff before committing.");
                    }
                }
                return 0;
            } catch (InputException e) {
                printProblems(e);
                return INPUT_ERROR;
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a built site: valid HTML (Nu Html Checker), links and fragments (pages and SVG), "
                    + "one h1, lang, canonical URL, description, nothing loaded from another host (CSS included) "
                    + "nor a form sent there, no script but the site's own files, no meta refresh, UTF-8.")
    static final class CheckCommand implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", defaultValue = "site", description = "The built site (default: ${DEFAULT-VALUE}).")
        Path site;

        @Option(names = "--no-html-validation", description = "Skip the Nu Html Checker (links and metadata only).")
        boolean noHtmlValidation;

        @Override
        public Integer call() throws IOException {
            SiteChecker.Result result = noHtmlValidation ? SiteChecker.checkLinks(site) : SiteChecker.check(site);
            printProblems(result.problems());
            OUT.println("Checked " + result.pages() + " pages and " + result.links() + " links: "
                    + result.problems().size() + " problems.");
            return result.problems().isEmpty() ? 0 : INPUT_ERROR;
        }
    }
}
