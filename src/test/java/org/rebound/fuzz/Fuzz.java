package org.rebound.fuzz;

import org.rebound.support.Trees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rebound.Build;
import org.rebound.data.EpochColumn;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;
import org.rebound.problem.InputException;

/**
 * Mutation fuzzing of the build's compute stage on Epoch AI's 2026 export (a hand-run check, not a test): reads the
 * export once, makes {@code N} seeded mutants of it (each one to three operators from {@link Op}, drawn at random,
 * applied to a random row, column or byte), runs {@link Build#compute} on each in this JVM, renders one in
 * {@value #RENDER_EVERY} into a temporary folder, and sorts every mutant into one of:
 *
 * <ul>
 *   <li><b>refused</b>: an {@link InputException}, the build's refusal with its problems (the right answer to bad
 *       input);</li>
 *   <li><b>built</b>: a report, every number of every estimate finite;</li>
 *   <li><b>crash</b>: any other {@link Throwable}, or a non-finite number (GPU-hours, energy, an impact) in an
 *       estimate of either configuration;</li>
 *   <li><b>hang</b>: still running after the deadline ({@code --deadline}, 60 s by default);</li>
 *   <li><b>unexplained drop</b>: built, but with fewer estimated models than the unmutated export by more than the
 *       rows the mutant touched plus {@value #DROP_MARGIN}, and no warning in the build's log that the unmutated
 *       build does not give.</li>
 * </ul>
 *
 * <p>A row counts as <i>touched</i> when its cells change, or it is deleted, added, cut or misread: an edited cell,
 * a deleted or added row, a byte inserted into it, every row from a cut to the end of the file; a renamed or
 * duplicated header touches every row with a value in the columns concerned, and a mangled delimiter in the header,
 * an empty or header-only file touch every row. Reordering rows, a byte-order mark or other line endings touch none:
 * they leave every row's cells as they were. The margin of {@value #DROP_MARGIN} covers the rows next to a byte-level
 * edit that this count could miss (a byte inserted or a cut made at the boundary of two records).
 *
 * <p>Run from the project folder (its {@code data/}, {@code content/} and {@code templates/} are used), the
 * edition's pinned export being the seed: {@code mvn -q -DskipTests -o test-compile exec:java@fuzz}, options
 * in {@code -Dexec.args="..."}: {@code --mutants N} (default {@value #DEFAULT_MUTANTS}), {@code --seed S} (default
 * {@value #DEFAULT_SEED}), {@code --only K} (mutant K alone, as the report says to reproduce it), {@code --deadline
 * SECONDS}, {@code --render-every N} (0: never), {@code --save DIR} (writes the mutant file of each crash, hang and
 * drop there), {@code --verbose} (a line per mutant). Mutant K depends only on the seed and K. Exits with 1 when
 * there was a crash, a hang or an unexplained drop; 2 when the unmutated export itself does not build.
 */
public final class Fuzz {
    private static final int DEFAULT_MUTANTS = 1000;
    private static final long DEFAULT_SEED = 2026;
    private static final int DEFAULT_DEADLINE_SECONDS = 60;
    private static final Duration BASELINE_DEADLINE = Duration.ofMinutes(5);
    private static final Duration ABANDONED_WAIT = Duration.ofSeconds(10);
    private static final int RENDER_EVERY = 50;
    /** Estimated models a mutant may lose beyond the rows it touched (see the class comment). */
    private static final int DROP_MARGIN = 2;
    private static final int STACK_LINES = 5;
    private static final int PROGRESS_EVERY = 50;

    /** The export's columns that the reader takes as numbers, the favourite targets of {@link Op#NUMBER}. */
    private static final List<String> NUMERIC_COLUMNS = List.of("Parameters", "Training compute (FLOP)",
            "Training time (hours)", "Hardware quantity", "Training power draw (W)", "Finetune compute (FLOP)",
            "Hardware utilization (MFU)");
    private static final List<String> BAD_NUMBERS = List.of("1e308", "-1", "0", "NaN", "Infinity", "1e-320", "1,000",
            "12 hours", "", "-0", "1e309", "-1e308", "0x1p10", "4.9e-324", "1.5e+23d", " 7 ", "1e", ".", "+.5e-3",
            "999999999999999999999999999999");
    private static final List<String> DATES = List.of("9999-12-31", "2999-01-01", "2100-06-30", "2027-01-01",
            "0000-01-01", "0001-01-01", "-0001-01-01", "+10000-01-01", "2026-02-30", "1900-01-01", "2026-13-01",
            "20260101");
    private static final List<String> UNKNOWN_HARDWARE = List.of("NVIDIA Z9000", "Unknown accelerator", "TPU v99",
            "ＮＶＩＤＩＡ Ａ１００", "-", ",,,", "NVIDIA A100 SXM4 80 GB ", "nvidia a100", "GPU", "x".repeat(300),
            "Huawei Ascend 9999, NVIDIA Z9000");
    /** A long cell's length: past input.max-cell-chars (100,000), up to ten times it. */
    private static final int LONG_CELL_MIN = 100_001;
    private static final int LONG_CELL_MAX = 1_000_000;
    /** Rows of a mutant with many rows: past input.max-rows (120,000). */
    private static final int MANY_ROWS_TOTAL = 120_001;
    /** Invisible and text-reordering characters, as issue 20 found them in names. */
    private static final List<String> INVISIBLE = List.of("\u200b", "\u202e", "\ufeff", "\u2066", "\u200d\u200c",
            "\u00ad", "\u3164");
    /** Training time (hours) and hardware quantity pairs: overflowing products and absurd but finite ones. */
    private static final List<String[]> HUGE = List.of(new String[] {"1e154", "1e154"},
            new String[] {"1e300", "1e300"}, new String[] {"8760000", "10000000"}, new String[] {"1e20", "1e20"},
            new String[] {"1e307", "1"}, new String[] {"1", "1e307"}, new String[] {"1e-300", "1e-300"});

    /** The columns the reader takes, by their 2026 names: favourite targets of the header operators. */
    private static final List<String> READ_COLUMNS = Arrays.stream(EpochColumn.values()).map(EpochColumn::header)
            .toList();
    private static final CSVFormat READ = CSVFormat.RFC4180;
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private Fuzz() {
    }

    /** Mutation operators; {@code bytes} ones edit the file's bytes, the others its parsed rows. */
    enum Op {
        NUMBER(false, "a cell replaced by an extreme or malformed number"),
        SWAP_CELLS(false, "two cells of a row swapped"),
        DELETE_CELL(false, "a cell deleted (ragged row)"),
        DUPLICATE_ROW(false, "a row duplicated"),
        DELETE_ROW(false, "a row deleted"),
        SHUFFLE_ROWS(false, "the rows shuffled"),
        HEADER_DELIMITER(false, "comma to semicolon in the header"),
        HEADER_RENAME(false, "a header renamed"),
        HEADER_DUPLICATE(false, "a header given another's name"),
        HEADER_ONLY(false, "every row removed"),
        HUGE_TIME_QUANTITY(false, "huge training time × quantity"),
        DATE(false, "a future, year-0 or malformed date"),
        UNKNOWN_HARDWARE(false, "unknown hardware names"),
        LONG_CELL(false, "a cell inflated past input.max-cell-chars (quotes or letters)"),
        MANY_ROWS(false, "short rows added past input.max-rows"),
        INVISIBLE_NAME(false, "zero-width, bidirectional or byte-order characters in a model's name"),
        TRUNCATE(true, "the file cut at a random byte"),
        INVALID_BYTE(true, "an invalid UTF-8 byte (0xE9) or a NUL inserted"),
        STRAY_QUOTE(true, "a stray double quote inserted"),
        LINE_ENDINGS(true, "LF line endings to CRLF or CR"),
        BOM(true, "a UTF-8 byte-order mark prepended"),
        EMPTY(true, "an empty or blank file");

        final boolean bytes;
        final String meaning;

        Op(boolean bytes, String meaning) {
            this.bytes = bytes;
            this.meaning = meaning;
        }
    }

    enum Outcome {
        REFUSED, BUILT, CRASH, HANG, DROP
    }

    /** The export parsed once: header and rows, immutable, shared by every mutant. */
    private record Table(List<String> header, List<List<String>> rows) {
    }

    /** Row i of the export as a row of a mutant: id i, its cells shared until a mutation replaces them. */
    private record Row(int id, List<String> cells) {
    }

    /** Rows a mutant touched: every row, or those with these ids (row i of the export has id i). */
    private static final class Touched {
        boolean all;
        final Set<Integer> ids = new HashSet<>();

        int count(int rows) {
            return all ? rows : ids.size();
        }
    }

    /** One mutant: its operators with what each did, its bytes and the rows it touched. */
    record Mutant(int number, List<Op> ops, List<String> details, byte[] bytes, int touched) {
    }

    /** What happened to one mutant. */
    record Result(Mutant mutant, Outcome outcome, String detail, List<String> stack, String signature, long millis,
            int estimated, boolean rendered) {
    }

    private record Settings(int mutants, long seed, int only, Duration deadline, int renderEvery, Optional<Path> save,
            boolean verbose) {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = settings(args);
        Path export = Path.of("data/epoch/notable_ai_models_2026-07-19.csv");
        for (Path p : List.of(export, Path.of("data"), Path.of("content"), Path.of("templates"))) {
            if (!Files.exists(p)) {
                throw new IllegalStateException("needs " + p + ": run from the project folder with 'mvn -q -DskipTests "
                        + "-o test-compile exec:java@fuzz'");
            }
        }
        byte[] original = Files.readAllBytes(export);
        Table table = parse(original);
        Path tmp = Files.createTempDirectory("rebound-fuzz");
        int status;
        try {
            status = new Fuzz.Run(settings, export, original, table, tmp).run();
        } finally {
            try {
                Trees.delete(tmp);
            } catch (IOException | UncheckedIOException e) {
                System.out.println("(could not delete " + tmp + ": " + e + ")");
            }
        }
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    private static Settings settings(String[] args) {
        int mutants = DEFAULT_MUTANTS;
        long seed = DEFAULT_SEED;
        int only = 0;
        int deadline = DEFAULT_DEADLINE_SECONDS;
        int renderEvery = RENDER_EVERY;
        Optional<Path> save = Optional.empty();
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--mutants" -> mutants = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--only" -> only = Integer.parseInt(value(args, ++i, a));
                case "--deadline" -> deadline = Integer.parseInt(value(args, ++i, a));
                case "--render-every" -> renderEvery = Integer.parseInt(value(args, ++i, a));
                case "--save" -> save = Optional.of(Path.of(value(args, ++i, a)));
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown option '" + a + "'; expected --mutants N, "
                        + "--seed S, --only K, --deadline SECONDS, --render-every N, --save DIR, --verbose");
            }
        }
        if (mutants < 1 || only < 0 || deadline < 1 || renderEvery < 0) {
            throw new IllegalArgumentException("--mutants and --deadline must be at least 1, --only and "
                    + "--render-every at least 0");
        }
        return new Settings(mutants, seed, only, Duration.ofSeconds(deadline), renderEvery, save, verbose);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Table parse(byte[] bytes) throws IOException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8)), READ)) {
            for (CSVRecord r : parser) {
                if (header == null) {
                    header = List.copyOf(r.toList());
                } else {
                    rows.add(List.copyOf(r.toList()));
                }
            }
        }
        if (header == null) {
            throw new IllegalStateException("the export is empty");
        }
        return new Table(header, List.copyOf(rows));
    }

    /** One fuzzing run: the baseline, then every mutant. */
    private static final class Run {
        private final Settings settings;
        private final Path exportPath;
        private final byte[] original;
        private final Table table;
        private final Path tmp;
        /** Ids of the rows whose models the unmutated build estimates: mutations aimed there change estimates. */
        private Set<Integer> hot = Set.of();
        private int baseline;
        private Set<String> baselineWarnings = Set.of();
        /** The names of the models the unmutated build estimates. */
        private Set<String> names = Set.of();
        private ExecutorService executor = newExecutor();
        /** Executors whose mutant hung: given a last chance to end before the temporary folder is deleted. */
        private final List<ExecutorService> abandoned = new ArrayList<>();

        Run(Settings settings, Path exportPath, byte[] original, Table table, Path tmp) {
            this.settings = settings;
            this.exportPath = exportPath;
            this.original = original;
            this.table = table;
            this.tmp = tmp;
        }

        int run() throws Exception {
            long start = System.nanoTime();
            // The unmutated export, as read and as this fuzzer writes it back: both must build, to the same count.
            Result base = runOne(new Mutant(0, List.of(), List.of("the unmutated export"), original, 0), false, null);
            if (base.outcome() != Outcome.BUILT) {
                System.out.println("The unmutated export does not build: " + base.outcome() + " " + base.detail());
                base.stack().forEach(l -> System.out.println("    " + l));
                return 2;
            }
            baseline = base.estimated();
            hot = hotRows();
            Result rewritten = runOne(new Mutant(0, List.of(), List.of("the unmutated export rewritten"),
                    serialize(table.header(), rowsWithIds()), 0), false, null);
            if (rewritten.outcome() != Outcome.BUILT || rewritten.estimated() != baseline) {
                System.out.println("The fuzzer's own rewriting of the export changes the build: " + rewritten.outcome()
                        + ", " + rewritten.estimated() + " models estimated instead of " + baseline);
                return 2;
            }
            System.out.printf(Locale.ROOT, "Fuzz of %s (%,d bytes, %,d rows, %d columns): seed %d, deadline %d s, "
                    + "every %s rendered%n", exportPath, original.length, table.rows().size(), table.header().size(),
                    settings.seed(), settings.deadline().toSeconds(),
                    settings.renderEvery() == 0 ? "none" : ordinal(settings.renderEvery()));
            System.out.printf(Locale.ROOT, "Baseline: %d models estimated from the unmutated export (%d ms); "
                    + "%d of its rows hold them%n", baseline, base.millis(), hot.size());

            List<Integer> numbers = new ArrayList<>();
            if (settings.only() > 0) {
                numbers.add(settings.only());
            } else {
                for (int k = 1; k <= settings.mutants(); k++) {
                    numbers.add(k);
                }
            }
            List<Result> results = new ArrayList<>();
            long loop = System.nanoTime();
            for (int k : numbers) {
                Mutant m = mutant(k);
                boolean render = settings.renderEvery() > 0 && k % settings.renderEvery() == 0;
                Result r = runOne(m, render, tmp.resolve("render-" + k));
                results.add(r);
                if (settings.verbose() || settings.only() > 0) {
                    System.out.printf(Locale.ROOT, "  mutant %d: %s (%d ms, %d rows touched, %d estimated)%s %s%n", k,
                            r.outcome(), r.millis(), m.touched(), r.estimated(), r.rendered() ? " rendered" : "",
                            String.join("; ", m.details()));
                    if (!r.detail().isEmpty()) {
                        System.out.println("      " + r.detail());
                    }
                }
                if (r.outcome() != Outcome.REFUSED && r.outcome() != Outcome.BUILT && settings.save().isPresent()) {
                    Files.createDirectories(settings.save().get());
                    Files.write(settings.save().get().resolve("mutant-" + k + ".csv"), m.bytes());
                }
                if (!settings.verbose() && numbers.size() > PROGRESS_EVERY && results.size() % PROGRESS_EVERY == 0) {
                    System.out.printf(Locale.ROOT, "  %d/%d mutants, %d s%n", results.size(), numbers.size(),
                            (System.nanoTime() - loop) / 1_000_000_000L);
                }
            }
            executor.shutdownNow();
            int status = summary(results, (System.nanoTime() - start) / 1e9);
            for (ExecutorService e : abandoned) {
                if (!e.awaitTermination(ABANDONED_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.out.println("(a hung mutant is still running; what it writes in " + tmp + " may be left)");
                }
            }
            return status;
        }

        private static String ordinal(int n) {
            return n == 1 ? "mutant" : n + (n % 10 == 2 && n % 100 != 12 ? "nd"
                    : n % 10 == 3 && n % 100 != 13 ? "rd" : n % 10 == 1 && n % 100 != 11 ? "st" : "th") + " mutant";
        }

        /** The rows of the models the unmutated build estimates, found by name. */
        private Set<Integer> hotRows() {
            int model = table.header().indexOf("Model");
            Set<Integer> ids = new LinkedHashSet<>();
            for (int i = 0; i < table.rows().size(); i++) {
                List<String> row = table.rows().get(i);
                if (model < row.size() && names.contains(row.get(model).strip())) {
                    ids.add(i);
                }
            }
            return Set.copyOf(ids);
        }

        private record Computation(Build.Computed computed, String log) {
        }

        /** The build's compute stage on {@code bytes}, written to {@code file}; rendered into {@code out} if given. */
        private static Computation compute(byte[] bytes, Path file, Optional<Path> out)
                throws IOException {
            Files.write(file, bytes);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (PrintStream log = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
                Build.Options options = Build.Options.builder().out(out.orElse(file.resolveSibling("unused-site")))
                        .models(file.toString()).build();
                Build.Computed computed = Build.compute(options, log);
                String finite = nonFinite(computed);
                if (!finite.isEmpty()) {
                    throw new NonFinite(finite);
                }
                if (out.isPresent()) {
                    Build.render(computed, options, log);
                }
                return new Computation(computed, buffer.toString(StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(file);
            }
        }

        /** Runs one mutant on the executor under the deadline, and classifies what happened. */
        private Result runOne(Mutant m, boolean render, Path renderDir) throws InterruptedException {
            // The unmutated export warms the JVM up: a cold first build is not a hang.
            Duration deadline = m.number() == 0 && settings.deadline().compareTo(BASELINE_DEADLINE) < 0
                    ? BASELINE_DEADLINE : settings.deadline();
            long t0 = System.nanoTime();
            Path file = tmp.resolve("mutant-" + m.number() + ".csv");
            Future<Computation> future = executor.submit(() -> compute(m.bytes(), file,
                    render ? Optional.of(renderDir.resolve("site")) : Optional.empty()));
            try {
                Computation c = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                int estimated = c.computed().report().estimates().size();
                int drop = baseline - estimated;
                if (m.number() > 0 && drop > m.touched() + DROP_MARGIN) {
                    List<String> warnings = c.log().lines().filter(l -> l.startsWith("warning:"))
                            .filter(l -> !baselineWarnings.contains(l)).toList();
                    String what = String.format(Locale.ROOT, "%d models estimated, %d fewer than unmutated; %d rows "
                            + "touched + margin %d", estimated, drop, m.touched(), DROP_MARGIN);
                    if (warnings.isEmpty()) {
                        return new Result(m, Outcome.DROP, what + ", and no warning in the log", List.of(),
                                "estimated models lost without a warning", millis, estimated, render);
                    }
                    return new Result(m, Outcome.BUILT, what + "; explained by: " + warnings.get(0), List.of(),
                            "explained drop", millis, estimated, render);
                }
                if (m.number() == 0) {
                    baselineWarnings = c.log().lines().filter(l -> l.startsWith("warning:"))
                            .collect(Collectors.toUnmodifiableSet());
                    names = c.computed().report().estimates().stream().map(e -> e.model().name())
                            .collect(Collectors.toUnmodifiableSet());
                }
                return new Result(m, Outcome.BUILT, "", List.of(), "", millis, estimated, render);
            } catch (TimeoutException e) {
                future.cancel(true);
                // The stuck thread cannot be stopped: leave it to itself and go on with a fresh one.
                executor.shutdownNow();
                abandoned.add(executor);
                executor = newExecutor();
                return new Result(m, Outcome.HANG, "still running after " + deadline.toSeconds() + " s",
                        List.of(), "still running at the deadline", (System.nanoTime() - t0) / 1_000_000, -1, render);
            } catch (ExecutionException e) {
                long millis = (System.nanoTime() - t0) / 1_000_000;
                Throwable t = e.getCause();
                if (t instanceof InputException refusal) {
                    return new Result(m, Outcome.REFUSED, firstLine(refusal.getMessage()), List.of(), "", millis, -1,
                            render);
                }
                if (t instanceof NonFinite nf) {
                    return new Result(m, Outcome.CRASH, nf.getMessage(), List.of(), "non-finite "
                            + nf.getMessage().replaceAll(" in model .*", ""), millis, -1, render);
                }
                List<String> stack = new ArrayList<>();
                stack.add(t.toString());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(STACK_LINES, frames.length); i++) {
                    stack.add("at " + frames[i]);
                }
                Throwable root = t;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                if (root != t) {
                    stack.add("root cause: " + root + (root.getStackTrace().length > 0 ? " at "
                            + root.getStackTrace()[0] : ""));
                }
                // The top frame is often in the JDK or a library: the first of the project's says where it was called.
                int first = 0;
                while (first < frames.length && !frames[first].getClassName().startsWith("org.rebound.")) {
                    first++;
                }
                String project = first < frames.length ? frames[first].toString() : "(none)";
                if (first >= STACK_LINES && first < frames.length) {
                    stack.add("first project frame: " + project);
                }
                String signature = t.getClass().getName() + " at "
                        + (frames.length > 0 ? frames[0].toString() : "(no frames)") + ", from " + project;
                return new Result(m, Outcome.CRASH, firstLine(t.toString()), stack, signature, millis, -1, render);
            } finally {
                if (render) {
                    try {
                        Trees.delete(renderDir);
                    } catch (IOException | UncheckedIOException ignored) {
                        // A hung render may still be writing there; the whole temporary folder goes at the end.
                    }
                }
            }
        }

        private static ExecutorService newExecutor() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "rebound-fuzz-mutant");
                t.setDaemon(true);
                return t;
            });
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "(no message)";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl) + " …";
        }

        // ---- Mutants ----

        private List<Row> rowsWithIds() {
            List<Row> rows = new ArrayList<>(table.rows().size());
            for (int i = 0; i < table.rows().size(); i++) {
                rows.add(new Row(i, table.rows().get(i)));
            }
            return rows;
        }

        /** Mutant {@code k} of the seed: one to three operators, drawn, then applied (row edits first, then bytes). */
        Mutant mutant(int k) throws IOException {
            SplittableRandom rng = new SplittableRandom(new SplittableRandom(settings.seed()
                    ^ (k * 0x9E3779B97F4A7C15L)).nextLong());
            double n = rng.nextDouble();
            int count = n < 0.6 ? 1 : n < 0.9 ? 2 : 3;
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ops.add(Op.values()[rng.nextInt(Op.values().length)]);
            }
            Draft d = new Draft(rng);
            for (Op op : ops) {
                if (!op.bytes) {
                    d.details.add(op + ": " + d.apply(op));
                }
            }
            boolean edited = ops.stream().anyMatch(op -> !op.bytes);
            Bytes b = edited ? new Bytes(serialize(d.header, d.rows), d.rows) : new Bytes(original, rowsWithIds());
            for (Op op : ops) {
                if (op.bytes) {
                    d.details.add(op + ": " + b.apply(op, rng, d.touched));
                }
            }
            return new Mutant(k, List.copyOf(ops), List.copyOf(d.details), b.bytes,
                    d.touched.count(Math.max(table.rows().size(), d.rows.size())));
        }

        /** The rows of a mutant being edited. */
        private final class Draft {
            final SplittableRandom rng;
            final List<String> header = new ArrayList<>(table.header());
            final List<Row> rows = rowsWithIds();
            final Touched touched = new Touched();
            final List<String> details = new ArrayList<>();
            int nextId = table.rows().size();

            Draft(SplittableRandom rng) {
                this.rng = rng;
            }

            String apply(Op op) {
                if (rows.isEmpty() && op != Op.HEADER_DELIMITER && op != Op.HEADER_RENAME && op != Op.HEADER_DUPLICATE
                        && op != Op.HEADER_ONLY) {
                    return "no row left to mutate";
                }
                switch (op) {
                    case NUMBER -> {
                        int r = pickRow();
                        int c = rng.nextInt(5) < 4 ? column(NUMERIC_COLUMNS.get(rng.nextInt(NUMERIC_COLUMNS.size())))
                                : rng.nextInt(header.size());
                        return set(r, c, pick(BAD_NUMBERS));
                    }
                    case SWAP_CELLS -> {
                        int r = pickRow();
                        List<String> cells = new ArrayList<>(rows.get(r).cells());
                        int a = rng.nextInt(cells.size());
                        int b = rng.nextInt(cells.size());
                        java.util.Collections.swap(cells, a, b);
                        replace(r, cells);
                        return "row " + describe(r) + ": columns " + (a + 1) + " and " + (b + 1);
                    }
                    case DELETE_CELL -> {
                        int r = pickRow();
                        List<String> cells = new ArrayList<>(rows.get(r).cells());
                        int c = rng.nextInt(cells.size());
                        cells.remove(c);
                        replace(r, cells);
                        return "row " + describe(r) + ": column " + (c + 1) + " of " + (cells.size() + 1);
                    }
                    case DUPLICATE_ROW -> {
                        int r = pickRow();
                        int at = rng.nextInt(rows.size() + 1);
                        Row copy = new Row(nextId++, rows.get(r).cells());
                        rows.add(at, copy);
                        touched.ids.add(copy.id());
                        return "row " + describe(r >= at ? r + 1 : r) + " copied to position " + (at + 1);
                    }
                    case DELETE_ROW -> {
                        int r = pickRow();
                        String what = describe(r);
                        touched.ids.add(rows.remove(r).id());
                        return "row " + what;
                    }
                    case SHUFFLE_ROWS -> {
                        for (int i = rows.size() - 1; i > 0; i--) {
                            java.util.Collections.swap(rows, i, rng.nextInt(i + 1));
                        }
                        return rows.size() + " rows";
                    }
                    case HEADER_DELIMITER -> {
                        touched.all = true;
                        if (header.size() < 2 || rng.nextBoolean()) {
                            String joined = String.join(";", header);
                            header.clear();
                            header.add(joined);
                            return "every comma of the header";
                        }
                        int i = rng.nextInt(header.size() - 1);
                        String merged = header.get(i) + ";" + header.remove(i + 1);
                        header.set(i, merged);
                        return "the comma after header " + (i + 1) + " ('" + merged + "')";
                    }
                    case HEADER_RENAME -> {
                        int c = rng.nextInt(5) < 3 ? column(pick(READ_COLUMNS)) : rng.nextInt(header.size());
                        String old = header.get(c);
                        String name = switch (rng.nextInt(6)) {
                            case 0 -> old + " ";
                            case 1 -> old.toUpperCase(Locale.ROOT);
                            case 2 -> old + " (renamed)";
                            case 3 -> "";
                            case 4 -> old + "\u00A0";
                            default -> old.isEmpty() ? "x" : old.substring(0, old.length() - 1);
                        };
                        header.set(c, name);
                        touchColumn(c);
                        return "column " + (c + 1) + " '" + old + "' to '" + name + "'";
                    }
                    case HEADER_DUPLICATE -> {
                        int a = rng.nextInt(5) < 3 ? column(pick(READ_COLUMNS)) : rng.nextInt(header.size());
                        int b = rng.nextInt(header.size());
                        String old = header.get(b);
                        header.set(b, header.get(a));
                        touchColumn(a);
                        touchColumn(b);
                        return "column " + (b + 1) + " '" + old + "' named '" + header.get(a) + "' like column "
                                + (a + 1);
                    }
                    case HEADER_ONLY -> {
                        touched.all = true;
                        int n = rows.size();
                        rows.clear();
                        return n + " rows removed";
                    }
                    case HUGE_TIME_QUANTITY -> {
                        int r = pickHotRow();
                        String[] pair = HUGE.get(rng.nextInt(HUGE.size()));
                        set(r, column("Training time (hours)"), pair[0]);
                        return set(r, column("Hardware quantity"), pair[1]) + ", time " + pair[0] + " h";
                    }
                    case DATE -> {
                        return set(pickHotRow(), column("Publication date"), pick(DATES));
                    }
                    case UNKNOWN_HARDWARE -> {
                        int r = pickHotRow();
                        int c = column("Training hardware");
                        String name = pick(UNKNOWN_HARDWARE);
                        String old = c < rows.get(r).cells().size() ? rows.get(r).cells().get(c) : "";
                        return set(r, c, rng.nextBoolean() || old.isEmpty() ? name : old + "," + name);
                    }
                    case LONG_CELL -> {
                        int length = LONG_CELL_MIN + rng.nextInt(LONG_CELL_MAX - LONG_CELL_MIN);
                        String filler = rng.nextBoolean() ? "\"" : "x";
                        int r = pickRow();
                        int c = rng.nextInt(2) == 0 ? column("Model") : rng.nextInt(header.size());
                        return set(r, c, filler.repeat(length)) + " (" + length + " characters)";
                    }
                    case MANY_ROWS -> {
                        touched.all = true;
                        int add = MANY_ROWS_TOTAL - rows.size();
                        for (int i = 0; i < add; i++) {
                            List<String> cells = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
                            cells.set(column("Model"), "Row " + i);
                            rows.add(new Row(nextId++, cells));
                        }
                        return add + " short rows added (" + rows.size() + " in all)";
                    }
                    case INVISIBLE_NAME -> {
                        int r = pickHotRow();
                        int c = column("Model");
                        String old = c < rows.get(r).cells().size() ? rows.get(r).cells().get(c) : "";
                        int at = old.isEmpty() ? 0 : rng.nextInt(old.length() + 1);
                        String mark = pick(INVISIBLE);
                        return set(r, c, old.substring(0, at) + mark + old.substring(at));
                    }
                    default -> throw new IllegalStateException(op + " is not a row operator");
                }
            }

            /** A row: one holding an estimated model three times in five, any row otherwise. */
            int pickRow() {
                return rng.nextInt(5) < 3 ? pickHotRow() : rng.nextInt(rows.size());
            }

            int pickHotRow() {
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    if (hot.contains(rows.get(i).id())) {
                        candidates.add(i);
                    }
                }
                return candidates.isEmpty() ? rng.nextInt(rows.size()) : candidates.get(rng.nextInt(candidates.size()));
            }

            /** The index of a column in this mutant's header, or a random one when it is gone. */
            int column(String name) {
                int i = header.indexOf(name);
                return i >= 0 ? i : rng.nextInt(header.size());
            }

            String pick(List<String> values) {
                return values.get(rng.nextInt(values.size()));
            }

            String set(int r, int c, String value) {
                List<String> cells = new ArrayList<>(rows.get(r).cells());
                while (cells.size() <= c) {
                    cells.add("");
                }
                String old = cells.set(c, value);
                replace(r, cells);
                return "row " + describe(r) + ", column " + (c + 1) + " '" + (c < header.size() ? header.get(c) : "?")
                        + "': '" + abbreviate(old) + "' to '" + abbreviate(value) + "'";
            }

            void replace(int r, List<String> cells) {
                Row row = rows.get(r);
                rows.set(r, new Row(row.id(), List.copyOf(cells)));
                touched.ids.add(row.id());
            }

            void touchColumn(int c) {
                for (Row row : rows) {
                    if (c < row.cells().size() && !row.cells().get(c).isBlank()) {
                        touched.ids.add(row.id());
                    }
                }
            }

            String describe(int r) {
                List<String> cells = rows.get(r).cells();
                int model = table.header().indexOf("Model");
                return (r + 1) + " (" + (model < cells.size() ? abbreviate(cells.get(model)) : "?") + ")";
            }
        }

        /** The bytes of a mutant, with where each record starts and the id of its row (-1: the header). */
        private final class Bytes {
            byte[] bytes;
            int[] starts;
            int[] ids;

            Bytes(byte[] bytes, List<Row> rows) {
                this.bytes = bytes;
                int[] found = recordStarts(bytes);
                if (found.length == rows.size() + 1) {
                    starts = found;
                    ids = new int[found.length];
                    ids[0] = -1;
                    for (int i = 0; i < rows.size(); i++) {
                        ids[i + 1] = rows.get(i).id();
                    }
                } else {
                    // Records this scan cannot map to rows (it should not happen): every byte edit touches every row.
                    starts = new int[] {0};
                    ids = new int[] {-1};
                }
            }

            String apply(Op op, SplittableRandom rng, Touched touched) {
                switch (op) {
                    case TRUNCATE -> {
                        if (bytes.length == 0) {
                            return "nothing to cut";
                        }
                        int p = rng.nextInt(bytes.length);
                        int r = record(p);
                        for (int i = r; i < starts.length; i++) {
                            touch(i, touched);
                        }
                        int kept = starts[r] == p ? r : r + 1;
                        starts = Arrays.copyOf(starts, Math.max(kept, 1));
                        ids = Arrays.copyOf(ids, Math.max(kept, 1));
                        int length = bytes.length;
                        bytes = Arrays.copyOf(bytes, p);
                        return "at byte " + p + " of " + length + ", in record " + r;
                    }
                    case INVALID_BYTE -> {
                        int p = rng.nextInt(bytes.length + 1);
                        byte b = rng.nextBoolean() ? (byte) 0xE9 : 0;
                        insert(p, new byte[] {b}, touched);
                        return String.format(Locale.ROOT, "0x%02X at byte %d, record %d", b & 0xFF, p, record(p));
                    }
                    case STRAY_QUOTE -> {
                        int p = rng.nextInt(bytes.length + 1);
                        String where = "at byte " + p;
                        if (rng.nextBoolean()) {
                            // At the start of a field, where a quote opens a quoted field.
                            int comma = p;
                            while (comma < bytes.length && bytes[comma] != ',') {
                                comma++;
                            }
                            if (comma < bytes.length) {
                                p = comma + 1;
                                where = "after the comma at byte " + comma;
                            }
                        }
                        insert(p, new byte[] {'"'}, touched);
                        return where + ", record " + record(p);
                    }
                    case LINE_ENDINGS -> {
                        boolean crlf = rng.nextBoolean();
                        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 50);
                        int[] shifted = starts.clone();
                        int r = 1;
                        int added = 0;
                        for (int i = 0; i < bytes.length; i++) {
                            while (r < starts.length && starts[r] == i) {
                                shifted[r++] = i + added;
                            }
                            if (bytes[i] == '\n') {
                                if (crlf) {
                                    out.write('\r');
                                    out.write('\n');
                                    added++;
                                } else {
                                    out.write('\r');
                                }
                            } else {
                                out.write(bytes[i]);
                            }
                        }
                        bytes = out.toByteArray();
                        starts = shifted;
                        return crlf ? "CRLF" : "CR";
                    }
                    case BOM -> {
                        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                        byte[] b = new byte[bytes.length + bom.length];
                        System.arraycopy(bom, 0, b, 0, bom.length);
                        System.arraycopy(bytes, 0, b, bom.length, bytes.length);
                        bytes = b;
                        for (int i = 1; i < starts.length; i++) {
                            starts[i] += bom.length;
                        }
                        return "EF BB BF";
                    }
                    case EMPTY -> {
                        String[] variants = {"", "\n", "\uFEFF", "  \n\n", "\r\n"};
                        String v = variants[rng.nextInt(variants.length)];
                        bytes = v.getBytes(StandardCharsets.UTF_8);
                        starts = new int[] {0};
                        ids = new int[] {-1};
                        touched.all = true;
                        return "'" + v.replace("\n", "\\n").replace("\r", "\\r").replace("\uFEFF", "<BOM>") + "'";
                    }
                    default -> throw new IllegalStateException(op + " is not a byte operator");
                }
            }

            /** The record holding byte {@code p}: the last one that starts at or before it. */
            int record(int p) {
                int i = Arrays.binarySearch(starts, p);
                return i >= 0 ? i : Math.max(0, -i - 2);
            }

            void touch(int record, Touched touched) {
                if (ids[record] < 0) {
                    touched.all = true;
                } else {
                    touched.ids.add(ids[record]);
                }
            }

            void insert(int p, byte[] inserted, Touched touched) {
                touch(record(p), touched);
                byte[] b = new byte[bytes.length + inserted.length];
                System.arraycopy(bytes, 0, b, 0, p);
                System.arraycopy(inserted, 0, b, p, inserted.length);
                System.arraycopy(bytes, p, b, p + inserted.length, bytes.length - p);
                bytes = b;
                for (int i = 1; i < starts.length; i++) {
                    if (starts[i] > p) {
                        starts[i] += inserted.length;
                    }
                }
            }
        }

        // ---- Summary ----

        private int summary(List<Result> results, double seconds) {
            Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
            Map<Op, Map<Outcome, Integer>> perOp = new EnumMap<>(Op.class);
            for (Op op : Op.values()) {
                perOp.put(op, new EnumMap<>(Outcome.class));
            }
            Map<Op, Integer> perOpMutants = new EnumMap<>(Op.class);
            for (Result r : results) {
                totals.merge(r.outcome(), 1, Integer::sum);
                for (Op op : new LinkedHashSet<>(r.mutant().ops())) {
                    perOp.get(op).merge(r.outcome(), 1, Integer::sum);
                    perOpMutants.merge(op, 1, Integer::sum);
                }
            }
            long rendered = results.stream().filter(r -> r.rendered() && r.outcome() == Outcome.BUILT).count();
            long explained = results.stream().filter(r -> r.signature().equals("explained drop")).count();
            long[] millis = results.stream().mapToLong(Result::millis).sorted().toArray();
            Result slowest = results.stream().max(java.util.Comparator.comparingLong(Result::millis)).orElseThrow();
            int crashes = totals.getOrDefault(Outcome.CRASH, 0);
            int hangs = totals.getOrDefault(Outcome.HANG, 0);
            int drops = totals.getOrDefault(Outcome.DROP, 0);

            System.out.println();
            System.out.printf(Locale.ROOT, "  %-20s %6d   (seed %d)%n", "mutants", results.size(), settings.seed());
            System.out.printf(Locale.ROOT, "  %-20s %6d   (InputException: refused with its problems)%n", "refused",
                    totals.getOrDefault(Outcome.REFUSED, 0));
            System.out.printf(Locale.ROOT, "  %-20s %6d   (%d of them also rendered; %d lost more models than they "
                    + "touched, explained by a warning)%n", "built", totals.getOrDefault(Outcome.BUILT, 0), rendered,
                    explained);
            System.out.printf(Locale.ROOT, "  %-20s %6d%n", "crashes", crashes);
            System.out.printf(Locale.ROOT, "  %-20s %6d   (deadline %d s)%n", "hangs", hangs,
                    settings.deadline().toSeconds());
            System.out.printf(Locale.ROOT, "  %-20s %6d   (margin %d models beyond the rows touched)%n",
                    "unexplained drops", drops, DROP_MARGIN);
            System.out.printf(Locale.ROOT, "  %-20s %6.0f s (per mutant: median %d ms, slowest %d ms, mutant %d)%n",
                    "total time", seconds, millis[millis.length / 2], slowest.millis(), slowest.mutant().number());
            System.out.println();
            System.out.printf(Locale.ROOT, "  %-20s %7s %7s %7s %7s %7s %7s%n", "operator", "mutants", "refused",
                    "built", "crash", "hang", "drop");
            for (Op op : Op.values()) {
                Map<Outcome, Integer> o = perOp.get(op);
                System.out.printf(Locale.ROOT, "  %-20s %7d %7d %7d %7d %7d %7d%n", op.name().toLowerCase(Locale.ROOT),
                        perOpMutants.getOrDefault(op, 0), o.getOrDefault(Outcome.REFUSED, 0),
                        o.getOrDefault(Outcome.BUILT, 0), o.getOrDefault(Outcome.CRASH, 0),
                        o.getOrDefault(Outcome.HANG, 0), o.getOrDefault(Outcome.DROP, 0));
            }
            System.out.println("  (a mutant with several operators counts under each)");

            List<Result> findings = results.stream().filter(r -> r.outcome() == Outcome.CRASH
                    || r.outcome() == Outcome.HANG || r.outcome() == Outcome.DROP).toList();
            if (!findings.isEmpty()) {
                Map<String, List<Result>> bySignature = new LinkedHashMap<>();
                findings.forEach(r -> bySignature.computeIfAbsent(r.outcome().name().toLowerCase(Locale.ROOT) + ": "
                        + r.signature(), s -> new ArrayList<>()).add(r));
                System.out.println();
                System.out.println("Distinct signatures (outcome: exception at top frame; operators of its mutants):");
                bySignature.forEach((signature, rs) -> {
                    Map<Op, Long> ops = rs.stream().flatMap(r -> new LinkedHashSet<>(r.mutant().ops()).stream())
                            .collect(Collectors.groupingBy(op -> op, () -> new EnumMap<>(Op.class),
                                    Collectors.counting()));
                    System.out.printf(Locale.ROOT, "  %3d × %s%n        operators: %s; first: mutant %d%n", rs.size(),
                            signature, ops.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT)
                                    + " " + e.getValue()).collect(Collectors.joining(", ")),
                            rs.get(0).mutant().number());
                });
                System.out.println();
                System.out.println("Each crash, hang and unexplained drop (reproduce with -Dexec.args=\"--seed "
                        + settings.seed() + " --only K\"):");
                for (Result r : findings) {
                    System.out.printf(Locale.ROOT, "  mutant %d: %s, %d rows touched, %d ms: %s%n",
                            r.mutant().number(), r.outcome().name().toLowerCase(Locale.ROOT), r.mutant().touched(),
                            r.millis(), String.join("; ", r.mutant().details()));
                    System.out.println("      " + r.detail());
                    r.stack().forEach(l -> System.out.println("        " + l));
                    System.out.println("      reproduce: --seed " + settings.seed() + " --only " + r.mutant().number());
                }
            }
            System.out.println();
            System.out.printf(Locale.ROOT, "crashes, hangs, unexplained drops: %d, %d, %d%n", crashes, hangs, drops);
            return crashes + hangs + drops == 0 ? 0 : 1;
        }
    }

    /** A non-finite number in an estimate: counted as a crash. */
    private static final class NonFinite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NonFinite(String message) {
            super(message);
        }
    }

    /** The first non-finite number in the report's estimates, of either configuration, or empty. */
    static String nonFinite(Build.Computed computed) {
        for (List<Estimate> estimates : List.of(computed.report().estimates(),
                computed.report().study().estimation().estimates())) {
            for (Estimate e : estimates) {
                Map<String, Double> values = new LinkedHashMap<>();
                values.put("gpuHours", e.gpuHours().value());
                values.put("energyKwh", e.energyKwh());
                for (Indicator i : Indicator.ALL) {
                    values.put("use " + i.key(), e.electricity().get(i));
                    values.put("embodied cards " + i.key(), e.productionCards().get(i));
                    values.put("embodied server " + i.key(), e.productionServer().get(i));
                    values.put("total " + i.key(), e.total().get(i));
                }
                for (Map.Entry<String, Double> v : values.entrySet()) {
                    if (!Double.isFinite(v.getValue())) {
                        return v.getKey() + " = " + v.getValue() + " in model '" + e.model().name() + "' (line "
                                + e.model().source().line() + ")";
                    }
                }
            }
        }
        return "";
    }

    /** Writes a header and rows as CSV (RFC 4180, LF line endings as in Epoch's export). */
    private static byte[] serialize(List<String> header, List<Row> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = WRITE.print(out)) {
            printer.printRecord(header);
            for (Row row : rows) {
                printer.printRecord(row.cells());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Where each CSV record starts: after every line feed outside quotes. */
    static int[] recordStarts(byte[] bytes) {
        int[] starts = new int[64];
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '"') {
                quoted = !quoted;
            } else if (bytes[i] == '\n' && !quoted && i + 1 < bytes.length) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    static String abbreviate(String s) {
        String one = s.replace("\n", "\\n").replace("\r", "\\r");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

}
