package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rebound.domain.NotableModel;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.support.Fixture;

/** BLOOM's row of the fixture with one cell changed: what the reader keeps, and the exact problem it gives. */
class EpochReaderCellsTest {
    private static final String FILE = "m.csv";

    /** The fixture's header and BLOOM's row, with {@code column} set to {@code value}. */
    private static String bloomWith(String column, String value) throws IOException {
        List<CSVRecord> records;
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(Files.readString(Fixture.MODELS,
                StandardCharsets.UTF_8)))) {
            records = parser.getRecords();
        }
        List<String> header = records.get(0).toList();
        List<String> bloom = records.stream().filter(r -> r.get(0).equals("BLOOM-176B")).findFirst().orElseThrow()
                .toList();
        List<String> row = new ArrayList<>(bloom);
        row.set(header.indexOf(column), value);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            printer.printRecord(row);
        }
        return out.toString();
    }

    private static NotableModel read(String text) {
        return EpochReader.read(FILE, text.getBytes(StandardCharsets.UTF_8)).models().get(0);
    }

    private static List<String> problems(NotableModel m) {
        return m.problems().stream().map(Problem::toString).toList();
    }

    private static int column(String name) throws IOException {
        return List.of(Files.readAllLines(Fixture.MODELS, StandardCharsets.UTF_8).get(0).split(",")).indexOf(name) + 1;
    }

    @Test
    void anMfuOfOneIsAShareOfPeakAndZeroIsNot() throws IOException {
        NotableModel one = read(bloomWith("Hardware utilization (MFU)", "1"));
        assertEquals(List.of(), problems(one));
        assertEquals(OptionalDouble.of(1), one.mfu());
        NotableModel zero = read(bloomWith("Hardware utilization (MFU)", "0"));
        assertEquals(OptionalDouble.empty(), zero.mfu());
        int c = column("Hardware utilization (MFU)");
        assertEquals(List.of(FILE + ":2:" + c + ": found 0 in column 'Hardware utilization (MFU)', expected a share of "
                + "peak between 0 and 1"), problems(zero));
        assertEquals(List.of(FILE + ":2:" + c + ": found 1.01 in column 'Hardware utilization (MFU)', expected a share "
                + "of peak between 0 and 1"), problems(read(bloomWith("Hardware utilization (MFU)", "1.01"))));
    }

    @Test
    void zeroCardsIsNotAQuantity() throws IOException {
        NotableModel m = read(bloomWith("Hardware quantity", "0"));
        assertEquals(OptionalDouble.empty(), m.hardwareQuantity());
        assertEquals(List.of(FILE + ":2:" + column("Hardware quantity") + ": found 0 in column 'Hardware quantity', "
                + "expected a number greater than zero"), problems(m));
        assertEquals(OptionalDouble.of(0.5), read(bloomWith("Hardware quantity", "0.5")).hardwareQuantity());
    }

    @Test
    void aLongUnreadableCellIsShortenedTo40Characters() throws IOException {
        int c = column("Training compute (FLOP)");
        String forty = "x".repeat(40);
        assertEquals(List.of(FILE + ":2:" + c + ": found '" + forty + "' in column 'Training compute (FLOP)', expected a "
                + "number such as 1.5e+23"), problems(read(bloomWith("Training compute (FLOP)", forty))));
        assertEquals(List.of(FILE + ":2:" + c + ": found '" + "y".repeat(37) + "...' in column 'Training compute (FLOP)', "
                + "expected a number such as 1.5e+23"), problems(read(bloomWith("Training compute (FLOP)",
                        "y".repeat(41)))));
        assertEquals(List.of(FILE + ":2:" + c + ": found 'a b' in column 'Training compute (FLOP)', expected a "
                + "number such as 1.5e+23"), problems(read(bloomWith("Training compute (FLOP)", "a\nb"))));
    }

    @Test
    void aNulByteRefusesTheExportAtItsPlace() throws IOException {
        byte[] bytes = bloomWith("Model", "BL\u0000OM").getBytes(StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> EpochReader.read(FILE, bytes));
        assertEquals(List.of(FILE + ":2:3: found a NUL byte (0x00), expected text: the file may be binary or UTF-16"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
