package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.support.Seeded;

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
    @ParameterizedTest(name = "{0}")
    @MethodSource("lineAndColumnSeeds")
    void theLineAndColumnOfAnOffsetCountCharacters(Seeded.Seed seed) {
        SplittableRandom random = seed.random();
        String text = Seeded.anyString(random, 40);
        int at = Seeded.intBetween(random, 0, 200);
        Seeded.check(seed, sample(text, at), () -> lineAndColumn(text, at));
    }

    static Stream<Seeded.Seed> lineAndColumnSeeds() {
        return Seeded.seeds("TextTest.theLineAndColumnOfAnOffsetCountCharacters", 200);
    }

    /** The same at the edges: empty, one-character and 40-character texts of each kind, offsets 0 to 2, 39 to 41, 200. */
    @Test
    void theLineAndColumnOfAnOffsetCountCharactersAtTheEdges() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "\n", "\n\n", "\r", "\r\n", "\t", "\u0000", ",", "\"",
                "\u00e9", "\u20ac", "\uFFFF", "\uD800", "\uDFFF", "\uDBFF\uDC00", "\uD83D\uDE00", "a\nb\n", "\u00e9\n\u20acx\n"));
        texts.add("x".repeat(40));
        texts.add("\n".repeat(40));
        texts.add("\u00e9".repeat(40));
        texts.add("\uD83D\uDE00".repeat(20));
        texts.add("\uD800".repeat(40));
        int edge = 0;
        for (String text : texts) {
            for (int at : new int[] {0, 1, 2, 39, 40, 41, 200}) {
                Seeded.check("edge case " + edge++, sample(text, at), () -> lineAndColumn(text, at));
            }
        }
    }

    private static String sample(String text, int at) {
        return "text " + Seeded.quote(text) + ", at " + at;
    }

    private static void lineAndColumn(String text, int at) {
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
