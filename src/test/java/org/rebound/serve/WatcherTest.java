package org.rebound.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's contract: one call per burst, what counts, what needs a recompute, and saves that change nothing. */
class WatcherTest {
    /** Bound on the wait for a burst; far above the real time, for a loaded machine. */
    private static final long WAIT_SECONDS = 20;
    /** How long "nothing arrives" is watched for. */
    private static final long QUIET_MILLIS = 400;

    private record Burst(Set<Path> paths, boolean recompute) {
    }

    @TempDir
    Path tmp;

    @Test
    void deliversOneBurstPerSaveWithWhatChangedAndSkipsWhatChangedNothing() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path about = Files.writeString(content.resolve("about.md"), "About.\n");
        Path report = Files.writeString(content.resolve("report.md"), "Report.\n");
        Path changelog = Files.writeString(tmp.resolve("CHANGES.md"), "# Changes\n");
        Path models = Files.writeString(tmp.resolve("models.csv"), "Model\n");
        Path other = Files.writeString(tmp.resolve("other.txt"), "not watched\n");
        BlockingQueue<Burst> bursts = new LinkedBlockingQueue<>();
        try (Watcher watcher = new Watcher(List.of(new Watcher.Watched(content, false), new Watcher.Watched(data, true)),
                List.of(new Watcher.Watched(changelog, false), new Watcher.Watched(models, true)))) {
            Thread thread = new Thread(() -> watcher.run((paths, recompute) -> bursts.add(new Burst(paths, recompute))));
            thread.setDaemon(true);
            thread.start();

            // Two files saved together: one burst with both, no recompute.
            Files.writeString(about, "About, edited.\n");
            Files.writeString(report, "Report, edited.\n");
            Burst both = next(bursts);
            Set<Path> seen = new java.util.TreeSet<>(both.paths());
            while (seen.size() < 2) { // a slow machine may split the two saves
                seen.addAll(next(bursts).paths());
            }
            assertEquals(Set.of(about, report), seen);
            assertEquals(false, both.recompute());

            // A file touched (its bytes as they were), an editor's swap file, a file beside a watched one: nothing.
            // (A save of the same bytes is usually nothing too, but not always: its truncation may be seen first.)
            Files.setLastModifiedTime(about, java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(about).toMillis() + 5_000));
            Files.writeString(content.resolve(".about.md.swp"), "swap");
            Files.writeString(other, "still not watched\n");
            assertNull(bursts.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS), "nothing changed that counts");

            // A new folder of data, with a file: followed, and a recompute.
            Path added = Files.createDirectories(data.resolve("new"));
            Files.writeString(added.resolve("factors.csv"), "x\n");
            Burst folder = next(bursts);
            assertEquals(true, folder.recompute());
            Path factors = added.resolve("factors.csv");
            Set<Path> inFolder = new java.util.TreeSet<>(folder.paths());
            while (!inFolder.contains(factors)) {
                inFolder.addAll(next(bursts).paths());
            }

            // A single file outside the folders: the changelog re-renders, the models recompute.
            Files.writeString(changelog, "# Changes\n\n- One.\n");
            assertEquals(new Burst(Set.of(changelog), false), next(bursts));
            Files.writeString(models, "Model\nGPT\n");
            assertEquals(new Burst(Set.of(models), true), next(bursts));
        }
    }

    private static Burst next(BlockingQueue<Burst> bursts) throws InterruptedException {
        Burst b = bursts.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(b, "no burst within " + WAIT_SECONDS + " s");
        return b;
    }
}
