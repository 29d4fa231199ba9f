package org.rebound.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.rebound.Build;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.site.SiteOutput;
import org.rebound.site.SiteWriter;

/**
 * A running preview: the site built into {@code options.out()}, served on 127.0.0.1, rebuilt when its
 * inputs change. A change of {@code content/}, {@code templates/} or the changelog re-renders the computed
 * report; a change of {@code data/} (or of a local {@code --models} file) recomputes it first. After a
 * failed build the last good site stays served, with the problems over it.
 */
public final class Server implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService requests;
    private final Watcher watcher;
    private final Build.Options options;
    private final LiveReload live = new LiveReload();
    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object building = new Object();
    private static final int MAX_PORT = 65_535;
    /** Threads that answer requests, the open pages' reload streams among them. */
    static final int REQUEST_THREADS = 32;
    /** Requests that wait for a thread; past them a connection is closed. */
    static final int QUEUED_REQUESTS = 64;
    /** Seconds an idle thread or connection is kept, and a client has to send its request. */
    static final int IDLE_SECONDS = 10;

    static {
        // The JDK server's own limits, read once when it first starts: a connection idle longer, or a request slower
        // to arrive, is closed (a slow client cannot hold a thread).
        setIfAbsent("sun.net.httpserver.idleInterval", Integer.toString(IDLE_SECONDS));
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(IDLE_SECONDS));
        setIfAbsent("sun.net.httpserver.maxIdleConnections", Integer.toString(QUEUED_REQUESTS));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Whether a build of this run succeeded: only then is a failed build's page the last good one. */
    private boolean builtOnce;

    /** The last computed report; null until a compute succeeds, or after one failed. */
    private Build.Computed computed;
    /** Whether the last build succeeded: only then may a Markdown edit re-render just its page. */
    private boolean siteGood;

    private Server(HttpServer http, Watcher watcher, Build.Options options, PrintStream out, PrintStream err) {
        this.http = http;
        this.watcher = watcher;
        this.options = options;
        this.out = out;
        this.err = err;
        // A bounded pool: each open page holds one thread for its reload stream; past the pool and its queue, a
        // connection is closed at once rather than given a thread of its own.
        java.util.concurrent.ThreadPoolExecutor pool = new java.util.concurrent.ThreadPoolExecutor(REQUEST_THREADS,
                REQUEST_THREADS, IDLE_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(QUEUED_REQUESTS), r -> {
                    Thread t = new Thread(r, "rebound-serve-request");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.requests = pool;
    }

    /**
     * Builds the site and starts serving and watching it.
     *
     * @param options what to build; without a base URL, the pages name the address served
     * @param port    port on 127.0.0.1; 0 for any free one (see {@link #url()})
     * @param out     where the build and each rebuild are reported
     * @param err     where the problems of a failed build are printed, one line each
     * @throws InputException when the port cannot be had
     */
    public static Server start(Build.Options options, int port, PrintStream out, PrintStream err) {
        if (port < 0 || port > MAX_PORT) {
            throw new InputException(Problem.ofFile("--port", port + ", expected 0 (any free port) to " + MAX_PORT));
        }
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new InputException(Problem.ofFile("--port", port + " is in use, expected a free port (or 0 for any)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/";
        Build.Options o = options.baseUrl().isPresent() ? options
                : options.toBuilder().baseUrl(Optional.of(url)).timings(false).build();
        List<Watcher.Watched> trees = List.of(new Watcher.Watched(o.content(), false),
                new Watcher.Watched(o.templates(), false), new Watcher.Watched(o.data(), true));
        List<Watcher.Watched> files = new ArrayList<>(List.of(new Watcher.Watched(o.changelog(), false)));
        o.models().filter(m -> !m.equals("latest") && !m.matches("(?i)https?://.*"))
                .ifPresent(m -> files.add(new Watcher.Watched(Path.of(m), true)));
        Watcher watcher;
        try {
            watcher = new Watcher(trees, files); // before the first build, so no change is missed
        } catch (IOException e) {
            http.stop(0);
            throw new UncheckedIOException(e);
        }
        Server server = new Server(http, watcher, o, out, err);
        server.rebuild(true, true);
        http.setExecutor(server.requests);
        http.createContext("/", new SiteHandler(o.out(), server.live));
        http.start();
        Thread watch = new Thread(() -> watcher.run(server::changed), "rebound-serve-watch");
        watch.setDaemon(true);
        watch.start();
        return server;
    }

    /** The address served, {@code http://127.0.0.1:<port>/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** Waits until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** After a change: re-renders the pages that show the Markdown files changed, else rebuilds. */
    private void changed(Set<Path> paths, boolean recompute) {
        synchronized (building) {
            if (recompute || !siteGood || !renderPages(paths)) {
                rebuild(recompute, false);
            }
        }
    }

    /**
     * Re-renders, in place and from the report computed before, only the pages that show {@code paths} (the
     * page kinds say which Markdown files and whether the changelog); false, with nothing written, when another
     * file changed and the whole site is due.
     */
    private boolean renderPages(Set<Path> paths) {
        long start = System.nanoTime();
        try {
            Optional<SiteWriter.Written> written = new SiteWriter(options.templates(), options.content(), options.pngCache()).rewrite(
                    computed.report(), SiteOutput.update(options.out()), SiteWriter.Target.root(
                            computed.data().edition().baseUrl(), options.changelog()), paths);
            if (written.isEmpty()) {
                return false;
            }
            live.succeeded();
            out.println("Re-rendered " + written.get().pages() + " page(s) in " + millisSince(start) + " ms.");
        } catch (InputException e) {
            failed(e.problems().stream().map(p -> "error: " + p).toList());
        } catch (RuntimeException e) {
            failed(List.of(defect(e)));
        }
        return true;
    }

    private static long millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e6);
    }

    private static String defect(RuntimeException e) {
        return "error: " + e.getClass().getName() + ": " + Problem.firstLine(e.getMessage());
    }

    /** Rebuilds; reports in full the first time, then the time taken and any warning. */
    private void rebuild(boolean recompute, boolean first) {
        synchronized (building) {
            long start = System.nanoTime();
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream log = first ? out : new PrintStream(captured, true, StandardCharsets.UTF_8);
            try {
                if (recompute || computed == null) {
                    computed = null;
                    computed = Build.compute(options, log);
                }
                Build.render(computed, options, log);
                siteGood = true;
                builtOnce = true;
                live.succeeded();
                captured.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("warning:"))
                        .forEach(out::println);
                if (!first) {
                    out.println("Rebuilt in " + millisSince(start) + " ms ("
                            + (recompute ? "data changed: recomputed" : "content or templates changed: re-rendered")
                            + ").");
                }
            } catch (InputException e) {
                failed(e.problems().stream().map(p -> "error: " + p).toList());
            } catch (RuntimeException e) {
                // A defect rather than bad input; the preview keeps running all the same.
                failed(List.of(defect(e)));
            }
        }
    }

    private void failed(List<String> lines) {
        siteGood = false; // the next change rebuilds everything, to find every problem left
        lines.stream().limit(Problem.SHOWN).forEach(err::println);
        if (lines.size() > Problem.SHOWN) {
            err.println("error: " + Problem.more(lines.size()));
        }
        String what = whatIsServed(builtOnce, java.nio.file.Files.isRegularFile(options.out().resolve(org.rebound.site.Route.INDEX)));
        err.println(what);
        live.failed(lines.stream().limit(Problem.SHOWN).toList(), what);
    }

    /**
     * What a failed build leaves served, in words: the last good build of this run; else a site an earlier run
     * left in the folder (not this data's); else nothing.
     */
    static String whatIsServed(boolean builtOnce, boolean siteInFolder) {
        if (builtOnce) {
            return "The build failed; the last good build is still served.";
        }
        return siteInFolder ? "The build failed; what is served is the site an earlier run left, not built from "
                + "this data." : "The build failed; nothing is served until a build succeeds.";
    }

    /** Stops serving and watching; the built folder stays. */
    @Override
    public void close() {
        live.close();
        try {
            watcher.close();
        } catch (IOException e) {
            // Nothing more to close.
        }
        http.stop(0);
        requests.shutdownNow();
        closed.countDown();
    }
}
