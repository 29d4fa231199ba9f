package org.rebound.property;

import org.rebound.support.Fixture;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rebound.data.EpochExport;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.problem.InputException;
import org.rebound.support.Project;
import org.rebound.support.Seeded;

/**
 * Properties of the Epoch reader and the estimator over mutated real rows (the repository's cited sample): whatever a
 * cell holds, no exception but a refusal escapes, every row read is estimated or excluded, and every number an
 * estimate holds is finite.
 */
class ReaderPropertiesTest {
    private static final Path SAMPLE = Fixture.SAMPLE;
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final byte[] SAMPLE_BYTES = read(SAMPLE);
    private static final List<List<String>> ROWS = rows();

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows() {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(new String(SAMPLE_BYTES, StandardCharsets.UTF_8)))) {
                rows.add(r.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Cells a careless export might write: huge, tiny and special numbers, units, bad dates, blanks, formulas. */
    private static final List<String> CELLS = List.of("1e308", "-1e308", "1e-320", "0", "-0", "NaN", "Infinity",
            "-Infinity", "1,000", "12 hours", "0x1p3", "1e400", "", " ", "2023-02-30", "2023-13-01", "9999-12-31",
            "0001-01-01", "\"", "=1+1", "NVIDIA A100", "Google TPU v4,NVIDIA H100 SXM5 80GB", "Multinational", "BF16",
            "about 40 %");

    /**
     * A cell as a careless export might write it: numbers of every size and sign, words, units, dates, blanks. One of
     * four kinds, equally often: any double as Java writes it, one of {@link #CELLS}, any string of at most 40 chars,
     * any long.
     */
    private static String cell(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Double.toString(Seeded.anyDouble(random));
            case 1 -> CELLS.get(random.nextInt(CELLS.size()));
            case 2 -> Seeded.anyString(random, 40);
            default -> Long.toString(Seeded.anyLong(random));
        };
    }

    /** A mutation: a row of the sample (not its header), a column, a new cell. */
    private record Mutation(int row, int column, String cell) {
        @Override
        public String toString() {
            return "(row " + row + ", column " + column + ", " + Seeded.quote(cell) + ")";
        }
    }

    /** One to eight mutations. */
    private static List<Mutation> mutations(SplittableRandom random) {
        List<Mutation> mutations = new ArrayList<>();
        for (int k = Seeded.size(random, 1, 8); k > 0; k--) {
            mutations.add(new Mutation(Seeded.intBetween(random, 1, ROWS.size() - 1),
                    Seeded.intBetween(random, 0, ROWS.get(0).size() - 1), cell(random)));
        }
        return mutations;
    }

    private static byte[] mutated(List<Mutation> mutations) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        ROWS.forEach(r -> rows.add(new ArrayList<>(r)));
        for (Mutation m : mutations) {
            rows.get(m.row()).set(m.column(), m.cell());
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutationSeeds")
    void readingNeverThrowsAndEveryRowIsAccountedFor(Seeded.Seed seed) {
        List<Mutation> mutations = mutations(seed.random());
        Seeded.check(seed, mutations, () -> readingNeverThrowsAndEveryRowIsAccountedFor(mutations));
    }

    static Stream<Seeded.Seed> mutationSeeds() {
        return Seeded.seeds("ReaderPropertiesTest.readingNeverThrowsAndEveryRowIsAccountedFor", 200);
    }

    /**
     * The same at the edges: each cell of {@link #CELLS} and the edges of each kind (the extremes, zeros and specials
     * of doubles and longs; empty, blank, one-character and 40-character strings), eight times per case, each on its
     * own row: in the first row's first column, the last row's last column, and six columns in turn (every column
     * gets several).
     */
    @Test
    void readingNeverThrowsAndEveryRowIsAccountedForAtTheEdges() {
        List<String> cells = new ArrayList<>(CELLS);
        for (double d : new double[] {0.0, -0.0, 0.01, -0.01, 1, -1, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            cells.add(Double.toString(d));
        }
        for (long l : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            cells.add(Long.toString(l));
        }
        cells.addAll(List.of("\n", "\r\n", "\t", "\u0000", ",", "\uFFFF", "\uD800", "\uD83D\uDE00", "x".repeat(40),
                "\"".repeat(40), "\n".repeat(40)));
        int last = ROWS.size() - 1;
        int columns = ROWS.get(0).size();
        int next = 0;
        for (int edge = 0; edge < cells.size(); edge++) {
            String cell = cells.get(edge);
            List<Mutation> mutations = new ArrayList<>(List.of(new Mutation(1, 0, cell),
                    new Mutation(last, columns - 1, cell)));
            // Six rows between the first and the last, in turn.
            int row = 2 + (6 * edge) % (last - 7);
            for (int k = 0; k < 6; k++, next++) {
                mutations.add(new Mutation(row + k, next % columns, cell));
            }
            Seeded.check("edge case " + edge, mutations, () -> readingNeverThrowsAndEveryRowIsAccountedFor(mutations));
        }
    }

    private static void readingNeverThrowsAndEveryRowIsAccountedFor(List<Mutation> mutations) throws IOException {
        EpochExport export;
        try {
            export = EpochReader.read("mutated.csv", mutated(mutations));
        } catch (InputException refused) {
            Assertions.assertFalse(refused.problems().isEmpty(), "a refusal says why");
            return;
        }
        for (Configuration c : Configuration.values()) {
            Estimation e = new Estimator(DATA, Assumptions.from(DATA.parameters(), DATA.edition()), c)
                    .estimate(export.models());
            Assertions.assertEquals(export.models().size(), e.estimates().size() + e.exclusions().size(),
                    "estimated + excluded = rows read");
            for (Estimate x : e.estimates()) {
                Assertions.assertTrue(Double.isFinite(x.gpuHours().value()) && x.gpuHours().value() > 0, x.model().name());
                Assertions.assertTrue(Double.isFinite(x.energyKwh()) && x.energyKwh() >= 0, x.model().name());
                for (Indicator i : Indicator.ALL) {
                    double v = x.total().get(i);
                    Assertions.assertTrue(Double.isFinite(v) && v >= 0, x.model().name() + " " + i.key() + " " + v);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bytesSeeds")
    void anyBytesAreReadOrRefusedNeverThrown(Seeded.Seed seed) {
        SplittableRandom random = seed.random();
        byte[] bytes = random.nextInt(4) == 0 ? sampleWithFlips(random) : Seeded.anyBytes(random, 255);
        Seeded.check(seed, Arrays.toString(bytes), () -> anyBytesAreReadOrRefusedNeverThrown(bytes));
    }

    static Stream<Seeded.Seed> bytesSeeds() {
        return Seeded.seeds("ReaderPropertiesTest.anyBytesAreReadOrRefusedNeverThrown", 200);
    }

    /** The start of the sample (its header, then rows), cut anywhere up to 255 bytes, with up to four bytes changed. */
    private static byte[] sampleWithFlips(SplittableRandom random) {
        byte[] bytes = Arrays.copyOf(SAMPLE_BYTES, Seeded.size(random, 0, 255));
        for (int k = random.nextInt(5); k > 0 && bytes.length > 0; k--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /**
     * The same at the edges: no bytes, each single byte, a byte-order mark, separators alone, 255 bytes of one kind,
     * and the sample's first 255 bytes cut at each length.
     */
    @Test
    void anyBytesAreReadOrRefusedNeverThrownAtTheEdges() {
        List<byte[]> edges = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            edges.add(new byte[] {(byte) b});
        }
        for (String text : new String[] {"\uFEFF", "\n", "\r\n", "\"", ",", ",,,\n", "\"\"\"", "a\nb"}) {
            edges.add(text.getBytes(StandardCharsets.UTF_8));
        }
        for (int b : new int[] {0x00, 0x0A, 0x22, 0x2C, 0x61, 0x7F, 0x80, 0xC3, 0xFF}) {
            byte[] same = new byte[255];
            Arrays.fill(same, (byte) b);
            edges.add(same);
        }
        for (int length = 0; length <= 255; length++) {
            edges.add(Arrays.copyOf(SAMPLE_BYTES, length));
        }
        int edge = 0;
        for (byte[] bytes : edges) {
            Seeded.check("edge case " + edge++, Arrays.toString(bytes), () -> anyBytesAreReadOrRefusedNeverThrown(bytes));
        }
    }

    private static void anyBytesAreReadOrRefusedNeverThrown(byte[] bytes) {
        try {
            EpochExport export = EpochReader.read("bytes.csv", bytes);
            Assertions.assertNotNull(export.models());
        } catch (InputException refused) {
            Assertions.assertFalse(refused.problems().isEmpty());
        }
    }
}
