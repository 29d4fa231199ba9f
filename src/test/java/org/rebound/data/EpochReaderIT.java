package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.domain.NotableModel;
import org.rebound.support.Fixture;

/**
 * Both of Epoch's schemas are read by header name, from the snapshots pinned in {@code data/epoch/}. These must
 * read the snapshots: the 2025 schema exists only there, and the point is that Epoch's whole exports (multi-line
 * records, every value) read without a problem; the fixture's values are checked in {@code EpochReaderTest}. An
 * integration test ({@code mvn verify}).
 */
class EpochReaderIT {

    static EpochExport read(String file) throws IOException {
        return EpochReader.read(file, Files.readAllBytes(Fixture.EPOCH.resolve(file)));
    }

    static NotableModel model(EpochExport export, String name) {
        return export.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsThe2026Snapshot() throws IOException {
        EpochExport export = read("notable_ai_models_2026-07-19.csv");
        assertEquals("2026", export.schema());
        assertEquals(1036, export.models().size());
        // Two Links the pages show as text: a person's name and an address without its scheme.
        assertEquals(List.of("notable_ai_models_2026-07-19.csv:49:14: found 'Eunbi', expected an http(s) address: the "
                + "page shows it as text, not as a link", "notable_ai_models_2026-07-19.csv:792:14: found "
                + "'arxiv.org/abs/2501.14818', expected an http(s) address: the page shows it as text, not as a link"),
                export.warnings().stream().map(Object::toString).toList());
        assertEquals("c5a262f52d614d11d7b6f0e5e2ac07d3501cfd7d325d92895bb2c5a9190ed860", export.sha256());
    }

    @Test
    void readsThe2025SnapshotWithItsOlderCountryColumn() throws IOException {
        EpochExport export = read("notable_ai_models_2025-02-24.csv");
        assertEquals("2025", export.schema());
        assertEquals(895, export.models().size());
        assertEquals(List.of(), export.warnings());
        NotableModel gpt3 = model(export, "GPT-3 175B (davinci)");
        assertEquals(List.of("United States of America"), gpt3.countries());
        assertEquals(List.of("NVIDIA Tesla V100 DGXS 32 GB"), gpt3.hardware());
        assertEquals(10000.0, gpt3.hardwareQuantity().getAsDouble());
    }

    @Test
    void trimsNamesWithTrailingNewlinesAndKeepsTheStartLineOfMultiLineRecords() throws IOException {
        EpochExport export = read("notable_ai_models_2026-07-19.csv");
        NotableModel solar = model(export, "Solar Open 100B");
        assertTrue(solar.source().line() > 1);
        // Every model has a distinct start line, in increasing order.
        long previous = 1;
        for (NotableModel m : export.models()) {
            assertTrue(m.source().line() > previous, m.name() + " starts after the previous record");
            previous = m.source().line();
        }
    }

    @Test
    void realSnapshotsHaveNoUnreadableValues() throws IOException {
        for (String file : List.of("notable_ai_models_2026-07-19.csv", "notable_ai_models_2025-02-24.csv")) {
            for (NotableModel m : read(file).models()) {
                assertEquals(List.of(), m.problems().stream().map(Object::toString).toList(), m.name());
            }
        }
    }
}
