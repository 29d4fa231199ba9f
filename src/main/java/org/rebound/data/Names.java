package org.rebound.data;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A name as pages show it and slugs derive it: without invisible characters (zero-width spaces and joiners,
 * bidirectional controls, soft hyphens, byte-order marks, control characters, Hangul fillers), its runs of white space
 * one space, NFKC-normalised, so that two names that look alike are one name ({@code "Omega\u200b7"} is
 * {@code "Omega7"}), and no name reorders the text around it.
 */
public final class Names {
    private Names() {
    }

    /** {@code name} cleaned as above. */
    public static String clean(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!invisible(c)) {
                out.appendCodePoint(c);
            }
        });
        String normal = Normalizer.normalize(out.toString(), Normalizer.Form.NFKC);
        return normal.replaceAll(" {2,}", " ").strip();
    }

    /** What {@link #clean} removes from {@code name}, for a warning: "U+200B, U+202E"; empty when nothing. */
    public static String removed(String name) {
        Set<String> codes = new TreeSet<>();
        name.codePoints().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c)) && invisible(c))
                .forEach(c -> codes.add(String.format(Locale.ROOT, "U+%04X", c)));
        return String.join(", ", codes);
    }

    /** A character that draws nothing or reorders text: a format or control character, or a blank filler. */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F;
    }
}
