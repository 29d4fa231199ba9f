package org.rebound.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * The text of an input file: strict UTF-8, no NUL byte. A file that is not refuses with the place of its first bad
 * byte, as {@code file:line:column}, and a hint of what it may be.
 */
public final class Text {
    private Text() {
    }

    /** The bytes as text, or an {@link InputException} naming the first invalid or NUL byte. */
    public static String decode(String file, byte[] bytes) {
        requireNoNul(file, bytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InputException(at(file, bytes, at, String.format(java.util.Locale.ROOT, "found the byte 0x%02X, "
                    + "which is not UTF-8, expected UTF-8 text: the file may be Latin-1 or Windows-1252; save it as "
                    + "UTF-8", bytes[at] & 0xFF)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** An {@link InputException} at the first NUL byte, if any. */
    public static void requireNoNul(String file, byte[] bytes) {
        // A compressed file is binary from its first bytes: say what it is rather than where its first NUL is.
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            throw new InputException(Problem.ofFile(file, "found gzip-compressed data, expected text: decompress it "
                    + "first (gunzip)"));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new InputException(Problem.ofFile(file, "found a ZIP archive, expected text: extract the file from "
                    + "it first"));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(at(file, bytes, i, "found a NUL byte (0x00), expected text: the file may be "
                        + "binary or UTF-16"));
            }
        }
    }

    /** A strict UTF-8 reader of the bytes: malformed input throws a CharacterCodingException (then call decode). */
    public static java.io.Reader strictReader(byte[] bytes) {
        return new java.io.BufferedReader(new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** A problem at byte {@code offset}: its 1-based line and column (columns count characters, not bytes). */
    static Problem at(String file, byte[] bytes, int offset, String message) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset && i < bytes.length; i++) {
            // Count characters: skip UTF-8 continuation bytes.
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Problem(file, line, column, message);
    }
}
