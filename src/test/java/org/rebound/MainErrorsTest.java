package org.rebound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every Throwable a command ends with is one line: an exhausted heap says how large it was and how to raise it. */
class MainErrorsTest {

    private static String err(java.util.function.IntSupplier run, int[] code) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = Main.ERR;
        Main.ERR = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            code[0] = run.getAsInt();
        } finally {
            Main.ERR = old;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outOfMemoryAnywhereInTheCausesIsOneLineAndAnInputError() {
        int[] code = new int[1];
        String printed = err(() -> Main.failed(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap")),
                null, null), code);
        assertEquals(2, code[0]);
        String[] lines = printed.strip().split("\n");
        assertEquals(2, lines.length, printed);
        assertTrue(lines[0].startsWith("error: out of memory: the input needs more than the "), lines[0]);
        assertTrue(lines[0].contains(" MB heap this build may use; ") && lines[0].contains("REBOUND_JAVA_OPTS=-Xmx4g"),
                lines[0]);
        assertEquals("Nothing was built; the previous site, if any, is unchanged.", lines[1]);
        assertTrue(!printed.contains("\tat "), "no stack trace");
    }

    @Test
    void aDefectIsOneLineAskingToReportIt() {
        int[] code = new int[1];
        String printed = err(() -> Main.failed(new IllegalStateException("boom\nsecond line"), null, null), code);
        assertEquals(1, code[0]);
        assertEquals(1, printed.strip().split("\n").length, printed);
        assertTrue(printed.startsWith("internal error: IllegalStateException: boom"), printed);
        assertTrue(Main.hasCause(new RuntimeException(new StackOverflowError()), StackOverflowError.class));
        assertTrue(!Main.hasCause(new RuntimeException("x"), OutOfMemoryError.class));
    }

    /** A flood of problems prints the first hundred and one line counting the rest. */
    @Test
    void aFloodOfProblemsIsSummarised() {
        java.util.List<org.rebound.problem.Problem> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 100_000; i++) {
            many.add(new org.rebound.problem.Problem("x.csv", 1, i, "unknown column 'c" + i + "' ignored"));
        }
        String printed = err(() -> {
            Main.printProblems(many);
            return 0;
        }, new int[1]);
        String[] lines = printed.strip().split("\n");
        assertEquals(101, lines.length);
        assertEquals("error: x.csv:1:100: unknown column 'c100' ignored", lines[99]);
        assertEquals("error: 99,900 more problems, 100,000 in all (the first 100 are listed)", lines[100]);
        String few = err(() -> {
            Main.printProblems(many.subList(0, 3));
            return 0;
        }, new int[1]);
        assertEquals(3, few.strip().split("\n").length, few);
    }
}
