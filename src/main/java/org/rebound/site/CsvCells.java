package org.rebound.site;

import java.util.regex.Pattern;

/**
 * Text cells of the CSV downloads made safe for spreadsheets (OWASP, "CSV Injection"): a text that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe, so that
 * a spreadsheet shows it as text instead of running it as a formula. A number is left as it is.
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
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
