package org.rebound.serve;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;

/** {@code rebound serve} on a free port, over a copy of content/ and templates/ and the repository's data/. */
class ServeTest {
    /** Bound on the wait for a rebuild; far above the real time, for a loaded machine. */
    private static final Duration REBUILD_WAIT = Duration.ofSeconds(90);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    @Test
    void servesRebuildsShowsErrorsAndStaysInsideTheSite() throws Exception {
        Path content = copy(Path.of("content"), tmp.resolve("content"));
        Path templates = copy(Path.of("templates"), tmp.resolve("templates"));
        Path site = tmp.resolve("serve-site");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Build.Options options = Build.Options.builder().data(org.rebound.support.Project.data()).content(content).templates(templates).out(site)
                .models(Fixture.SAMPLE.toString()).build();
        try (Server server = Server.start(options, 0, new PrintStream(console, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8))) {
            URI url = server.url();
            assertTrue(url.toString().matches("http://127\\.0\\.0\\.1:[0-9]+/"), url.toString());

            // Served pages carry the reload script; the files on disk never do.
            HttpResponse<String> home = get(url, "");
            assertEquals(200, home.statusCode());
            assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(home.body().contains("new EventSource(\"/__rebound/events\")"));
            assertTrue(home.body().indexOf("EventSource") < home.body().lastIndexOf("</body>"));
            assertEquals(Files.readString(site.resolve("index.html")), stripSnippet(home.body()));
            try (Stream<Path> files = Files.walk(site)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("__rebound"), f.toString());
                }
            }
            assertEquals("text/css; charset=utf-8", get(url, "assets/style.css").headers()
                    .firstValue("Content-Type").orElseThrow());
            assertEquals(301, get(url, "models").statusCode());
            // DNS rebinding: a page of another name resolving here is refused.
            assertTrue(raw(url, "/", "rebind.example:" + url.getPort()).startsWith("HTTP/1.1 421"));
            HttpResponse<String> missing = get(url, "no/such/page/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Page not found"), "the site's 404.html");

            // A Markdown edit shows up, re-rendering only its page.
            Files.writeString(content.resolve("methodology.md"), "\nA sentence added by ServeTest.\n",
                    java.nio.file.StandardOpenOption.APPEND);
            String edited = await(url, "methodology/", b -> b.contains("A sentence added by ServeTest."));
            assertFalse(edited.contains("rebound-build-error"));
            assertTrue(console.toString(StandardCharsets.UTF_8).contains("Re-rendered 1 page(s) in "),
                    console.toString(StandardCharsets.UTF_8));

            // A broken template: the error on the console and over the page, the last good page still served.
            Path template = templates.resolve("methodology.html");
            String good = Files.readString(template);
            Files.writeString(template, good.replace("</main>", "<p th:text=\"${report.noSuchThing}\">x</p></main>"));
            String broken = await(url, "methodology/", b -> b.contains("rebound-build-error"));
            assertTrue(broken.contains("A sentence added by ServeTest."), "the last good page");
            List<String> printed = errors.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("error: ")).toList();
            assertFalse(printed.isEmpty());
            assertTrue(printed.get(0).startsWith("error: " + template + ":"), printed.get(0));
            Element overlay = Jsoup.parse(broken).getElementById("rebound-build-error");
            assertNotNull(overlay);
            assertEquals(String.join("\n", printed), overlay.selectFirst("pre").wholeText().strip());
            assertEquals(1, Jsoup.parse(broken).select("h1").size(), "the overlay adds no heading");
            assertEquals("The build failed; the last good build is still served.", overlay.selectFirst("strong").text());

            // Mended, the overlay goes.
            Files.writeString(template, good);
            await(url, "methodology/", b -> !b.contains("rebound-build-error"));

            // Slow clients that never finish a request hold no thread each: the pool is bounded, and the page
            // is still served beside them.
            List<Socket> slow = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 3 * Server.REQUEST_THREADS; i++) {
                    Socket socket = new Socket(url.getHost(), url.getPort());
                    socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127".getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                }
                Thread.sleep(300);
                long threads = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("rebound-serve-request")).count();
                assertTrue(threads <= Server.REQUEST_THREADS, threads + " request threads");
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
            await(url, "methodology/", b -> b.contains("A sentence added by ServeTest."));

            // Nothing outside the site is served.
            for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/assets/../../pom.xml", "//etc/passwd")) {
                String response = raw(url, path);
                assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ": "
                        + response.lines().findFirst().orElse(""));
                assertFalse(response.contains("<artifactId>") || response.contains("root:"), path);
            }
        }
    }

    /** The served page without what serve added: the bytes on disk. */
    private static String stripSnippet(String served) {
        int start = served.indexOf("<script>/* rebound serve");
        int end = served.indexOf("</script>\n", start) + "</script>\n".length();
        return served.substring(0, start) + served.substring(end);
    }

    private static HttpResponse<String> get(URI url, String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(url.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls a page until its body passes {@code done}; fails after {@link #REBUILD_WAIT}. */
    private static String await(URI url, String path, Predicate<String> done) throws Exception {
        long deadline = System.nanoTime() + REBUILD_WAIT.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = CLIENT.send(HttpRequest.newBuilder(url.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no rebuild within " + REBUILD_WAIT + "; last page:\n" + body);
    }

    /** A failed build says what is served: the last good build, an earlier run's site, or nothing. */
    @Test
    void aFailedBuildSaysWhatIsServed() {
        assertEquals("The build failed; the last good build is still served.", Server.whatIsServed(true, true));
        assertEquals("The build failed; what is served is the site an earlier run left, not built from this data.",
                Server.whatIsServed(false, true));
        assertEquals("The build failed; nothing is served until a build succeeds.", Server.whatIsServed(false, false));
    }

    /** Only the loopback's names, at the server's port when given, are served. */
    @Test
    void onlyTheLoopbacksNamesAreServed() {
        assertTrue(SiteHandler.localHost("127.0.0.1:8000", 8000));
        assertTrue(SiteHandler.localHost("LOCALHOST:8000", 8000));
        assertTrue(SiteHandler.localHost("localhost", 8000));
        assertTrue(SiteHandler.localHost("[::1]:8000", 8000));
        assertFalse(SiteHandler.localHost("evil.example:8000", 8000));
        assertFalse(SiteHandler.localHost("127.0.0.1:8001", 8000));
        assertFalse(SiteHandler.localHost("localhost.evil.example:8000", 8000));
        assertFalse(SiteHandler.localHost(null, 8000));
    }

    /** Sends a request line as given (no client cleans up the path) and returns the whole response. */
    private static String raw(URI url, String path) throws IOException {
        return raw(url, path, url.getHost());
    }

    /** The same with another Host header. */
    private static String raw(URI url, String path, String host) throws IOException {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        org.rebound.support.Trees.copy(from, to);
        return to;
    }
}
