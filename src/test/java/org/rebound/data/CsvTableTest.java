package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** CSV syntax, headers and rows: where each record starts and the exact words of each refusal. */
class CsvTableTest {
    private static final String QUOTE_AFTER = "found a character after a closing quote, expected a comma or the end of "
            + "the line: a quote inside a quoted cell must be doubled (\"\")";

    private static CsvTable read(String text) throws IOException {
        return CsvTable.read("t.csv", new StringReader(text));
    }

    private static List<String> refusal(String text) {
        InputException e = assertThrows(InputException.class, () -> read(text));
        return e.problems().stream().map(Problem::toString).toList();
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

    @Test
    void cellsAreStrippedAndAbsentOnesAreEmpty() throws IOException {
        // A byte-order mark and spaces around the names do not belong to the header.
        CsvTable t = read("\uFEFF id , value \n  x  , 2\nshort\n");
        assertEquals(List.of("id", "value"), t.header());
        CsvTable.Row full = t.rows().get(0);
        assertEquals("x", full.get("id"));
        assertEquals("2", full.get("value"));
        assertEquals("", full.get("no such column"));
        CsvTable.Row ragged = t.rows().get(1);
        assertEquals(1, ragged.size());
        assertEquals("short", ragged.get("id"));
        assertEquals("", ragged.get("value"), "the row has no second cell");
        assertEquals(1, t.columnNumber("id"));
        assertEquals(2, t.columnNumber("value"));
        assertEquals(0, t.columnNumber("other"));
        assertEquals(new Problem("t.csv", 3, 2, "m"), ragged.problem("value", "m"));
    }

    @Test
    void aColumnNamedTwiceIsRefusedWithBothPlaces() {
        assertEquals(List.of("t.csv:1:3: found column 'a' a second time (it is also column 1), expected each column once",
                "t.csv:1:5: found column 'b' a second time (it is also column 2), expected each column once"),
                refusal("a,b,a,,b,\n1,2,3,4,5,6\n"));
    }

    @Test
    void unnamedColumnsMayRepeat() throws IOException {
        assertEquals(List.of("", "x", ""), read(",x,\n1,2,3\n").header());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(List.of("t.csv: the file is empty, expected a header row"), refusal(""));
        assertEquals(List.of("t.csv: the file is empty, expected a header row"), refusal("\n\n"));
    }

    @Test
    void aQuoteAfterAClosingQuoteIsPlacedAtItsLineAndColumn() {
        assertEquals(List.of("t.csv:3:7: " + QUOTE_AFTER), refusal("a,b\n1,2\n3,\"ab\"c\n4,5\n"));
        // A doubled quote is text; the first stray character after the real closing quote is the one named.
        assertEquals(List.of("t.csv:2:11: " + QUOTE_AFTER), refusal("a,b\n\"x\"\"y\",\"z\"q\n"));
    }

    @Test
    void aQuoteAfterAClosingQuoteIsPlacedOnALongFile() {
        // The reader keeps only its last lines: the error is found near the end of a long file all the same.
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 2; i < 600; i++) {
            text.append(i).append(",\"v\"\n");
        }
        text.append("600,\"v\"w\n");
        assertEquals(List.of("t.csv:600:8: " + QUOTE_AFTER), refusal(text.toString()));
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheCellStarts() {
        assertEquals(List.of("t.csv:3: found the end of the file inside a quoted cell that starts on this line, "
                + "expected its closing quote: the file may be truncated"), refusal("a,b\n1,2\n3,\"open\nmore\n"));
    }

    @Test
    void theColumnAfterAClosingQuoteIsFoundInTheLinesRead() throws IOException {
        CsvTable.CountingReader r = new CsvTable.CountingReader(new StringReader(
                "x,\"a\"\"b\"c\n\"q\"\r\na\"b,\"c\"d\n\"ok\",\"fine\"\nlast\"\"z\""));
        // One character at a time, as a parser may read.
        while (r.read() >= 0) {
            // reads the whole text
        }
        assertEquals(9, r.afterClosingQuote(1), "after the doubled quote, the stray c");
        assertEquals(0, r.afterClosingQuote(2), "a carriage return ends the line");
        assertEquals(8, r.afterClosingQuote(3), "a quote inside an unquoted cell opens nothing");
        assertEquals(0, r.afterClosingQuote(4), "a well-formed line");
        assertEquals(0, r.afterClosingQuote(5), "the line being read has no quoted cell");
        assertEquals(0, r.afterClosingQuote(6), "not read yet");
        assertEquals(0, r.afterClosingQuote(0));
    }

    @Test
    void theLineBeingReadIsKnownBeforeItsNewline() throws IOException {
        CsvTable.CountingReader r = new CsvTable.CountingReader(new StringReader("a\n\"b\"c"));
        char[] buffer = new char[16];
        assertEquals(6, r.read(buffer, 0, buffer.length));
        assertEquals(4, r.afterClosingQuote(2));
        assertEquals(0, r.afterClosingQuote(1));
    }

    @Test
    void onlyTheLastLinesAreKept() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("\"").append(i).append("\"x\n");
        }
        CsvTable.CountingReader r = new CsvTable.CountingReader(new StringReader(text.toString()));
        char[] buffer = new char[64];
        while (r.read(buffer, 0, buffer.length) >= 0) {
            // reads the whole text
        }
        // 300 lines read, the current (301st) empty: lines 45 to 300 are the 256 kept.
        assertEquals(0, r.afterClosingQuote(44));
        assertEquals(5, r.afterClosingQuote(45));
        assertEquals(6, r.afterClosingQuote(300));
        assertEquals(0, r.afterClosingQuote(301));
    }

    @Test
    void otherMalformedCsvIsNamedAsSuch() {
        InputException e = assertThrows(InputException.class, () -> CsvTable.scan("t.csv", new StringReader("a\n1\n"),
                t -> row -> {
                    throw new IllegalStateException("boom\nsecond line");
                }));
        assertEquals(List.of("t.csv: found malformed CSV (boom), expected RFC 4180 CSV with ',' between cells and "
                + "'\"' around cells that hold one"), e.problems().stream().map(Problem::toString).toList());
        Problem noMessage = CsvTable.syntaxProblem("t.csv", new IllegalStateException(new IOException()),
                new CsvTable.CountingReader(new StringReader("")));
        assertEquals("t.csv: found malformed CSV (java.io.IOException), expected RFC 4180 CSV with ',' between cells "
                + "and '\"' around cells that hold one", noMessage.toString());
    }

    @Test
    void theParsersMessageIsNeverRead() throws IOException {
        // The kind of fault and its place come from the text read: any message, in any locale, gives the same.
        CsvTable.CountingReader r = new CsvTable.CountingReader(new StringReader("a,b\n1,\"x\"y\n"));
        while (r.read() >= 0) {
            // reads the whole text
        }
        Problem p = CsvTable.syntaxProblem("t.csv", new IllegalStateException(new IOException("Zeile: 2.895")), r);
        assertEquals(new Problem("t.csv", 2, 6, QUOTE_AFTER), p);
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            StringBuilder text = new StringBuilder("a,b\n");
            for (int i = 2; i < 2000; i++) {
                text.append(i).append(",v\n");
            }
            assertEquals(List.of("t.csv:2000:9: " + QUOTE_AFTER), refusal(text + "2000,\"v\"w\n"));
            assertEquals(List.of("t.csv:2000: found the end of the file inside a quoted cell that starts on this line, "
                    + "expected its closing quote: the file may be truncated"), refusal(text + "2000,\"open\nmore\n"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theFaultIsTheFirstRuleBrokenAsTheParserReadsIt() throws IOException {
        // Spaces after a closing quote are allowed, a quote inside an unquoted cell is text, a doubled quote is text.
        assertEquals(List.of(2L, 3L), read("a,b\n\"x\"  ,y\"z\n\"p\"\"q\",2\n").rows().stream()
                .map(CsvTable.Row::line).toList());
        // An unclosed quote long after the start of a long file: the line where its cell starts.
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 2; i < 1500; i++) {
            text.append(i).append(",v\n");
        }
        text.append("1500,\"open\n");
        for (int i = 0; i < 400; i++) {
            text.append("more\n");
        }
        assertEquals(List.of("t.csv:1500: found the end of the file inside a quoted cell that starts on this line, "
                + "expected its closing quote: the file may be truncated"), refusal(text.toString()));
        // The first fault counts: a stray character before an unclosed quote.
        assertEquals(List.of("t.csv:2:6: " + QUOTE_AFTER), refusal("a,b\n1,\"x\"y\n2,\"open\n"));
    }

    @Test
    void missingColumnsAreListedWithTheHeaderFound() throws IOException {
        CsvTable t = read("id,name\n1,x\n");
        t.requireColumns(List.of("id", "name"));
        InputException e = assertThrows(InputException.class, () -> t.requireColumns(List.of("id", "tdp", "die")));
        assertEquals(List.of(
                "t.csv:1: missing column 'tdp', expected the header to have: id, tdp, die; found: id, name",
                "t.csv:1: missing column 'die', expected the header to have: id, tdp, die; found: id, name"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileWithAnotherDelimiterIsToldSoOnce() throws IOException {
        assertEquals(List.of("t.csv:1:1: found one column holding ';', expected columns separated by ',': the file "
                + "seems to use ';' as its delimiter; export it as comma-separated CSV"), missing("id;name\n1;x\n"));
        assertEquals(List.of("t.csv:1:1: found one column holding a tab, expected columns separated by ',': the file "
                + "seems to use a tab as its delimiter; export it as comma-separated CSV"), missing("id\tname\n1\tx\n"));
        assertEquals(List.of("t.csv:1:1: found one column holding '|', expected columns separated by ',': the file "
                + "seems to use '|' as its delimiter; export it as comma-separated CSV"), missing("id|name\n1|x\n"));
        // One column without any of them, or several columns holding one: only the missing columns.
        assertEquals(List.of("t.csv:1: missing column 'name', expected the header to have: name; found: id"),
                missing("id\n1\n"));
        assertEquals(List.of("t.csv:1: missing column 'name', expected the header to have: name; found: a;b, c"),
                missing("a;b,c\n1,2\n"));
    }

    private static List<String> missing(String text) throws IOException {
        CsvTable t = read(text);
        InputException e = assertThrows(InputException.class, () -> t.requireColumns(List.of("name")));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aFileThatIsNotThereOrNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path absent = dir.resolve("absent.csv");
        InputException e = assertThrows(InputException.class, () -> CsvTable.read(absent));
        assertEquals(List.of(absent + ": cannot read the file: it does not exist or is not a file"),
                e.problems().stream().map(Problem::toString).toList());
        InputException folder = assertThrows(InputException.class, () -> CsvTable.read(dir));
        assertEquals(List.of(dir + ": cannot read the file: it does not exist or is not a file"),
                folder.problems().stream().map(Problem::toString).toList());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "name\nEcole\nR\u00e9seau\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException bad = assertThrows(InputException.class, () -> CsvTable.read(latin1));
        assertEquals(List.of(latin1 + ":3:2: found the byte 0xE9, which is not UTF-8, expected UTF-8 text: the file may "
                + "be Latin-1 or Windows-1252; save it as UTF-8"), bad.problems().stream().map(Problem::toString).toList());
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "name\nR\u00e9seau\n", StandardCharsets.UTF_8);
        assertEquals("R\u00e9seau", CsvTable.read(good).rows().get(0).get("name"));
    }

    @Test
    void equalRowsHaveEqualFingerprintsAndCellBoundariesCount() throws IOException {
        CsvTable t = read("a,b\nab,c\na,bc\nab,c\nab,C\n");
        List<Long> f = t.rows().stream().map(CsvTable.Row::fingerprint).toList();
        assertEquals(f.get(0), f.get(2));
        assertEquals(3, new java.util.HashSet<>(List.of(f.get(0), f.get(1), f.get(3))).size(),
                "(ab, c), (a, bc) and (ab, C) differ");
        // FNV-1a of the cell "a" then the separator 0x1F, written out.
        long h = 0xcbf29ce484222325L;
        h = (h ^ 'a') * 0x100000001b3L;
        h = (h ^ 0x1F) * 0x100000001b3L;
        assertEquals(h, read("x\na\n").rows().get(0).fingerprint());
    }
}
