package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Accelerator;
import org.rebound.support.Project;
import org.rebound.support.Reference;

/**
 * Every field of the catalogue agrees with every reference data set that gives it (Epoch's vendored, the others
 * fetched by {@code scripts/fetch-reference}: see {@code src/test/resources/reference/README.md}; every card they share
 * with the catalogue is compared), or the difference is declared in
 * {@code data/catalogue-corrections*.csv} with its reason. The references are small, so this stays a unit test:
 * <ul>
 * <li>Epoch AI's {@code ml_hardware.csv} and {@code chip_dataset.csv}, found by the catalogue's
 * {@code ref_epoch_hardware} and {@code ref_chip_dataset};</li>
 * <li>MLCA's {@code gpu_infos.csv}, Green Algorithms' {@code GPUs-manual.csv} and Boavizta's
 * {@code gpu_specs.csv}, found by {@code data/catalogue-references.csv}, which lists every card of these three
 * (without an id where the catalogue lacks it).</li>
 * </ul>
 * What counts as a difference:
 * <ul>
 * <li>Numbers: more than {@link #TOLERANCE} apart, relative to the reference's value in the catalogue's unit.
 * Epoch gives FLOP/s, OP/s and bytes (the maker's GB as 10^9 bytes: 80 GB is 8e10), chip_dataset GFLOP/s,
 * MLCA and Green Algorithms die areas in cm².</li>
 * <li>Boavizta's {@code die_surface} is not a die area but an effective one, wafer losses and yield included:
 * it is turned back into a die area with Boavizta's own model ({@link BoaviztaWafer}).</li>
 * <li>Release dates: the catalogue's date more than {@link #DATE_TOLERANCE_DAYS} days before or after the day a
 * reference gives, or outside the year (by as much) where it gives only a year (MLCA's
 * {@code manufacture_date}, Green Algorithms' {@code Release_year}).</li>
 * <li>Names (vendor, architecture): the reference's not beginning with the catalogue's, ignoring case. Epoch's
 * "Amazon AWS" is Amazon; MLCA's "Kepler 2.0" and "Maxwell 2.0" (TechPowerUp's generations) are Kepler and
 * Maxwell.</li>
 * </ul>
 * Not compared: chip_dataset's {@code FP16 GFLOPS} and Epoch's {@code FP16 (half precision)} are shader FP16
 * rates, not tensor-core throughput, so neither is compared with {@code fp16_tensor_tflops} (Epoch's
 * {@code Tensor-FP16/BF16} is). The catalogue's tensor peaks are dense with FP32 accumulation; where a reference
 * gives twice that (a sparse or FP16-accumulate figure), the row is declared with that reason, not "fixed".
 * Card names are the key, not a compared field; no reference gives memory type, family or form factor.
 * <p>
 * No kind of difference is waived by a rule: each one found has its own correction row.
 * <p>
 * A correction row states the values the test finds (the reference's in the catalogue's unit, rounded; a year
 * alone where the reference gives only a year). A row whose difference is gone, or whose values are no longer
 * those found, is stale and fails the test.
 * <p>Tagged {@code live-data}: it checks the live catalogue ({@code data/}, what the build reads), not the tests'
 * frozen copy.
 */
@Tag("live-data")
class CatalogueCrossCheckTest {
    /** Largest relative gap between two numbers that is not a difference. */
    private static final double TOLERANCE = 0.05;
    /** Largest gap, in days, between the catalogue's release date and a reference's that is not a difference. */
    private static final long DATE_TOLERANCE_DAYS = 31;
    /** Rounding allowed, relative, between a value a correction row states and the value found. */
    private static final double STATED_ROUNDING = 0.005;
    /** Significant digits of the values the test reports. */
    private static final MathContext REPORTED = new MathContext(6);
    /** FLOP/s (or OP/s) to 10^12 FLOP/s. */
    private static final double PER_TERA = 1e-12;
    /** Bytes to GB. */
    private static final double PER_GIGA = 1e-9;
    /** GFLOP/s to 10^12 FLOP/s. */
    private static final double TERA_PER_GIGA = 1e-3;
    private static final double MM2_PER_CM2 = 100;
    /** chip_dataset's years run from 1999 to 2024 and are written with two digits. */
    private static final int CHIP_DATASET_FIRST_YEAR = 1999;
    private static final DateTimeFormatter CHIP_DATASET_DATE = new DateTimeFormatterBuilder().appendPattern("M/d/")
            .appendValueReduced(ChronoField.YEAR, 2, 2, CHIP_DATASET_FIRST_YEAR).toFormatter(Locale.ROOT);
    /** Values compared when this was written: 1,921. Fewer means a reference or the catalogue lost cards. */
    private static final int MIN_COMPARED = 1900;
    /** Of which Epoch's {@code ml_hardware.csv} (vendored, compared on every run): 689. */
    private static final int MIN_COMPARED_EPOCH = 680;

    private static final ProjectData DATA = ProjectDataReader.read(Project.liveData());
    private static final CsvTable MAPPING = CsvTable.read(Project.liveData().resolve("catalogue-references.csv"));

    /** What the test found for one field of one card in one reference, in the catalogue's unit. */
    private record Comparison(String ours, String theirs, boolean differs) {
    }

    /** How one reference column is read as one catalogue field. */
    private sealed interface Column {
        String field();

        String header();

        /** Empty when the catalogue or the reference lacks the value. */
        Optional<Comparison> compare(Accelerator a, String cell);
    }

    /** A number, converted from the reference's unit to the catalogue's. */
    private record Quantity(String field, String header, DoubleUnaryOperator toCatalogueUnit) implements Column {
        static Quantity asIs(String field, String header) {
            return new Quantity(field, header, v -> v);
        }

        static Quantity scaled(String field, String header, double factor) {
            return new Quantity(field, header, v -> v * factor);
        }

        @Override
        public Optional<Comparison> compare(Accelerator a, String cell) {
            OptionalDouble ours = number(a, field);
            if (ours.isEmpty() || cell.isEmpty()) {
                return Optional.empty();
            }
            double theirs = toCatalogueUnit.applyAsDouble(Double.parseDouble(cell));
            boolean differs = Math.abs(ours.getAsDouble() - theirs) > TOLERANCE * Math.abs(theirs);
            return Optional.of(new Comparison(reported(ours.getAsDouble()), reported(theirs), differs));
        }
    }

    /** The release date; {@code days} reads the cell as the days it stands for. */
    private record When(String header, Function<String, Span> days) implements Column {
        @Override
        public String field() {
            return "release_date";
        }

        @Override
        public Optional<Comparison> compare(Accelerator a, String cell) {
            if (a.releaseDate().isEmpty() || cell.isEmpty()) {
                return Optional.empty();
            }
            LocalDate ours = a.releaseDate().get();
            Span theirs = days.apply(cell);
            return Optional.of(new Comparison(ours.toString(), theirs.text(),
                    theirs.daysFrom(ours) > DATE_TOLERANCE_DAYS));
        }
    }

    /** A name, which agrees when the reference's begins with the catalogue's. */
    private record Name(String field, String header) implements Column {
        @Override
        public Optional<Comparison> compare(Accelerator a, String cell) {
            String ours = text(a, field);
            if (ours.isEmpty() || cell.isEmpty()) {
                return Optional.empty();
            }
            boolean differs = !cell.toLowerCase(Locale.ROOT).startsWith(ours.toLowerCase(Locale.ROOT));
            return Optional.of(new Comparison(ours, cell, differs));
        }
    }

    /** The days a reference's date stands for: one day, or a whole year where it gives only the year. */
    private record Span(LocalDate first, LocalDate last) {
        static Span day(LocalDate day) {
            return new Span(day, day);
        }

        static Span year(String cell) {
            int year = Integer.parseInt(cell);
            return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        long daysFrom(LocalDate date) {
            if (date.isBefore(first)) {
                return ChronoUnit.DAYS.between(date, first);
            }
            return date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
        }

        String text() {
            return first.equals(last) ? first.toString() : String.valueOf(first.getYear());
        }
    }

    /**
     * Boavizta's model of a die's effective area (boaviztapi {@code models/component/gpu.py} at commit 15878f0,
     * {@code _calculate_effective_area_on_circular_wafer}, used for its {@code gpu_specs.csv}): the die's share of a
     * 300 mm wafer, kerf and the wafer's edge included, divided by the yield exp(−√(0.1 cm⁻² × area)).
     */
    private static final class BoaviztaWafer {
        private static final double WAFER_DIAMETER_MM = 300;
        private static final double KERF_MM = 0.2;
        private static final double YIELD_PER_CM2 = 0.1;
        private static final int BISECTIONS = 60;

        private BoaviztaWafer() {
        }

        static double effectiveArea(double dieMm2) {
            double side = Math.sqrt(dieMm2) + KERF_MM;
            double site = side * side;
            double wafer = Math.PI * WAFER_DIAMETER_MM * WAFER_DIAMETER_MM / 4;
            double diesPerWafer = wafer / site - Math.PI * WAFER_DIAMETER_MM / Math.sqrt(2 * site);
            double yield = Math.exp(-Math.sqrt(site / MM2_PER_CM2 * YIELD_PER_CM2));
            return wafer / diesPerWafer / yield;
        }

        /** The die area whose effective area is {@code effectiveMm2}: losses only add area, and more for a larger die. */
        static double dieArea(double effectiveMm2) {
            double low = 0;
            double high = effectiveMm2;
            for (int i = 0; i < BISECTIONS; i++) {
                double middle = (low + high) / 2;
                if (effectiveArea(middle) < effectiveMm2) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return (low + high) / 2;
        }
    }

    /**
     * A reference data set: where its file is (found when a test reads it: a fetched file may be missing), the lines
     * above its header, its key column, each card's key, its columns.
     */
    private record DataSet(String name, Supplier<Path> location, int linesAboveHeader, String key,
            Function<Accelerator, String> ref, List<Column> columns) {
        Path file() {
            return location.get();
        }
    }

    private static final List<DataSet> REFERENCES = List.of(
            new DataSet("epoch_ml_hardware", () -> Reference.vendored("epoch_ai/ml_hardware.csv"), 0, "Hardware name",
                    Accelerator::refEpochHardware, List.of(
                            new When("Release date", cell -> Span.day(LocalDate.parse(cell))),
                            new Name("vendor", "Manufacturer"),
                            Quantity.asIs("process_nm", "Process size (nm)"),
                            Quantity.asIs("die_area_mm2", "Die Size (mm^2)"),
                            Quantity.scaled("memory_gb", "Memory (bytes)", PER_GIGA),
                            Quantity.asIs("tdp_w", "TDP (W)"),
                            Quantity.scaled("fp32_tflops", "FP32 (single precision) performance (FLOP/s)", PER_TERA),
                            Quantity.scaled("tf32_tflops", "TF32 (TensorFloat-32) performance (FLOP/s)", PER_TERA),
                            Quantity.scaled("fp16_tensor_tflops", "Tensor-FP16/BF16 performance (FLOP/s)", PER_TERA),
                            Quantity.scaled("fp8_tflops", "FP8 performance (FLOP/s)", PER_TERA),
                            Quantity.scaled("int8_tops", "INT8 performance (OP/s)", PER_TERA))),
            new DataSet("chip_dataset", () -> Reference.fetched("chip_dataset/chip_dataset.csv"), 0, "Product",
                    Accelerator::refChipDataset, List.of(
                            new When("Release Date", cell -> Span.day(LocalDate.parse(cell, CHIP_DATASET_DATE))),
                            new Name("vendor", "Vendor"),
                            Quantity.asIs("process_nm", "Process Size (nm)"),
                            Quantity.asIs("die_area_mm2", "Die Size (mm^2)"),
                            Quantity.asIs("tdp_w", "TDP (W)"),
                            Quantity.scaled("fp32_tflops", "FP32 GFLOPS", TERA_PER_GIGA))),
            new DataSet("mlca_gpu_infos", () -> Reference.fetched("reference/mlca_gpu_infos.csv"), 1, "model",
                    mapped("mlca_gpu_infos"), List.of(
                            new When("manufacture_date", Span::year),
                            new Name("architecture", "architecture"),
                            Quantity.asIs("process_nm", "process"),
                            Quantity.scaled("die_area_mm2", "die_size", MM2_PER_CM2),
                            Quantity.asIs("memory_gb", "memory"),
                            Quantity.asIs("tdp_w", "TDP"))),
            new DataSet("green_algorithms_gpus", () -> Reference.fetched("green_algorithms/GPUs-manual.csv"), 1,
                    "model", mapped("green_algorithms_gpus"), List.of(
                            new When("Release_year", Span::year),
                            Quantity.asIs("process_nm", "feature_size"),
                            Quantity.scaled("die_area_mm2", "die_area", MM2_PER_CM2),
                            Quantity.asIs("memory_gb", "memory"),
                            Quantity.asIs("tdp_w", "TDP"))),
            new DataSet("boavizta_gpu_specs", () -> Reference.fetched("boavizta/gpu_specs.csv"), 0, "name",
                    mapped("boavizta_gpu_specs"), List.of(
                            new Name("vendor", "manufacturer"),
                            new Quantity("die_area_mm2", "die_surface", BoaviztaWafer::dieArea),
                            Quantity.asIs("memory_gb", "vram"))));

    /** Each card's name in {@code reference}, from {@code data/catalogue-references.csv}. */
    private static Function<Accelerator, String> mapped(String reference) {
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row row : MAPPING.rows()) {
            if (row.get("reference").equals(reference) && !row.get("accelerator_id").isEmpty()) {
                names.put(row.get("accelerator_id"), row.get("reference_name"));
            }
        }
        return a -> names.getOrDefault(a.id(), "");
    }

    /** The reference's rows by key (the first of duplicates); fails when a column the test reads is missing. */
    private static Map<String, CsvTable.Row> rows(DataSet r) throws IOException {
        CsvTable table;
        try (BufferedReader reader = Files.newBufferedReader(r.file(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < r.linesAboveHeader(); i++) {
                reader.readLine();
            }
            table = CsvTable.read(r.file().toString(), reader);
        }
        table.requireColumns(Stream.concat(Stream.of(r.key()), r.columns().stream().map(Column::header)).toList());
        Map<String, CsvTable.Row> rows = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            rows.putIfAbsent(row.get(r.key()), row);
        }
        return rows;
    }

    private static OptionalDouble number(Accelerator a, String field) {
        return switch (field) {
            case "process_nm" -> a.processNm();
            case "die_area_mm2" -> a.dieAreaMm2();
            case "memory_gb" -> a.memoryGb();
            case "tdp_w" -> a.tdpWatts();
            case "fp32_tflops" -> a.fp32Tflops();
            case "tf32_tflops" -> a.tf32Tflops();
            case "fp16_tensor_tflops" -> a.fp16TensorTflops();
            case "fp8_tflops" -> a.fp8Tflops();
            case "int8_tops" -> a.int8Tops();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String text(Accelerator a, String field) {
        return switch (field) {
            case "vendor" -> a.vendor();
            case "architecture" -> a.architecture();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String reported(double value) {
        return new BigDecimal(value).round(REPORTED).stripTrailingZeros().toPlainString();
    }

    /** The values a correction row states. */
    private record Correction(String referenceValue, String catalogueValue) {
        boolean states(Comparison found) {
            return same(referenceValue, found.theirs()) && same(catalogueValue, found.ours());
        }

        private static boolean same(String stated, String found) {
            try {
                double s = Double.parseDouble(stated);
                double f = Double.parseDouble(found);
                return Math.abs(s - f) <= STATED_ROUNDING * Math.abs(f);
            } catch (NumberFormatException notANumber) {
                return stated.equals(found);
            }
        }
    }

    /** Every correction row by accelerator_id|field|reference. */
    private static Map<String, Correction> corrections() throws IOException {
        Map<String, Correction> corrections = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Project.liveData())) {
            files = list.filter(p -> p.getFileName().toString().startsWith("catalogue-corrections")).sorted().toList();
        }
        for (Path file : files) {
            CsvTable table = CsvTable.read(file);
            table.requireColumns(List.of("accelerator_id", "field", "reference", "reference_value", "catalogue_value",
                    "reason"));
            for (CsvTable.Row row : table.rows()) {
                assertTrue(!row.get("reason").isBlank(), file + ":" + row.line() + " gives its reason");
                String key = row.get("accelerator_id") + "|" + row.get("field") + "|" + row.get("reference");
                Correction previous = corrections.put(key, new Correction(row.get("reference_value"),
                        row.get("catalogue_value")));
                assertTrue(previous == null, file + ":" + row.line() + " declares " + key + " a second time");
            }
        }
        return corrections;
    }

    /**
     * Every reference, the vendored and the fetched ones (skipped without the fetched reference data, see
     * {@link Reference#fetched}).
     */
    @Test
    void catalogueAgreesWithEveryReferenceOrExplainsWhy() throws IOException {
        assertAgrees(REFERENCES, MIN_COMPARED);
    }

    /** Epoch AI's hardware data, vendored: compared on every run, fetched data or not. */
    @Test
    void catalogueAgreesWithEpochsHardwareDataOrExplainsWhy() throws IOException {
        assertAgrees(REFERENCES.subList(0, 1), MIN_COMPARED_EPOCH);
    }

    /**
     * The catalogue agrees with the references {@code sets}, or the difference has its correction row, and every
     * correction row of theirs still states a difference found; at least {@code minCompared} values are compared.
     */
    private static void assertAgrees(List<DataSet> sets, int minCompared) throws IOException {
        Set<String> names = sets.stream().map(DataSet::name).collect(Collectors.toSet());
        Map<String, Correction> declared = new TreeMap<>(corrections());
        declared.keySet().removeIf(key -> !names.contains(key.substring(key.lastIndexOf('|') + 1)));
        Map<String, Comparison> differences = new TreeMap<>();
        Map<String, Integer> compared = new TreeMap<>();
        List<String> unknownRefs = new ArrayList<>();
        for (DataSet r : sets) {
            Map<String, CsvTable.Row> rows = rows(r);
            for (Accelerator a : DATA.accelerators()) {
                String ref = r.ref().apply(a);
                if (ref.isEmpty()) {
                    continue;
                }
                CsvTable.Row row = rows.get(ref);
                if (row == null) {
                    unknownRefs.add(a.id() + " → '" + ref + "' not in " + r.file().getFileName());
                    continue;
                }
                for (Column column : r.columns()) {
                    Optional<Comparison> found = column.compare(a, row.get(column.header()));
                    if (found.isEmpty()) {
                        continue;
                    }
                    compared.merge(r.name() + " " + column.field(), 1, Integer::sum);
                    if (found.get().differs()) {
                        differences.put(a.id() + "|" + column.field() + "|" + r.name(), found.get());
                    }
                }
            }
        }
        assertEquals(List.of(), unknownRefs, "reference names that match no row");
        Set<String> columns = sets.stream()
                .flatMap(r -> r.columns().stream().map(c -> r.name() + " " + c.field()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(columns, compared.keySet(), "every column compares at least one value");
        int total = compared.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(total >= minCompared, "compared " + total + " values: " + compared);
        List<String> unexplained = differences.entrySet().stream().filter(d -> !declared.containsKey(d.getKey()))
                .map(d -> d.getKey() + ": catalogue " + d.getValue().ours() + ", reference " + d.getValue().theirs())
                .toList();
        assertEquals(List.of(), unexplained, "differences over the tolerance without a correction row");
        List<String> stale = declared.entrySet().stream()
                .filter(c -> !differences.containsKey(c.getKey()) || !c.getValue().states(differences.get(c.getKey())))
                .map(c -> c.getKey() + (differences.containsKey(c.getKey()) ? ": found catalogue "
                        + differences.get(c.getKey()).ours() + ", reference " + differences.get(c.getKey()).theirs()
                        : ": agrees now"))
                .toList();
        assertEquals(List.of(), stale, "correction rows for values that now agree, or that state other values");
    }

    @Test
    void theMappingListsEveryCardOfTheMappedReferences() throws IOException {
        MAPPING.requireColumns(List.of("reference", "reference_name", "accelerator_id", "note"));
        Set<String> ids = DATA.accelerators().stream().map(Accelerator::id).collect(Collectors.toSet());
        Map<String, Set<String>> listed = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (CsvTable.Row row : MAPPING.rows()) {
            String reference = row.get("reference");
            String id = row.get("accelerator_id");
            listed.computeIfAbsent(reference, k -> new TreeSet<>()).add(row.get("reference_name"));
            if (!id.isEmpty() && !ids.contains(id)) {
                problems.add("line " + row.line() + ": no card " + id);
            }
            if (!id.isEmpty() && !seen.add(reference + "|" + id)) {
                problems.add("line " + row.line() + ": " + id + " mapped twice in " + reference);
            }
            if (row.get("note").isEmpty()) {
                problems.add("line " + row.line() + ": no note");
            }
        }
        for (DataSet r : REFERENCES) {
            if (listed.containsKey(r.name())) {
                assertEquals(new TreeSet<>(rows(r).keySet()), listed.remove(r.name()),
                        "data/catalogue-references.csv lists every row of " + r.file().getFileName());
            }
        }
        assertEquals(Set.of(), listed.keySet(), "references of data/catalogue-references.csv the test does not read");
        assertEquals(List.of(), problems, "data/catalogue-references.csv");
    }

    @Test
    void theCatalogueCoversTheStudysCards() {
        long nvidia = DATA.accelerators().stream().filter(a -> a.vendor().equals("NVIDIA"))
                .filter(a -> !a.family().equals("GeForce"))
                .filter(a -> a.releaseDate().map(d -> d.getYear() >= 2013 && d.getYear() <= 2025).orElse(false))
                .count();
        assertTrue(nvidia >= 174, "NVIDIA data-centre and workstation cards of 2013–2025: " + nvidia);
    }
}
