package org.rebound.site;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.MainAccess;

/**
 * The output folder is safe: two builds of one folder never mix (the second waits for the first's lock); a held lock
 * refuses a build in words; folders of the user's that happen to have Rebound's names are never touched; a build killed
 * at any moment leaves the old site or the new one, never a mix.
 */
class OutputSafetyIT {
    private static final String FIXTURE = "src/test/resources/fixture/models.csv";
    private static final String SAMPLE = Fixture.SAMPLE.toString();

    @TempDir
    Path tmp;

    private static int build(String models, Path out, PrintStream log, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--models", models, "--out", out.toString()));
        args.addAll(List.of(more));
        return MainAccess.run(log, log, args.toArray(new String[0]));
    }

    /**
     * A digest of every file of a site, by path: equal digests, equal sites. The marker is left out: it is the
     * generator's own bookkeeping (a build through the command line also names its cached build there).
     */
    static String digest(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString()
                    .equals(SiteOutput.MARKER)).sorted().toList()) {
                sha.update(site.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoBuildsOfOneFolderTakeTurns() throws Exception {
        Path out = tmp.resolve("site");
        ExecutorService two = Executors.newFixedThreadPool(2);
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(logs, true, StandardCharsets.UTF_8);
        // MainAccess runs one command line at a time in a JVM, so the two builds go through the library instead.
        List<Future<Integer>> runs = new ArrayList<>();
        for (String models : List.of(FIXTURE, SAMPLE)) {
            runs.add(two.submit(() -> {
                // --allow-shrink: whichever comes second may hold fewer models than the first.
                org.rebound.Build.run(new org.rebound.Build.Options(Path.of("data"), Path.of("content"),
                        Path.of("templates"), out, java.util.Optional.of(models), java.util.Optional.empty(),
                        Path.of("CHANGES.md"), java.util.Optional.empty(), false, java.util.Optional.empty(), false, true,
                        java.util.Optional.empty()),
                        log);
                return 0;
            }));
        }
        for (Future<Integer> r : runs) {
            assertEquals(0, r.get());
        }
        two.shutdown();
        // The site is one of the two builds, whole: the same as a build of that input alone.
        String both = digest(out);
        Path fixtureAlone = tmp.resolve("fixture-alone");
        Path sampleAlone = tmp.resolve("sample-alone");
        assertEquals(0, build(FIXTURE, fixtureAlone, log));
        assertEquals(0, build(SAMPLE, sampleAlone, log));
        assertTrue(both.equals(digest(fixtureAlone)) || both.equals(digest(sampleAlone)), "not a mix of two builds");
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".rebound-staging-") || n.contains(".rebound-old-")).toList());
        }
    }

    @Test
    void aHeldLockRefusesInWordsAfterWaiting() throws IOException {
        Path out = tmp.resolve("site");
        SiteOutput held = SiteOutput.open(out);
        try {
            ByteArrayOutputStream logs = new ByteArrayOutputStream();
            int exit = build(FIXTURE, out, new PrintStream(logs, true, StandardCharsets.UTF_8));
            String said = logs.toString(StandardCharsets.UTF_8);
            assertEquals(2, exit, said);
            assertTrue(said.contains("error: " + out + ": another build is writing this output folder (it holds "
                    + tmp.resolve(".site.rebound-lock") + "), expected it to finish within "
                    + SiteOutput.LOCK_WAIT.toSeconds() + " s"), said);
        } finally {
            held.abandon();
        }
    }

    @Test
    void theUsersFoldersWithRebound_sNamesAreNeverTouched() throws IOException {
        Path out = tmp.resolve("site");
        for (String name : List.of("site.rebound-staging", "site.rebound-old", "site.rebound-staging-mine")) {
            Path folder = Files.createDirectories(tmp.resolve(name));
            Files.writeString(folder.resolve("thesis.tex"), "mine\n");
        }
        // A leftover of a crashed build carries the marker: it goes.
        Path leftover = Files.createDirectories(tmp.resolve("site.rebound-staging-123"));
        Files.writeString(leftover.resolve(SiteOutput.MARKER), "Made by Rebound\n");
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, build(FIXTURE, out, log));
        assertEquals(0, build(FIXTURE, out, log));
        for (String name : List.of("site.rebound-staging", "site.rebound-old", "site.rebound-staging-mine")) {
            assertEquals("mine\n", Files.readString(tmp.resolve(name).resolve("thesis.tex")), name);
        }
        assertTrue(Files.notExists(leftover), "a crashed build's staging folder is removed");
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldSiteOrTheNewOne() throws Exception {
        Path out = tmp.resolve("site");
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, build(FIXTURE, out, log));
        String old = digest(out);
        Path fresh = tmp.resolve("sample-alone");
        assertEquals(0, build(SAMPLE, fresh, log));
        String renewed = digest(fresh);
        Random random = new Random(2026);
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int kills = 0;
        for (int i = 0; i < 6; i++) {
            Process child = new ProcessBuilder(java, "-cp", classpath, "org.rebound.Main", "build", "--models", SAMPLE,
                    "--out", out.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                    .start();
            Thread.sleep(300 + random.nextInt(4000));
            if (child.isAlive()) {
                child.destroyForcibly().waitFor();
                kills++;
            } else {
                child.waitFor();
            }
            String now = digest(out);
            assertTrue(now.equals(old) || now.equals(renewed), "after a kill the site is whole, old or new (run " + i + ")");
            // The next run starts from the old site again (the fixture has fewer models: the drop is meant).
            if (now.equals(renewed)) {
                assertEquals(0, build(FIXTURE, out, log, "--allow-shrink"));
            }
        }
        assertTrue(kills > 0, "at least one build was killed while it ran");
    }

    @Test
    void aSiteThatWouldShrinkIsRefusedUnlessAllowed() throws IOException {
        Path out = tmp.resolve("site");
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(logs, true, StandardCharsets.UTF_8);
        assertEquals(0, build(SAMPLE, out, log));
        String before = digest(out);
        int exit = build(FIXTURE, out, log);
        String said = logs.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, said);
        assertTrue(said.contains("error: " + FIXTURE + ": this build estimates 10 models where the site in " + out
                + " holds "), said);
        assertTrue(said.contains("build with --allow-shrink if the drop is meant"), said);
        assertEquals(before, digest(out), "the site is unchanged");
        assertEquals(0, build(FIXTURE, out, log, "--allow-shrink"));
    }
}
