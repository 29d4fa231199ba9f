package org.rebound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/FetchReference.java}, run as {@code scripts/fetch-reference} runs it (the JDK's source launcher),
 * on a manifest of two small files: copied from a folder, kept, checked, refused when their bytes differ, and
 * downloaded from a loopback server. An integration test: each run compiles the script (a second or two).
 */
class FetchReferenceIT {
    private static final String A = "a,b\n1,2\n";
    private static final String B = "{\"x\": 1}\n";

    @TempDir
    Path tmp;

    /** What one run printed and returned. */
    private record Run(int exit, List<String> out, List<String> err) {
        String all() {
            return String.join("\n", out) + "\n" + String.join("\n", err);
        }
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Path manifest(String base) throws Exception {
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "id,path,url,sha256,size,licence,citation,accessed\n"
                + "a,one/a.csv," + base + "one/a.csv," + sha256(A) + "," + A.length() + ",unverified,\"A, cited\",2026-11-23\n"
                + "b,two/b.json," + base + "two/b.json," + sha256(B) + "," + B.length() + ",AGPL-3.0-only,B,2026-11-23\n",
                StandardCharsets.UTF_8);
        return manifest;
    }

    private Path source() throws IOException {
        Path from = tmp.resolve("from");
        Files.createDirectories(from.resolve("one"));
        Files.createDirectories(from.resolve("two"));
        Files.writeString(from.resolve("one/a.csv"), A, StandardCharsets.UTF_8);
        Files.writeString(from.resolve("two/b.json"), B, StandardCharsets.UTF_8);
        return from;
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "scripts/FetchReference.java"));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // The script's own settings from the environment would change what is tested (a mirror instead of downloads).
        builder.environment().keySet().removeIf(k -> k.startsWith("REBOUND_REFERENCE_"));
        Process p = builder.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script ends");
        return new Run(p.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void copiesKeepsChecksAndRefusesOtherBytes() throws Exception {
        Path manifest = manifest("https://example.invalid/");
        Path from = source();
        Path cache = tmp.resolve("cache");
        String[] fetch = {"--manifest", manifest.toString(), "--cache", cache.toString(), "--from", from.toString()};

        Run copy = run(fetch);
        assertEquals(0, copy.exit(), copy.all());
        assertEquals(List.of("copied     one/a.csv (from " + from + ")", "copied     two/b.json (from " + from + ")",
                "reference data in " + cache + ": 2 files, 0 kept, 2 copied, 0 downloaded, 0 failed"), copy.out());
        assertEquals(A, Files.readString(cache.resolve("one/a.csv"), StandardCharsets.UTF_8));

        Run keep = run(fetch);
        assertEquals(0, keep.exit(), keep.all());
        assertEquals("reference data in " + cache + ": 2 files, 2 kept, 0 copied, 0 downloaded, 0 failed",
                keep.out().get(2));

        Files.writeString(cache.resolve("two/b.json"), "{\"x\": 2}\n", StandardCharsets.UTF_8);
        Run check = run("--manifest", manifest.toString(), "--cache", cache.toString(), "--check");
        assertEquals(1, check.exit(), check.all());
        assertEquals(List.of("FAILED     two/b.json: sha256 expected " + sha256(B) + ", found " + sha256("{\"x\": 2}\n")),
                check.err());

        Files.writeString(from.resolve("two/b.json"), "{}\n", StandardCharsets.UTF_8);
        Run refuse = run(fetch);
        assertEquals(1, refuse.exit(), refuse.all());
        assertEquals(List.of("FAILED     two/b.json: sha256 expected " + sha256(B) + ", found " + sha256("{}\n")
                + " (3 bytes, expected " + B.length() + ")"), refuse.err());
        assertFalse(Files.exists(cache.resolve("two/b.json")), "a file that is not the manifest's is deleted");
        try (var left = Files.list(cache.resolve("two"))) {
            assertEquals(List.of(), left.toList(), "no temporary file is left");
        }
    }

    @Test
    void downloadsFromTheUrlAndRefusesMoreBytesThanTheManifestSays() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.equals("/one/a.csv") ? A : path.equals("/two/b.json") ? B + "and more\n" : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(bytes);
                }
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Path cache = tmp.resolve("cache");
            Run run = run("--manifest", manifest(base).toString(), "--cache", cache.toString());
            assertEquals(1, run.exit(), run.all());
            assertEquals(List.of("downloaded one/a.csv (" + A.length() + " bytes from 127.0.0.1)",
                    "reference data in " + cache + ": 2 files, 0 kept, 0 copied, 1 downloaded, 1 failed"), run.out());
            assertEquals(List.of("FAILED     two/b.json: 127.0.0.1 offers " + (B.length() + 9) + " bytes, the manifest says "
                    + B.length()), run.err());
            assertEquals(A, Files.readString(cache.resolve("one/a.csv"), StandardCharsets.UTF_8));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theRepositorysManifestReadsAndAnEmptyCacheIsMissingEveryFile() throws Exception {
        Path cache = tmp.resolve("empty");
        Run check = run("--manifest", "src/test/resources/reference/manifest.csv", "--cache", cache.toString(), "--check");
        assertEquals(1, check.exit(), check.all());
        assertEquals(8, check.err().size(), check.all());
        assertTrue(check.err().stream().allMatch(l -> l.startsWith("missing    ")), check.all());
        assertEquals(List.of("reference data in " + cache + ": 8 files, 0 ok, 8 missing, 0 wrong: run scripts/fetch-reference"),
                check.out());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() throws Exception {
        Run unknown = run("--frm", "x");
        assertEquals(2, unknown.exit());
        assertEquals(1, unknown.err().size(), unknown.all());
        assertTrue(unknown.err().get(0).startsWith("fetch-reference: unknown argument '--frm'"), unknown.all());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "id,path,url,sha256,size,licence,citation,accessed\n"
                + "a,../a.csv,https://example.invalid/a," + "0".repeat(64) + ",1,MIT,c,2026-11-23\n", StandardCharsets.UTF_8);
        Run manifest = run("--manifest", bad.toString(), "--check");
        assertEquals(2, manifest.exit());
        assertEquals(List.of("fetch-reference: " + bad + ":2: path '../a.csv' is not a new relative path of '/'-separated names"),
                manifest.err());
    }
}
