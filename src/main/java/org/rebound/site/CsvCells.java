package org.rebound.site;

import java.util.regex.Pattern;

/**
 * Text cells of the CSV downloads made safe for spreadsheets (OWASP, "CSV Injection"): a text that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe, so that
 * a spreadsheet shows it as text instead of running it as a formula. A number is left as it is. A spreadsheet whose
 * list separator is {@code ;} (continental Europe) or that splits on tabs starts a new cell after each of them, so a
 * formula character right after a {@code ;} or a tab inside a text gets its apostrophe too.
 */
final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** The text, with an apostrophe before it when a spreadsheet would read it as a formula. */
    static String safe(String text) {
        if (text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        String inner = INNER_FORMULA.matcher(text).replaceAll("$1'$2");
        char first = inner.charAt(0);
        return formulaStart(first) ? "'" + inner : inner;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** A {@code ;} or a tab, then a character a spreadsheet would start a formula with. */
    private static final Pattern INNER_FORMULA = Pattern.compile("([;\\t])([=+\\-@])");
}
