package org.rebound.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reference files: the vendored ones are the bytes their README pins (copies, never edited), and the manifest of
 * the fetched ones says, for each file, where it comes from at a pinned commit, its bytes, its licence and whom to
 * cite ({@code src/test/resources/reference/README.md}).
 */
class ReferenceFilesTest {
    /** A raw file of a public GitHub repository at a full commit hash. */
    private static final Pattern PINNED_URL = Pattern.compile(
            "https://raw\\.githubusercontent\\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/[0-9a-f]{40}/[^\\s?#]+");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LICENCE = Pattern.compile("unverified|[A-Za-z0-9.+-]+");

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theVendoredFilesAreTheBytesTheirReadmePins() throws IOException, NoSuchAlgorithmException {
        Map<String, String> pinned = new TreeMap<>();
        pinned.put("epoch_ai/ml_hardware.csv", "a72edaf105f6eb178ef7206671e7828c2ccc5f534fecea8e1429411ad05efd94");
        pinned.put("owid/carbon-intensity-electricity.csv",
                "e1ccc462050ccb51925b514f4e2f13e9f5a09323f66f3c283546b7a939b63d85");
        String readme = Files.readString(Reference.vendored("README.md"));
        for (Map.Entry<String, String> file : pinned.entrySet()) {
            assertEquals(file.getValue(), sha256(Files.readAllBytes(Reference.vendored(file.getKey()))), file.getKey());
            assertTrue(readme.contains(file.getValue() + "  " + file.getKey()), "README.md pins " + file.getKey());
        }
    }

    @Test
    void everyFetchedFileIsPinnedLicensedAndCited() {
        Map<String, Reference.Entry> manifest = Reference.manifest();
        List<String> problems = new ArrayList<>();
        for (Reference.Entry e : manifest.values()) {
            if (!PINNED_URL.matcher(e.url()).matches()) {
                problems.add(e.id() + ": " + e.url() + " is not a raw GitHub URL at a full commit hash");
            }
            if (!SHA256.matcher(e.sha256()).matches() || e.size() <= 0) {
                problems.add(e.id() + ": sha256 " + e.sha256() + ", size " + e.size());
            }
            if (!LICENCE.matcher(e.licence()).matches() || e.citation().isBlank() || !e.accessed().equals("2026-11-23")) {
                problems.add(e.id() + ": licence '" + e.licence() + "', citation '" + e.citation() + "', accessed "
                        + e.accessed());
            }
            if (Files.exists(Reference.VENDORED.resolve(e.path()))) {
                problems.add(e.id() + ": " + e.path() + " is vendored too");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of("chip_dataset/chip_dataset.csv", "boavizta/gpu_specs.csv", "green_algorithms/GPUs-manual.csv",
                "reference/mlca_gpu_infos.csv", "reference/mlca_cpu_infos.csv",
                "reference/mlca_electricity_impact_factors.csv", "reference/mlca_setup_test_bloom.json",
                "reference/mlca_result_bloom_2023-05-25.json"), List.copyOf(manifest.keySet()));
    }
}
