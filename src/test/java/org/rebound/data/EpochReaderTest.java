package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.domain.NotableModel;
import org.rebound.support.Fixture;

/** The fixture, rows of Epoch's 2026 export, reads whole, cell by cell (the full snapshots: {@code EpochReaderIT}). */
class EpochReaderTest {

    private static EpochExport fixture() throws IOException {
        return EpochReader.read(Fixture.LOCATION, Files.readAllBytes(Fixture.MODELS));
    }

    private static NotableModel model(EpochExport export, String name) {
        return export.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsThe2026ColumnsOfTheFixture() throws IOException {
        EpochExport export = fixture();
        assertEquals("2026", export.schema());
        assertEquals(List.of(), export.warnings());
        // sha256sum src/test/resources/fixture/models.csv
        assertEquals("840d8a1d5e6434f5610874f2b286f8edaafe46f6b5d2bb76881c101baaa2174c", export.sha256());
        assertEquals(List.of("Llama 3.3 70B", "Claude 2", "BLOOM-176B", "ERNIE 3.0 Titan", "Gopher (280B)",
                "GPT-3 175B (davinci)", "StyleGAN", "AlphaGo Zero", "Transformer", "Transformer", "AlexNet"),
                export.models().stream().map(NotableModel::name).toList());
        for (NotableModel m : export.models()) {
            assertEquals(List.of(), m.problems().stream().map(Object::toString).toList(), m.name());
        }
    }

    @Test
    void readsEveryCellTheEstimateUses() throws IOException {
        EpochExport export = fixture();
        NotableModel bloom = model(export, "BLOOM-176B");
        assertEquals(LocalDate.of(2022, 7, 11), bloom.publicationDate().orElseThrow());
        assertEquals(3.65664e23, bloom.trainingComputeFlop().getAsDouble());
        assertEquals(2808.0, bloom.trainingTimeHours().getAsDouble());
        assertEquals(384.0, bloom.hardwareQuantity().getAsDouble());
        assertEquals(List.of("NVIDIA A100 SXM4 80 GB"), bloom.hardware());
        assertEquals(List.of("United States of America", "France"), bloom.countries());
        assertEquals("BF16", bloom.numericalFormat());
        assertEquals(4, bloom.source().line());

        NotableModel llama = model(export, "Llama 3.3 70B");
        assertTrue(llama.trainingTimeHours().isEmpty() && llama.hardwareQuantity().isEmpty(), "compute only");
        assertEquals(6.8649768e24, llama.trainingComputeFlop().getAsDouble());

        NotableModel ernie = model(export, "ERNIE 3.0 Titan");
        assertEquals(List.of("NVIDIA Tesla V100 DGXS 32 GB", "Huawei Ascend 910"), ernie.hardware());
        assertEquals(List.of("China", "China"), ernie.countries());

        assertEquals(List.of("Multinational"), model(export, "StyleGAN").countries());
        assertEquals(List.of(), model(export, "Claude 2").hardware());
        assertEquals(LocalDate.of(2012, 9, 30), model(export, "AlexNet").publicationDate().orElseThrow());
        // Two rows of the same name stay two models, each with its own line.
        List<NotableModel> transformers = export.models().stream().filter(m -> m.name().equals("Transformer")).toList();
        assertEquals(List.of(10L, 11L), transformers.stream().map(m -> m.source().line()).toList());
        assertEquals(List.of("Google Research", "University of Oxford"), transformers.stream()
                .map(m -> m.organization().split(",")[0]).toList());
    }

    /** A cell longer than the limit and a row past the limit are refused at their place, naming the parameter. */
    @Test
    void aCellOrARowCountPastTheLimitsIsRefusedAtItsPlace() throws IOException {
        byte[] bytes = Files.readAllBytes(Fixture.MODELS);
        org.rebound.problem.InputException rows = org.junit.jupiter.api.Assertions.assertThrows(
                org.rebound.problem.InputException.class, () -> EpochReader.read(Fixture.LOCATION, bytes,
                        new EpochReader.Limits(100_000, 3)));
        assertEquals(List.of(Fixture.LOCATION + ":5: found more than 3 rows, expected at most that many "
                + "(parameter input.max-rows)"), rows.problems().stream().map(Object::toString).toList());
        org.rebound.problem.InputException cell = org.junit.jupiter.api.Assertions.assertThrows(
                org.rebound.problem.InputException.class, () -> EpochReader.read(Fixture.LOCATION, bytes,
                        new EpochReader.Limits(20, 100)));
        String message = cell.problems().get(0).toString();
        assertTrue(message.startsWith(Fixture.LOCATION + ":2:"), message);
        assertTrue(message.contains(" characters in column '") && message.endsWith(", expected at most 20 (parameter "
                + "input.max-cell-chars)"), message);
        // Within the limits, the same export as without them.
        assertEquals(EpochReader.read(Fixture.LOCATION, bytes).models().size(), EpochReader.read(Fixture.LOCATION,
                bytes, new EpochReader.Limits(100_000, 11)).models().size());
    }

    /**
     * Invisible and text-reordering characters leave a model's name with a located warning; names are NFKC, so two
     * names that look alike are one name (and one page).
     */
    @Test
    void invisibleCharactersLeaveANameWithAWarningAndLookalikesAreOneName() throws IOException {
        String text = Files.readString(Fixture.MODELS);
        String header = text.substring(0, text.indexOf('\n') + 1);
        String row = text.substring(header.length(), text.indexOf('\n', header.length()) + 1);
        String name = row.substring(0, row.indexOf(','));
        String tail = row.substring(name.length());
        String csv = header + "\"Omega\u200b7\"" + tail + "Omega\u202e7\uFEFF" + tail + "\uFF2F\uFF4D\uFF45\uFF47\uFF41 7 \u00a0"
                + tail;
        EpochExport export = EpochReader.read("x.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("Omega7", "Omega7", "Omega 7"), export.models().stream().map(NotableModel::name).toList());
        assertEquals(List.of("x.csv:2:1: found invisible or text-reordering characters (U+200B) in the model's name, "
                + "expected visible text: removed, the name is 'Omega7'", "x.csv:3:1: found invisible or text-reordering "
                + "characters (U+202E, U+FEFF) in the model's name, expected visible text: removed, the name is 'Omega7'"),
                export.warnings().stream().map(Object::toString).toList());
        assertEquals("Omega 7", Names.clean("\u3164Omega\u2003\u2003 7\u200d"));
        assertEquals("", Names.removed("plain name"));
    }

    /** A Link the pages cannot link as written is warned of at its place: text, or percent-encoded. */
    @Test
    void aLinkThePagesChangeIsWarnedOfAtItsPlace() throws IOException {
        String text = Files.readString(Fixture.MODELS);
        String header = text.substring(0, text.indexOf('\n') + 1);
        List<String> columns = List.of(header.strip().split(",", -1));
        int link = columns.indexOf("Link");
        StringBuilder csv = new StringBuilder(header);
        for (String value : List.of("arxiv.org/abs/2501.14818", "https://a.org/p|q", "https://a.org/ok")) {
            String[] cells = new String[columns.size()];
            java.util.Arrays.fill(cells, "");
            cells[0] = "M " + value.length();
            cells[link] = value;
            csv.append(String.join(",", cells)).append('\n');
        }
        EpochExport export = EpochReader.read("x.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("x.csv:2:" + (link + 1) + ": found 'arxiv.org/abs/2501.14818', expected an http(s) address: "
                + "the page shows it as text, not as a link", "x.csv:3:" + (link + 1) + ": found 'https://a.org/p|q', which "
                + "holds characters an address may not: the page links it percent-encoded as 'https://a.org/p%7Cq'"),
                export.warnings().stream().map(Object::toString).toList());
    }
}
