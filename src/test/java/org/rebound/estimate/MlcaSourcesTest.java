package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rebound.support.MlcaReference;
import org.rebound.support.MlcaReference.Fact;
import org.rebound.support.MlcaReference.Vector;
import org.rebound.support.Reference;

/**
 * Our restatement of MLCA's reference results ({@code reference/mlca/}) says what MLCA's own files say: every fact is
 * the value found at its key in the file it names, and every test vector's die and memory are those of its card in
 * MLCA's {@code gpu_infos.csv}. MLCA's files are AGPL-3.0, so they are fetched, not vendored
 * ({@link Reference#fetched}): without them these tests are skipped (failed with
 * {@code -Drebound.requireReference=true}).
 */
class MlcaSourcesTest {
    /** MLCA's commit, in every URL of the manifest that points into MLCA's repository. */
    private static final String MLCA = "https://raw.githubusercontent.com/blubrom/MLCA/"
            + "d2d8a42a030ea6259959b7d13a2b8637c8501044/";
    /** A key into a CSV file: the row whose column {@code 1} holds {@code 2}, its column {@code 3}. */
    private static final Pattern CSV_KEY = Pattern.compile("\\[([^=\\]]+)=([^\\]]*)\\]\\.(.+)");
    /** A step of a JSON key: a member, and an index into it. */
    private static final Pattern JSON_STEP = Pattern.compile("([^\\[]+)(?:\\[(\\d+)\\])?");

    /** The fetched copy of MLCA's file {@code mlcaPath}, found by its URL in the manifest. */
    private static Path fetched(String mlcaPath) {
        for (Reference.Entry e : Reference.manifest().values()) {
            if (e.url().equals(MLCA + mlcaPath)) {
                return Reference.fetched(e.path());
            }
        }
        throw new IllegalArgumentException("no file of the manifest is MLCA's " + mlcaPath);
    }

    /** The text at {@code key} of a JSON file: members separated by '.', an index as {@code [0]}. */
    private static String json(Path file, String key) throws IOException {
        JsonNode node = new ObjectMapper().readTree(file.toFile());
        for (String step : key.split("\\.")) {
            Matcher m = JSON_STEP.matcher(step);
            if (!m.matches() || node == null) {
                return null;
            }
            node = node.get(m.group(1));
            if (node != null && m.group(2) != null) {
                node = node.get(Integer.parseInt(m.group(2)));
            }
        }
        return node == null || node.isContainerNode() ? null : node.asText();
    }

    /** MLCA's CSV files: their records (some have a line of units above the header). */
    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }

    /** Every cell of {@code column} in the rows whose {@code keyColumn} holds {@code keyValue}. */
    private static List<String> csv(Path file, String keyColumn, String keyValue, String column) throws IOException {
        List<CSVRecord> records = records(file);
        int header = 0;
        while (header < records.size() && !(records.get(header).toList().contains(keyColumn)
                && records.get(header).toList().contains(column))) {
            header++;
        }
        if (header == records.size()) {
            return List.of();
        }
        int k = records.get(header).toList().indexOf(keyColumn);
        int c = records.get(header).toList().indexOf(column);
        List<String> found = new ArrayList<>();
        for (CSVRecord r : records.subList(header + 1, records.size())) {
            if (r.size() > Math.max(k, c) && r.get(k).equals(keyValue)) {
                found.add(r.get(c));
            }
        }
        return found;
    }

    private static boolean same(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException notNumbers) {
            return a.equals(b);
        }
    }

    @Test
    void everyBloomFactIsWhatMlcasFileSaysAtItsKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Fact f : MlcaReference.bloom().values()) {
            Path file = fetched(f.mlcaPath());
            String where = f.quantity() + " (" + f.mlcaPath() + " " + f.mlcaKey() + ")";
            Matcher csvKey = CSV_KEY.matcher(f.mlcaKey());
            if (f.mlcaPath().endsWith(".json")) {
                String found = json(file, f.mlcaKey());
                if (found == null || !same(found, f.mlcaValue())) {
                    problems.add(where + ": MLCA's file gives " + found + ", the fact says " + f.mlcaValue());
                }
            } else if (csvKey.matches()) {
                List<String> found = csv(file, csvKey.group(1), csvKey.group(2), csvKey.group(3));
                if (found.size() != 1 || !same(found.get(0), f.mlcaValue())) {
                    problems.add(where + ": MLCA's file gives " + found + ", the fact says " + f.mlcaValue());
                }
            } else {
                problems.add(where + ": a CSV key is [column=value].column");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyVectorsCardIsMlcasWithItsDieAndMemory() throws IOException {
        Path gpus = fetched("boaviztapi/data/components/gpu_infos.csv");
        Map<String, Integer> densities = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Vector v : MlcaReference.vectors()) {
            densities.merge(v.model(), 1, Integer::sum);
            List<String> die = csv(gpus, "model", v.model(), "die_size");
            List<String> memory = csv(gpus, "model", v.model(), "memory");
            if (die.size() != 1 || memory.size() != 1 || !same(die.get(0), BigDecimal.valueOf(v.dieCm2()).toString())
                    || !same(memory.get(0), BigDecimal.valueOf(v.memoryGb()).toString())) {
                problems.add(v.model() + ": MLCA gives die " + die + " cm², memory " + memory + " GB; the vector "
                        + v.dieCm2() + ", " + v.memoryGb());
            }
        }
        assertEquals(List.of(), problems);
        List<CSVRecord> rows = records(gpus);
        Map<String, Integer> everyCardTwice = new TreeMap<>();
        // Two lines above the cards: units, then the header.
        rows.subList(2, rows.size()).forEach(r -> everyCardTwice.put(r.get(0), 2));
        assertEquals(everyCardTwice, densities, "every card of MLCA's gpu_infos.csv, at both memory densities");
    }
}
