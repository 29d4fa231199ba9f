package org.rebound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rebound.problem.InputException;

/** A download has an overall deadline and a size cap, and says in words what failed. */
class DownloadTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok.csv", x -> answer(x.getResponseBody(), x, 200, "Model\nA\n", 0));
        server.createContext("/missing.csv", x -> answer(x.getResponseBody(), x, 404, "no", 0));
        server.createContext("/trickle.csv", x -> answer(x.getResponseBody(), x, 200, "Model,Organization\n", 400));
        server.createContext("/loop.csv", x -> {
            x.getResponseHeaders().add("Location", "/loop.csv");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/truncated.csv", x -> {
            // Promises 1,000 bytes, sends 10, and closes.
            x.sendResponseHeaders(200, 1000);
            x.getResponseBody().write("Model,Org\n".getBytes(StandardCharsets.UTF_8));
            x.getResponseBody().flush();
            x.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Sends headers, then the body a byte every {@code pauseMillis}. */
    private static void answer(OutputStream out, com.sun.net.httpserver.HttpExchange x, int status, String body,
            long pauseMillis) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length);
        try (out) {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                if (pauseMillis > 0) {
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // The client gave up: that is the point of the trickle.
        }
    }

    private static String refusal(Runnable r) {
        return assertThrows(InputException.class, r::run).problems().get(0).toString();
    }

    @Test
    void aGoodFileDownloads() {
        assertArrayEquals("Model\nA\n".getBytes(StandardCharsets.UTF_8), Build.download(base + "/ok.csv", DEADLINE, 100));
    }

    @Test
    void aTricklingServerIsCutOffAtTheDeadline() {
        long t0 = System.nanoTime();
        assertEquals(base + "/trickle.csv: cannot download: not finished within 2 s, expected the whole file by then",
                refusal(() -> Build.download(base + "/trickle.csv", DEADLINE, 100)));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(true, seconds < 5, "cut off after " + seconds + " s");
    }

    @Test
    void aFileOverTheCapIsRefused() {
        assertEquals(base + "/ok.csv: cannot download: the file is larger than 4.77 × 10⁻⁶ MB, expected an export of a "
                + "few MB", refusal(() -> Build.download(base + "/ok.csv", DEADLINE, 5)));
    }

    @Test
    void httpErrorsAndRefusedConnectionsAreSaidInWords() {
        assertEquals(base + "/missing.csv: cannot download: the server answered HTTP 404, expected 200",
                refusal(() -> Build.download(base + "/missing.csv", DEADLINE, 100)));
        String closed = "http://127.0.0.1:9/x.csv";
        assertEquals(closed + ": cannot download: could not connect (connection refused or unreachable)",
                refusal(() -> Build.download(closed, DEADLINE, 100)));
        assertEquals("http://exa mple.org/x.csv: cannot download: not a valid URL",
                refusal(() -> Build.download("http://exa mple.org/x.csv", DEADLINE, 100)));
    }

    /** A redirect loop, a body cut short and headers no client accepts are said in words, with their place. */
    @Test
    void redirectLoopsTruncatedBodiesAndBadHeadersAreSaidInWords() throws IOException {
        assertEquals(base + "/loop.csv: cannot download: the server still redirects (HTTP 302) after the redirects a "
                + "client follows, expected the file: a redirect loop, or a redirect from https to http",
                refusal(() -> Build.download(base + "/loop.csv", DEADLINE, 100)));
        String truncated = refusal(() -> Build.download(base + "/truncated.csv", DEADLINE, 10_000));
        assertTrue(truncated.startsWith(base + "/truncated.csv: cannot download: the connection ended after "),
                truncated);
        assertTrue(truncated.endsWith("before the whole file (" + truncated.substring(truncated.indexOf(" (") + 2,
                truncated.lastIndexOf(')')) + "); try again"), truncated);
        // A server whose headers never end: 1 MB of one header.
        try (java.net.ServerSocket raw = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (java.net.Socket s = raw.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    OutputStream out = s.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nX-Big: ".getBytes(StandardCharsets.US_ASCII));
                    byte[] filler = new byte[1 << 20];
                    java.util.Arrays.fill(filler, (byte) 'a');
                    out.write(filler);
                    out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // The client hung up on the header, as it should.
                }
            });
            t.setDaemon(true);
            t.start();
            String url = "http://127.0.0.1:" + raw.getLocalPort() + "/big.csv";
            String big = refusal(() -> Build.download(url, DEADLINE, 100));
            assertTrue(big.startsWith(url + ": cannot download: "), big);
            assertTrue(!big.contains("Exception"), big);
        }
    }
}
