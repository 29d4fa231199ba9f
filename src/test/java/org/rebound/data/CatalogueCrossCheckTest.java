package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Accelerator;
import org.rebound.support.Shared;

/**
 * Die area, process node and TDP of the catalogue agree within 5 % with Epoch's {@code ml_hardware.csv}
 * and with {@code chip_dataset.csv} (read in ../shared) wherever both have the card, or the difference is
 * explained in {@code data/catalogue-corrections*.csv}. It must read both reference tables in place (every
 * card is compared); they are small, so this stays a unit test.
 */
class CatalogueCrossCheckTest {
    private static final double TOLERANCE = 0.05;
    private static final ProjectData DATA = ProjectDataReader.read(Shared.projectData());

    /** A reference data set: its file, its key column and its columns for the three fields. */
    private record Reference(String name, Path file, String key, Function<Accelerator, String> ref,
            Map<String, String> columns) {
    }

    private static final List<Reference> REFERENCES = List.of(
            new Reference("epoch_ml_hardware", Shared.path("data/epoch_ai/ml_hardware.csv"), "Hardware name",
                    Accelerator::refEpochHardware, Map.of("die_area_mm2", "Die Size (mm^2)", "process_nm",
                            "Process size (nm)", "tdp_w", "TDP (W)")),
            new Reference("chip_dataset", Shared.path("data/chip_dataset/chip_dataset.csv"), "Product",
                    Accelerator::refChipDataset, Map.of("die_area_mm2", "Die Size (mm^2)", "process_nm",
                            "Process Size (nm)", "tdp_w", "TDP (W)")));

    private static Map<String, CSVRecord> rows(Reference r) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(r.file(), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                rows.putIfAbsent(record.get(r.key()).strip(), record);
            }
        }
        return rows;
    }

    private static OptionalDouble ours(Accelerator a, String field) {
        return switch (field) {
            case "die_area_mm2" -> a.dieAreaMm2();
            case "process_nm" -> a.processNm();
            case "tdp_w" -> a.tdpWatts();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** accelerator_id|field|reference of every declared correction. */
    private static Set<String> corrections() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Shared.projectData())) {
            files = list.filter(p -> p.getFileName().toString().startsWith("catalogue-corrections")).sorted().toList();
        }
        for (Path file : files) {
            CsvTable table = CsvTable.read(file);
            table.requireColumns(List.of("accelerator_id", "field", "reference", "reference_value", "catalogue_value",
                    "reason"));
            for (CsvTable.Row row : table.rows()) {
                assertTrue(!row.get("reason").isBlank(), file + ":" + row.line() + " gives its reason");
                keys.add(row.get("accelerator_id") + "|" + row.get("field") + "|" + row.get("reference"));
            }
        }
        return keys;
    }

    @Test
    void catalogueAgreesWithBothReferencesOrExplainsWhy() throws IOException {
        Set<String> declared = corrections();
        Set<String> needed = new TreeSet<>();
        List<String> unknownRefs = new ArrayList<>();
        int compared = 0;
        for (Reference r : REFERENCES) {
            Map<String, CSVRecord> rows = rows(r);
            for (Accelerator a : DATA.accelerators()) {
                String ref = r.ref().apply(a);
                if (ref.isEmpty()) {
                    continue;
                }
                CSVRecord row = rows.get(ref);
                if (row == null) {
                    unknownRefs.add(a.id() + " → '" + ref + "' not in " + r.file().getFileName());
                    continue;
                }
                for (Map.Entry<String, String> field : r.columns().entrySet()) {
                    OptionalDouble mine = ours(a, field.getKey());
                    String theirs = row.get(field.getValue()).strip();
                    if (mine.isEmpty() || theirs.isEmpty()) {
                        continue;
                    }
                    compared++;
                    double reference = Double.parseDouble(theirs);
                    if (Math.abs(mine.getAsDouble() - reference) > TOLERANCE * Math.abs(reference)) {
                        needed.add(a.id() + "|" + field.getKey() + "|" + r.name());
                    }
                }
            }
        }
        assertEquals(List.of(), unknownRefs, "reference names that match no row");
        assertTrue(compared > 300, "compared " + compared + " values");
        Set<String> unexplained = new TreeSet<>(needed);
        unexplained.removeAll(declared);
        assertEquals(Set.of(), unexplained, "differences over 5 % without a correction row");
        Set<String> stale = new TreeSet<>(declared);
        stale.removeAll(needed);
        assertEquals(Set.of(), stale, "correction rows for values that now agree");
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
