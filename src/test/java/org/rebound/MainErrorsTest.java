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
}
