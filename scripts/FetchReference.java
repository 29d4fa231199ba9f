import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.regex.Pattern;

/**
 * Fetches the reference data the tests need but the repository does not hold (files whose licence does not let us
 * redistribute them), as listed in {@code src/test/resources/reference/manifest.csv}, into a cache, and verifies
 * each file's size and sha256. Run it through {@code scripts/fetch-reference}; JDK 17 runs this file as it is, with
 * no dependency but the JDK.
 *
 * <pre>
 * scripts/fetch-reference [--from DIR] [--cache DIR] [--check] [--manifest FILE]
 * </pre>
 *
 * For each file of the manifest, in its order: already in the cache with the right sha256, it is kept; otherwise it
 * is copied from {@code DIR/<path>} ({@code --from}) or downloaded from its URL (a public raw URL at a pinned
 * commit), verified, and moved into place atomically. A file whose size or sha256 is not the manifest's is deleted
 * and reported on one line with both hashes. {@code --check} only verifies the cache. One line per file, then a
 * summary; exit 0 when every file is in place, 1 when one is not, 2 for a usage or manifest error.
 */
public final class FetchReference {
    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** A whole download, from the request to the last byte. */
    private static final Duration DOWNLOAD_DEADLINE = Duration.ofSeconds(120);
    private static final List<String> COLUMNS = List.of("id", "path", "url", "sha256", "size", "licence", "citation",
            "accessed");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ID = Pattern.compile("[a-z0-9_]+");
    private static final Pattern LICENCE = Pattern.compile("unverified|[A-Za-z0-9.+-]+");
    private static final String USAGE = "usage: scripts/fetch-reference [--from DIR] [--cache DIR] [--check] [--manifest FILE]";

    private FetchReference() {
    }

    /** A problem that ends the run or fails one file: said in one line, never with a stack trace. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /** One file of the manifest. */
    private record Entry(long line, String id, String path, URI url, String sha256, long size, String licence,
            String citation, LocalDate accessed) {
    }

    /** What the command line asks. */
    private record Options(Path manifest, Path cache, Path from, boolean check) {
    }

    /** A file's size and sha256. */
    private record Digest(long size, String sha256) {
        boolean matches(Entry e) {
            return size == e.size() && sha256.equals(e.sha256());
        }

        String against(Entry e) {
            return "sha256 expected " + e.sha256() + ", found " + sha256
                    + (size == e.size() ? "" : " (" + size + " bytes, expected " + e.size() + ")");
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        List<Entry> entries;
        try {
            options = options(args);
            if (options == null) {
                out.println(USAGE);
                out.println("Fetches the files of " + "src/test/resources/reference/manifest.csv into the cache"
                        + " (default $REBOUND_REFERENCE_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/rebound/reference),"
                        + " copying them from DIR/<path> with --from, else downloading them; --check only verifies"
                        + " the cache.");
                return EXIT_OK;
            }
            entries = manifest(options.manifest());
        } catch (Failure f) {
            err.println("fetch-reference: " + f.getMessage());
            return EXIT_USAGE;
        }
        return options.check() ? check(options, entries, out, err) : fetch(options, entries, out, err);
    }

    private static Options options(String[] args) throws Failure {
        Path manifest = null;
        Path cache = null;
        Path from = null;
        boolean check = false;
        String property = System.getProperty("rebound.manifest");
        if (property != null && !property.isEmpty()) {
            manifest = Path.of(property);
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--check" -> check = true;
                case "--from", "--cache", "--manifest" -> {
                    if (i + 1 >= args.length || args[i + 1].isEmpty()) {
                        throw new Failure(arg + " needs a value; " + USAGE);
                    }
                    Path value = Path.of(args[++i]);
                    if (arg.equals("--from")) {
                        from = value;
                    } else if (arg.equals("--cache")) {
                        cache = value;
                    } else {
                        manifest = value;
                    }
                }
                default -> throw new Failure("unknown argument '" + arg + "'; " + USAGE);
            }
        }
        if (manifest == null) {
            throw new Failure("no manifest: run scripts/fetch-reference, or give --manifest FILE");
        }
        // A local mirror standing in for the network (scripts/simulate-workflow on a machine without internet).
        String mirror = System.getenv("REBOUND_REFERENCE_FROM");
        if (from == null && !check && mirror != null && !mirror.isEmpty()) {
            from = Path.of(mirror);
        }
        if (from != null && !Files.isDirectory(from)) {
            throw new Failure("--from " + from + ": no such folder");
        }
        if (check && from != null) {
            throw new Failure("--check verifies the cache only: it takes no --from");
        }
        return new Options(manifest, cache == null ? defaultCache() : cache, from, check);
    }

    /** $REBOUND_REFERENCE_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/rebound/reference (as the tests resolve it). */
    private static Path defaultCache() {
        String cache = System.getenv("REBOUND_REFERENCE_CACHE");
        if (cache != null && !cache.isEmpty()) {
            return Path.of(cache);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getenv("HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home"), ".cache");
        return base.resolve("rebound").resolve("reference");
    }

    // ---- the manifest: RFC 4180 with a header ----

    private static List<Entry> manifest(Path file) throws Failure {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Failure(file + ": no such file");
        } catch (IOException e) {
            throw new Failure(file + ": " + describe(e));
        }
        List<Record> records = parse(file, text);
        if (records.isEmpty() || !records.get(0).cells().equals(COLUMNS)) {
            throw new Failure(file + ":1: expected the header " + String.join(",", COLUMNS));
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Record r : records.subList(1, records.size())) {
            String where = file + ":" + r.line() + ": ";
            List<String> c = r.cells();
            if (c.size() != COLUMNS.size()) {
                throw new Failure(where + c.size() + " cells, expected " + COLUMNS.size());
            }
            if (!ID.matcher(c.get(0)).matches() || !ids.add(c.get(0))) {
                throw new Failure(where + "id '" + c.get(0) + "' is not a new [a-z0-9_]+ name");
            }
            String path = c.get(1);
            if (!relative(path) || !paths.add(path)) {
                throw new Failure(where + "path '" + path + "' is not a new relative path of '/'-separated names");
            }
            URI url;
            try {
                url = new URI(c.get(2));
            } catch (URISyntaxException e) {
                throw new Failure(where + "url '" + c.get(2) + "' is not a URL");
            }
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || url.getHost() == null) {
                throw new Failure(where + "url '" + c.get(2) + "' is not an http(s) URL");
            }
            if (!SHA256.matcher(c.get(3)).matches()) {
                throw new Failure(where + "sha256 '" + c.get(3) + "' is not 64 lower-case hex digits");
            }
            long size;
            try {
                size = Long.parseLong(c.get(4));
            } catch (NumberFormatException e) {
                size = -1;
            }
            if (size <= 0) {
                throw new Failure(where + "size '" + c.get(4) + "' is not a positive number of bytes");
            }
            if (!LICENCE.matcher(c.get(5)).matches()) {
                throw new Failure(where + "licence '" + c.get(5) + "' is neither an SPDX identifier nor 'unverified'");
            }
            if (c.get(6).isBlank()) {
                throw new Failure(where + "no citation");
            }
            LocalDate accessed;
            try {
                accessed = LocalDate.parse(c.get(7));
            } catch (DateTimeParseException e) {
                throw new Failure(where + "accessed '" + c.get(7) + "' is not a date (YYYY-MM-DD)");
            }
            entries.add(new Entry(r.line(), c.get(0), path, url, c.get(3), size, c.get(5), c.get(6), accessed));
        }
        return entries;
    }

    private static boolean relative(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** One CSV record and the line it starts on. */
    private record Record(long line, List<String> cells) {
    }

    /** RFC 4180: fields separated by commas, quoted with '"' (doubled inside), records ended by CRLF or LF. */
    private static List<Record> parse(Path file, String text) throws Failure {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long line = 1;
        long start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                if (cell.length() > 0 || wasQuoted) {
                    throw new Failure(file + ":" + line + ": a quote inside an unquoted cell");
                }
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
                records.add(new Record(start, List.copyOf(cells)));
                cells.clear();
                line++;
                start = line;
            } else {
                if (wasQuoted) {
                    throw new Failure(file + ":" + line + ": text after a quoted cell");
                }
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new Failure(file + ":" + start + ": the file ends inside a quoted cell");
        }
        if (cell.length() > 0 || !cells.isEmpty() || wasQuoted) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }

    // ---- the cache ----

    private static Path target(Path cache, Entry e) {
        return cache.resolve(e.path().replace('/', cache.getFileSystem().getSeparator().charAt(0)));
    }

    private static int check(Options options, List<Entry> entries, PrintStream out, PrintStream err) {
        int ok = 0;
        int missing = 0;
        int failed = 0;
        for (Entry e : entries) {
            Path file = target(options.cache(), e);
            try {
                if (!Files.isRegularFile(file)) {
                    missing++;
                    report(err, out, "missing    " + e.path());
                    continue;
                }
                Digest d = digest(file);
                if (d.matches(e)) {
                    ok++;
                    out.println("ok         " + e.path());
                } else {
                    failed++;
                    report(err, out, "FAILED     " + e.path() + ": " + d.against(e));
                }
            } catch (IOException ex) {
                failed++;
                report(err, out, "FAILED     " + e.path() + ": " + describe(ex));
            }
        }
        out.println("reference data in " + options.cache() + ": " + entries.size() + " files, " + ok + " ok, "
                + missing + " missing, " + failed + " wrong"
                + (missing + failed > 0 ? ": run scripts/fetch-reference" : ""));
        return missing + failed == 0 ? EXIT_OK : EXIT_FAILED;
    }

    private static int fetch(Options options, List<Entry> entries, PrintStream out, PrintStream err) {
        int kept = 0;
        int copied = 0;
        int downloaded = 0;
        int failed = 0;
        HttpClient client = null;
        for (Entry e : entries) {
            Path file = target(options.cache(), e);
            try {
                if (Files.isRegularFile(file) && digest(file).matches(e)) {
                    kept++;
                    out.println("kept       " + e.path());
                    continue;
                }
                Files.createDirectories(file.getParent());
                if (options.from() != null) {
                    Path source = target(options.from(), e);
                    if (!Files.isRegularFile(source)) {
                        throw new Failure("not in " + options.from() + " (" + source + ")");
                    }
                    try (InputStream in = Files.newInputStream(source)) {
                        install(e, file, in, OptionalLong.empty());
                    }
                    copied++;
                    out.println("copied     " + e.path() + " (from " + options.from() + ")");
                } else {
                    if (client == null) {
                        client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                                .followRedirects(HttpClient.Redirect.NORMAL).build();
                    }
                    download(client, e, file);
                    downloaded++;
                    out.println("downloaded " + e.path() + " (" + e.size() + " bytes from " + e.url().getHost() + ")");
                }
            } catch (Failure | IOException ex) {
                failed++;
                deleteQuietly(file);
                report(err, out, "FAILED     " + e.path() + ": "
                        + (ex instanceof Failure ? ex.getMessage() : describe((IOException) ex)));
            }
        }
        out.println("reference data in " + options.cache() + ": " + entries.size() + " files, " + kept + " kept, "
                + copied + " copied, " + downloaded + " downloaded, " + failed + " failed");
        return failed == 0 ? EXIT_OK : EXIT_FAILED;
    }

    /** A failure line goes to stderr, after what stdout holds, so that the lines keep their order. */
    private static void report(PrintStream err, PrintStream out, String line) {
        out.flush();
        err.println(line);
        err.flush();
    }

    private static void download(HttpClient client, Entry e, Path file) throws Failure, IOException {
        HttpRequest request = HttpRequest.newBuilder(e.url()).timeout(DOWNLOAD_DEADLINE)
                .header("User-Agent", "rebound-fetch-reference").GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException ex) {
            throw new Failure("could not connect to " + e.url().getHost() + " within " + CONNECT_TIMEOUT.toSeconds()
                    + " s");
        } catch (HttpTimeoutException ex) {
            throw new Failure("no answer from " + e.url().getHost() + " within " + DOWNLOAD_DEADLINE.toSeconds() + " s");
        } catch (ConnectException ex) {
            throw new Failure("could not connect to " + e.url().getHost() + " (" + (unresolved(ex) ? "host not found"
                    : describe(ex)) + ")");
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        Timer watchdog = new Timer("download deadline", true);
        boolean[] late = {false};
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new Failure("HTTP " + response.statusCode() + " from " + e.url());
            }
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent() && length.getAsLong() > e.size()) {
                throw new Failure(e.url().getHost() + " offers " + length.getAsLong() + " bytes, the manifest says "
                        + e.size());
            }
            watchdog.schedule(new TimerTask() {
                @Override
                public void run() {
                    late[0] = true;
                    try {
                        body.close();
                    } catch (IOException ignored) {
                        // The download fails on its own.
                    }
                }
            }, DOWNLOAD_DEADLINE.toMillis());
            try {
                install(e, file, body, OptionalLong.of(e.size()));
            } catch (IOException ex) {
                if (late[0]) {
                    throw new Failure("not finished within " + DOWNLOAD_DEADLINE.toSeconds() + " s");
                }
                throw ex;
            }
        } finally {
            watchdog.cancel();
        }
    }

    /**
     * Writes {@code in} to a temporary file beside {@code file}, verifies its size and sha256, and moves it into
     * place atomically; a file that is not the manifest's is deleted.
     */
    private static void install(Entry e, Path file, InputStream in, OptionalLong cap) throws Failure, IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream o = Files.newOutputStream(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    size += n;
                    if (cap.isPresent() && size > cap.getAsLong()) {
                        throw new Failure("more than the manifest's " + cap.getAsLong() + " bytes: stopped");
                    }
                    sha.update(buffer, 0, n);
                    o.write(buffer, 0, n);
                }
            }
            Digest d = new Digest(size, HexFormat.of().formatHex(sha.digest()));
            if (!d.matches(e)) {
                throw new Failure(d.against(e));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static boolean unresolved(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static Digest digest(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                size += n;
                sha.update(buffer, 0, n);
            }
        }
        return new Digest(size, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Reported with the failure that led here.
        }
    }

    /** An I/O problem in words: its message, else its cause's, else its kind. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return (t instanceof NoSuchFileException ? "no such file: " : "") + t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
