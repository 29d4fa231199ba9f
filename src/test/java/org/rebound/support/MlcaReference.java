package org.rebound.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rebound.domain.Accelerator;
import org.rebound.domain.SourceRef;

/**
 * MLCA's reference results as cited facts, our own files ({@code src/test/resources/reference/mlca/}, see the README
 * there): the BLOOM set-up and its results ({@code bloom-reference.csv}) and the GPU production test vectors
 * ({@code gpu-embodied-vectors.csv}). Each fact names the file of MLCA's repository it comes from and where in it.
 */
public final class MlcaReference {
    /** The BLOOM facts. */
    public static final String BLOOM = "mlca/bloom-reference.csv";
    /** The GPU production test vectors. */
    public static final String VECTORS = "mlca/gpu-embodied-vectors.csv";

    private MlcaReference() {
    }

    /**
     * One fact: {@code value} is what the tests use; {@code mlcaValue} is the text at {@code mlcaKey} of
     * {@code mlcaPath} in MLCA's repository (the same number, or MLCA's rounding of {@code value}; see {@code note}).
     */
    public record Fact(String quantity, String value, String unit, String mlcaPath, String mlcaKey, String mlcaValue,
            String note, String citation) {
        public double number() {
            return Double.parseDouble(value);
        }
    }

    /** A GPU production test vector: a card's die and memory, a memory density, and MLCA's impacts for them. */
    public record Vector(String model, double dieCm2, double memoryGb, String memoryDensity, double gwp, double pe,
            double adpe) {
    }

    private static List<CSVRecord> records(String file) {
        try (Reader r = Files.newBufferedReader(Reference.vendored(file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The BLOOM facts by quantity, in the file's order. */
    public static Map<String, Fact> bloom() {
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (CSVRecord r : records(BLOOM)) {
            Fact fact = new Fact(r.get("quantity"), r.get("value"), r.get("unit"), r.get("mlca_path"), r.get("mlca_key"),
                    r.get("mlca_value"), r.get("note"), r.get("citation"));
            if (facts.put(fact.quantity(), fact) != null) {
                throw new IllegalStateException(BLOOM + ": " + fact.quantity() + " twice");
            }
        }
        return facts;
    }

    /** The BLOOM fact {@code quantity}. */
    public static Fact bloom(String quantity) {
        Fact fact = bloom().get(quantity);
        if (fact == null) {
            throw new IllegalArgumentException(quantity + " not in " + BLOOM);
        }
        return fact;
    }

    /** Every GPU production test vector, in the file's order. */
    public static List<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>();
        for (CSVRecord r : records(VECTORS)) {
            vectors.add(new Vector(r.get("model"), Double.parseDouble(r.get("die_size_cm2")),
                    Double.parseDouble(r.get("memory_GB")), r.get("memory_density_GB_per_cm2"),
                    Double.parseDouble(r.get("gwp_kgCO2eq")), Double.parseDouble(r.get("pe_MJ")),
                    Double.parseDouble(r.get("adpe_kgSbeq"))));
        }
        return vectors;
    }

    /** A catalogue card with only what MLCA's GPU model uses: die area, memory, TDP. */
    public static Accelerator card(String name, double dieCm2, double memoryGb, double tdpWatts) {
        return new Accelerator("test-card", "", name, "", Optional.empty(), "", OptionalDouble.of(7),
                OptionalDouble.of(dieCm2 * 100), OptionalDouble.of(memoryGb), "", OptionalDouble.of(tdpWatts),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), "", "", "",
                "https://github.com/blubrom/MLCA", "", new SourceRef("mlca_gpu_infos.csv", 0));
    }
}
