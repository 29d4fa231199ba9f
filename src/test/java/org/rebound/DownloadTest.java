package org.rebound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
