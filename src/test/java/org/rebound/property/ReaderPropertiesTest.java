package org.rebound.property;

import org.rebound.support.Fixture;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assertions;
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
import org.rebound.support.Shared;

/**
 * Properties of the Epoch reader and the estimator over mutated real rows (the repository's cited sample): whatever a
 * cell holds, no exception but a refusal escapes, every row read is estimated or excluded, and every number an
 * estimate holds is finite.
 */
class ReaderPropertiesTest {
    private static final Path SAMPLE = Fixture.SAMPLE;
    private static final ProjectData DATA = ProjectDataReader.read(Shared.projectData());
    private static final List<List<String>> ROWS = rows();

    private static List<List<String>> rows() {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(Files.readString(SAMPLE, StandardCharsets.UTF_8)))) {
                rows.add(r.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A cell as a careless export might write it: numbers of every size and sign, words, units, dates, blanks. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().map(d -> Double.toString(d)),
                Arbitraries.of("1e308", "-1e308", "1e-320", "0", "-0", "NaN", "Infinity", "-Infinity", "1,000", "12 hours",
                        "0x1p3", "1e400", "", " ", "2023-02-30", "2023-13-01", "9999-12-31", "0001-01-01", "\"", "=1+1",
                        "NVIDIA A100", "Google TPU v4,NVIDIA H100 SXM5 80GB", "Multinational", "BF16", "about 40 %"),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.longs().map(l -> Long.toString(l)));
    }

    /** A mutation: a row of the sample, a column, a new cell. */
    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> mutations() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> one = Combinators.combine(
                Arbitraries.integers().between(1, ROWS.size() - 1), Arbitraries.integers().between(0,
                        ROWS.get(0).size() - 1), cells()).as((r, c, v) -> Tuple.of(r, c, v));
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    private static byte[] mutated(List<Tuple.Tuple3<Integer, Integer, String>> mutations) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        ROWS.forEach(r -> rows.add(new ArrayList<>(r)));
        for (Tuple.Tuple3<Integer, Integer, String> m : mutations) {
            rows.get(m.get1()).set(m.get2(), m.get3());
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Property(tries = 200)
    void readingNeverThrowsAndEveryRowIsAccountedFor(@ForAll("mutations") List<Tuple.Tuple3<Integer, Integer,
            String>> mutations) throws IOException {
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
                Assertions.assertTrue(Double.isFinite(x.gpuHours()) && x.gpuHours() > 0, x.model().name());
                Assertions.assertTrue(Double.isFinite(x.energyKwh()) && x.energyKwh() >= 0, x.model().name());
                for (Indicator i : Indicator.ALL) {
                    double v = x.total().get(i);
                    Assertions.assertTrue(Double.isFinite(v) && v >= 0, x.model().name() + " " + i.key() + " " + v);
                }
            }
        }
    }

    @Property(tries = 200)
    void anyBytesAreReadOrRefusedNeverThrown(@ForAll byte[] bytes) {
        try {
            EpochExport export = EpochReader.read("bytes.csv", bytes);
            Assertions.assertNotNull(export.models());
        } catch (InputException refused) {
            Assertions.assertFalse(refused.problems().isEmpty());
        }
    }
}
