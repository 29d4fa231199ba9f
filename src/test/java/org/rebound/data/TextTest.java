package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** Bytes that are not UTF-8 text are refused at the line and column (in characters) of the first bad byte. */
class TextTest {

    private static List<String> refusal(byte[] bytes) {
        InputException e = assertThrows(InputException.class, () -> Text.decode("f.csv", bytes));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLatin1ByteIsPlacedByLineAndCharacter() {
        // "é" and "€" are 2 and 3 bytes in UTF-8 but one column each; then a Latin-1 'é' (0xE9).
        byte[] bytes = concat(utf8("name,price\nCaf\u00e9,3\u20ac\n\u00e9\u20acx"), new byte[] {(byte) 0xE9}, utf8("t\n"));
        assertEquals(List.of("f.csv:3:4: found the byte 0xE9, which is not UTF-8, expected UTF-8 text: the file may be "
                + "Latin-1 or Windows-1252; save it as UTF-8"), refusal(bytes));
    }

    @Test
    void aBadFirstByteIsAtLineOneColumnOne() {
        assertEquals(List.of("f.csv:1:1: found the byte 0x92, which is not UTF-8, expected UTF-8 text: the file may be "
                + "Latin-1 or Windows-1252; save it as UTF-8"), refusal(new byte[] {(byte) 0x92, 'a'}));
    }

    @Test
    void aNulByteIsRefusedBeforeDecoding() {
        // UTF-16 text: a NUL after every ASCII character.
        assertEquals(List.of("f.csv:2:2: found a NUL byte (0x00), expected text: the file may be binary or UTF-16"),
                refusal(concat(utf8("ab\n\u00e9"), new byte[] {0, (byte) 0xFF})));
        assertEquals(List.of("f.csv:1:1: found a NUL byte (0x00), expected text: the file may be binary or UTF-16"),
                refusal(new byte[] {0}));
    }

    @Test
    void validTextDecodesWhole() {
        assertEquals("a,\u00e9\u20ac\n\uD83D\uDE00", Text.decode("f.csv", utf8("a,\u00e9\u20ac\n\uD83D\uDE00")));
        assertEquals("", Text.decode("f.csv", new byte[0]));
    }

    /** Line and column of any offset: lines after each LF, columns counting characters, not bytes. */
    @Property(tries = 200)
    void theLineAndColumnOfAnOffsetCountCharacters(@ForAll @StringLength(max = 40) String text,
            @ForAll @IntRange(min = 0, max = 200) int at) {
        // Whole characters only: an unpaired surrogate has no UTF-8 form.
        String clean = text.replace("\r", "").replaceAll("[\\uD800-\\uDFFF]", "x");
        int chars = Math.min(at, clean.codePointCount(0, clean.length()));
        String before = new String(clean.codePoints().limit(chars).toArray(), 0, chars);
        byte[] bytes = utf8(clean);
        int offset = utf8(before).length;
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        String lastLine = before.substring(before.lastIndexOf('\n') + 1);
        int column = lastLine.codePointCount(0, lastLine.length()) + 1;
        assertEquals(new Problem("f", line, column, "m"), Text.at("f", bytes, offset, "m"));
    }

    @Test
    void anOffsetPastTheEndIsTheEnd() {
        assertEquals(new Problem("f", 2, 3, "m"), Text.at("f", utf8("ab\n\u00e9c"), 99, "m"));
    }
}
