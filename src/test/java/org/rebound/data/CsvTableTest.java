package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV syntax, headers and rows: where each record starts and the exact words of each refusal. */
class CsvTableTest {
    private static CsvTable read(String text) throws IOException {
        return CsvTable.read("t.csv", new StringReader(text));
    }

    @Test
    void eachRowKnowsTheLineItStartsOnAcrossMultilineCellsAndBlankLines() throws IOException {
        CsvTable t = read("name,note\na,\"one\ntwo\nthree\"\n\nb,x\r\nc,y\n");
        assertEquals(List.of("name", "note"), t.header());
        assertEquals(List.of(2L, 6L, 7L), t.rows().stream().map(CsvTable.Row::line).toList());
        assertEquals("one\ntwo\nthree", t.rows().get(0).get("note"));
        assertEquals(new org.rebound.domain.SourceRef("t.csv", 6), t.rows().get(1).source());
        assertEquals("t.csv", t.file());
        // Line breaks inside a cell count as the parser counts them: CR LF once, a lone CR once.
        assertEquals(List.of(2L, 5L), read("a,b\r\n\"x\r\ny\",2\r\n\r\n3,4\r\n").rows().stream()
                .map(CsvTable.Row::line).toList());
        assertEquals(List.of(2L, 4L, 6L), read("a,b\n\"x\ry\",2\n3,4\n\n5,6").rows().stream()
                .map(CsvTable.Row::line).toList());
    }
}
