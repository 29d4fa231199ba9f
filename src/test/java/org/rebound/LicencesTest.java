package org.rebound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The licences the repository declares: the code's (LICENSE, NOTICE, package.json), the report's (CITATION.cff,
 * .zenodo.json), and the licence table of data/README.md, which must name every file of data/.
 */
class LicencesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** sha256 of https://www.apache.org/licenses/LICENSE-2.0.txt, the canonical text. */
    private static final String APACHE_2_SHA256 = "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";
    private static final String EPOCH = "https://epoch.ai/data/notable-ai-models";

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    @Test
    void theCodeIsApacheLicensedWithTheCanonicalTextAndANotice() throws IOException, NoSuchAlgorithmException {
        byte[] licence = Files.readAllBytes(Path.of("LICENSE"));
        assertEquals(APACHE_2_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(licence)),
                "LICENSE is the Apache License 2.0, byte for byte");
        String notice = read("NOTICE");
        assertTrue(notice.startsWith("Rebound\nCopyright 2025-2026 The Rebound authors\n"), notice);
        for (String credit : List.of("Epoch AI", EPOCH, "CC BY 4.0", "arXiv:2510.09022", "MLCA", "ICT4S 2024",
                "AGPL-3.0", "ACT", "ISCA 2022", "MIT", "Boavizta", "Our World in Data", "Ember", "Energy Institute",
                "Gröger", "target/rebound.jar", "The Apache Software Foundation")) {
            assertTrue(notice.contains(credit), "NOTICE credits " + credit);
        }
        assertEquals("Apache-2.0", JSON.readTree(read("package.json")).path("license").asText());
    }

    /** Tagged {@code live-data}: the edition named is the live {@code data/edition.yaml}'s. */
    @Test
    @Tag("live-data")
    void theCitationFileNamesTheReportsLicenceAndEdition() throws IOException {
        JsonNode cff = YAML.readTree(read("CITATION.cff"));
        JsonNode edition = YAML.readTree(read("data/edition.yaml"));
        assertEquals("1.2.0", cff.path("cff-version").asText());
        assertEquals("dataset", cff.path("type").asText());
        assertEquals("CC-BY-4.0", cff.path("license").asText(), "one licence: CFF reads a list as alternatives");
        assertEquals(edition.path("year").asText(), cff.path("version").asText(),
                "version names the edition of data/edition.yaml (update version and date-released with it)");
        assertTrue(cff.path("date-released").asText().matches(edition.path("year").asText() + "-\\d\\d-\\d\\d"),
                cff.path("date-released").asText());
        assertTrue(cff.path("message").asText().contains("Apache-2.0"), "the message names the code's licence");
        assertEquals("https://github.com/rebound-report/rebound", cff.path("repository-code").asText());
        List<String> references = new ArrayList<>();
        cff.path("references").forEach(r -> references.add(r.path("title").asText()));
        assertEquals(List.of("The Environmental Impacts of Machine Learning Training Keep Rising Evidencing Rebound "
                + "Effect", "Data on Notable AI Models"), references);
    }

    @Test
    void theZenodoMetadataDescribesADatasetDerivedFromEpochThatReferencesTheStudy() throws IOException {
        JsonNode zenodo = JSON.readTree(read(".zenodo.json"));
        JsonNode cff = YAML.readTree(read("CITATION.cff"));
        assertEquals("dataset", zenodo.path("upload_type").asText());
        assertTrue(zenodo.path("publication_type").isMissingNode(), "a dataset has no publication type");
        // Zenodo's licence ids are SPDX ids in lower case.
        assertEquals("cc-by-4.0", zenodo.path("license").asText());
        assertEquals(cff.path("version").asText(), zenodo.path("version").asText());
        assertEquals(cff.path("date-released").asText(), zenodo.path("publication_date").asText());
        Map<String, String> relations = new TreeMap<>();
        zenodo.path("related_identifiers").forEach(r -> relations.put(r.path("identifier").asText(),
                r.path("relation").asText() + " " + r.path("scheme").asText()));
        assertEquals(Map.of("arXiv:2510.09022", "references arxiv", EPOCH, "isDerivedFrom url"), relations,
                "an independent reproduction references the study and derives from Epoch's data");
    }

    /** Tagged {@code live-data}: the files are the live {@code data/}'s. */
    @Test
    @Tag("live-data")
    void everyFileOfTheDataFolderHasARowInTheLicenceTable() throws IOException {
        Map<String, List<String>> table = licenceTable();
        List<String> files;
        Path data = Path.of("data");
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).map(p -> data.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertFalse(files.isEmpty());
        List<String> missing = files.stream().filter(f -> !table.containsKey(f)).toList();
        assertEquals(List.of(), missing, "files of data/ without a row in data/README.md's licence table");
        table.forEach((file, cells) -> {
            assertEquals(3, cells.size(), file + ": source, source's licence, how we hold it");
            cells.forEach(c -> assertFalse(c.isBlank(), file + ": an empty cell"));
            assertTrue(cells.get(2).matches("(copy|compilation|restated)\\b.*"), file + ": " + cells.get(2));
        });
        // What the issue asks of the files drawn from copyleft or CC BY sources.
        assertTrue(table.get("electricity-factors.csv").get(1).contains("AGPL-3.0"));
        assertTrue(table.get("electricity-factors.csv").get(2).startsWith("restated"));
        assertTrue(table.get("manufacturing-factors.csv").get(2).startsWith("restated"));
        assertTrue(table.get("die-gwp-by-node.csv").get(1).contains("MIT"));
        assertTrue(table.get("grid-gwp-by-year.csv").get(1).contains("CC BY 4.0"));
        assertTrue(table.get("notable-models-sample.csv").get(1).contains("CC BY 4.0 (Epoch AI)"));
        assertTrue(table.get("epoch/notable_ai_models_2026-07-19.csv").get(0)
                .contains("c5a262f52d614d11d7b6f0e5e2ac07d3501cfd7d325d92895bb2c5a9190ed860"));
        assertTrue(table.get("epoch/notable_ai_models_2025-02-24.csv").get(0)
                .contains("c94a4e13082f8f42b60e831ab6d604f3afe33fde54e9e0f3b751c997b3d4bf0c"));
    }

    /** The rows of the table under "## Licences" of data/README.md: file → source, licence, how held. */
    private static Map<String, List<String>> licenceTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("data/README.md"), StandardCharsets.UTF_8);
        int at = lines.indexOf("## Licences");
        assertTrue(at >= 0, "data/README.md has a Licences section");
        Map<String, List<String>> rows = new TreeMap<>();
        boolean header = true;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                continue;
            }
            if (header) {
                assertEquals("| file | source | source's licence | how we hold it |", line);
                header = false;
                continue;
            }
            if (line.startsWith("|---")) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(line.substring(1, line.length() - 1).split(" \\| ", -1)));
            String file = cells.remove(0).strip();
            assertTrue(file.matches("`[^`*]+`"), "a file named in backticks, one per row: " + file);
            List<String> previous = rows.put(file.substring(1, file.length() - 1), cells.stream().map(String::strip)
                    .toList());
            assertTrue(previous == null, file + " has two rows");
        }
        return rows;
    }
}
