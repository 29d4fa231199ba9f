package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** The messages of issue 20's item 7, each in words with its place. */
class MessagesInWordsTest {
    @TempDir
    Path tmp;

    private static String refusal(Runnable r) {
        return assertThrows(InputException.class, r::run).problems().get(0).toString();
    }

    @Test
    void aLatin1ByteInYamlIsNamedWithItsPlaceNotAsAMapping() throws IOException {
        Path yaml = tmp.resolve("parameters.yaml");
        Files.write(yaml, "selection.start-date:\n  value: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(yaml + ":2:13: found the byte 0xE9, which is not UTF-8, expected UTF-8 text: the file may be Latin-1 "
                + "or Windows-1252; save it as UTF-8", refusal(() -> YamlConfig.read(yaml)));
    }

    @Test
    void compressedFilesAreSaidToBeCompressed() {
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0};
        assertEquals("x.csv: found gzip-compressed data, expected text: decompress it first (gunzip)",
                refusal(() -> Text.decode("x.csv", gzip)));
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertEquals("x.csv: found a ZIP archive, expected text: extract the file from it first",
                refusal(() -> Text.decode("x.csv", zip)));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyNotJustItsPath() throws IOException {
        assertEquals("permission denied", Problem.reason(new java.nio.file.AccessDeniedException("/x/y.csv")));
        assertEquals("it does not exist", Problem.reason(new java.nio.file.NoSuchFileException("/x/y.csv")));
        assertEquals("it is a folder", Problem.reason(new java.nio.file.FileSystemException("/x", null,
                "Is a directory")));
        assertEquals("an input/output error (IOException)", Problem.reason(new IOException()));
        assertEquals("its name has characters this system's locale cannot encode (Malformed input or input contains "
                + "unmappable characters): run with a UTF-8 locale, such as LANG=C.UTF-8", Problem.reason(
                        new java.nio.file.InvalidPathException("/tmp/\u00e9", "Malformed input or input contains "
                                + "unmappable characters")));
        Path folder = Files.createDirectories(tmp.resolve("a.csv"));
        String message = refusal(() -> CsvTable.read(folder));
        assertEquals(folder + ": cannot read the file: it does not exist or is not a file", message);
    }
}
