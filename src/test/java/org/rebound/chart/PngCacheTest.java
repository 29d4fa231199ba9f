package org.rebound.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngCacheTest {
    static final ImageCredit CREDIT = new ImageCredit("A label", "What it says.", "Rebound contributors",
            "Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/",
            "https://epoch.ai/data/notable-ai-models");
    private static final LabelPng.Text LABEL = new LabelPng.Text("Training footprint · Rebound 2026", "GPT-3",
            "552 t CO2 eq", "1,290 MWh", "https://example.org/models/gpt-3/");

    @TempDir
    Path dir;

    @Test
    void aHitReturnsTheBytesOnceWrittenWithoutDrawing() {
        AtomicInteger drawn = new AtomicInteger();
        Supplier<byte[]> draw = () -> {
            drawn.incrementAndGet();
            return LabelPng.render(LABEL, CREDIT);
        };
        PngCache.Key key = LabelPng.key(LABEL, CREDIT);
        byte[] first = PngCache.at(dir).png(key, draw);
        PngCache later = PngCache.at(dir);
        byte[] again = later.png(key, draw);
        assertArrayEquals(first, again);
        assertEquals(1, drawn.get());
        assertEquals(1, later.hits());
        assertEquals(0, later.misses());
    }

    @Test
    void differentInputsHaveDifferentKeys() {
        assertEquals(LabelPng.key(LABEL, CREDIT), LabelPng.key(LABEL, CREDIT));
        LabelPng.Text other = new LabelPng.Text(LABEL.heading(), LABEL.model(), "553 t CO2 eq", LABEL.energy(),
                LABEL.url());
        assertNotEquals(LabelPng.key(LABEL, CREDIT), LabelPng.key(other, CREDIT));
        // Parts are told apart by their lengths, not run together.
        assertNotEquals(PngCache.Key.of(List.of("ab", "c")), PngCache.Key.of(List.of("a", "bc")));
    }

    @Test
    void aTruncatedOrDamagedFileIsNotServedButReplaced() throws IOException {
        PngCache.Key key = LabelPng.key(LABEL, CREDIT);
        byte[] png = LabelPng.render(LABEL, CREDIT);
        Path file = dir.resolve(key.sha256() + ".png");
        List<byte[]> bad = List.of(Arrays.copyOf(png, png.length / 2), Arrays.copyOf(png, png.length - 1),
                damaged(png), new byte[0], Arrays.copyOf(png, png.length + 1));
        for (byte[] b : bad) {
            assertFalse(PngCache.whole(b));
            Files.write(file, b);
            PngCache cache = PngCache.at(dir);
            assertArrayEquals(png, cache.png(key, () -> LabelPng.render(LABEL, CREDIT)));
            assertEquals(0, cache.hits());
            assertArrayEquals(png, Files.readAllBytes(file), "replaced by the whole PNG");
        }
        assertTrue(PngCache.whole(png));
    }

    @Test
    void concurrentWritersOfOneKeyLeaveOneWholeFile() throws Exception {
        PngCache.Key key = LabelPng.key(LABEL, CREDIT);
        byte[] png = LabelPng.render(LABEL, CREDIT);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // A cache each, as separate builds would have, and the same folder.
                PngCache cache = PngCache.at(dir);
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.png(key, () -> png.clone());
                }));
            }
            start.countDown();
            for (Future<byte[]> r : results) {
                assertArrayEquals(png, r.get());
            }
        } finally {
            pool.shutdown();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(key.sha256() + ".png"), files.map(p -> p.getFileName().toString()).toList(),
                    "one file, no temporary file left");
        }
        assertArrayEquals(png, Files.readAllBytes(dir.resolve(key.sha256() + ".png")));
    }

    @Test
    void withoutACacheEveryPngIsDrawn() {
        AtomicInteger drawn = new AtomicInteger();
        PngCache none = PngCache.none();
        PngCache.Key key = LabelPng.key(LABEL, CREDIT);
        none.png(key, () -> new byte[] {(byte) drawn.incrementAndGet()});
        none.png(key, () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertEquals(2, drawn.get());
    }

    /** One byte of the pixels changed: the length is right, the IDAT chunk's CRC is not. */
    private static byte[] damaged(byte[] png) {
        byte[] copy = png.clone();
        copy[copy.length - 30] ^= 0x01;
        return copy;
    }
}
