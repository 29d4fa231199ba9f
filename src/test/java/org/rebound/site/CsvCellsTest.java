package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The OWASP rule for CSV downloads: formula-leading text gets an apostrophe; numbers and other text stay. */
class CsvCellsTest {
    @Test
    void formulaLeadingTextIsNeutralised() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.safe("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", CsvCells.safe("+1+2"));
        assertEquals("'-2+3", CsvCells.safe("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.safe("\tx"));
        assertEquals("'\rx", CsvCells.safe("\rx"));
    }

    /** A spreadsheet splitting on ';' (continental Europe) or tabs would start a formula after them. */
    @Test
    void aFormulaAfterASemicolonOrATabIsNeutralisedToo() {
        assertEquals("x;'=cmd|' /C calc'!A0;y", CsvCells.safe("x;=cmd|' /C calc'!A0;y"));
        assertEquals("a\t'+1;'@SUM(A1);'-2", CsvCells.safe("a\t+1;@SUM(A1);-2"));
        assertEquals("'='x;'=y", CsvCells.safe("='x;=y").replace("'='x", "'='x"));
        assertEquals("a; =b", CsvCells.safe("a; =b"), "a space before it: text in every spreadsheet");
        assertEquals("1; 2; 3", CsvCells.safe("1; 2; 3"));
    }

    @Test
    void numbersAndOrdinaryTextStay() {
        assertEquals("-6.8e24", CsvCells.safe("-6.8e24"));
        assertEquals("+3", CsvCells.safe("+3"));
        assertEquals("GPT-4 (Mar 2023)", CsvCells.safe("GPT-4 (Mar 2023)"));
        assertEquals("", CsvCells.safe(""));
    }
}
