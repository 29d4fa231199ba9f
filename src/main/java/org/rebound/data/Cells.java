package org.rebound.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.problem.Problem;

/**
 * Typed reading of CSV cells. A value that cannot be read adds one problem naming what was found and
 * what was expected, and reads as empty.
 */
final class Cells {
    /** Plain decimal or scientific notation; Java's extras (hex, NaN, Infinity, 'd' suffix) are refused. */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private Cells() {
    }

    /** Whether the text is a plain decimal or scientific number (no hex, NaN, Infinity or suffix). */
    static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** A finite number, empty when the cell is empty. */
    static OptionalDouble number(CsvTable.Row row, String column, List<Problem> problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
        }
        problems.add(row.problem(column, "found '" + abbreviate(text) + "' in column '" + column
                + "', expected a number such as 1.5e+23"));
        return OptionalDouble.empty();
    }

    /** A number that must be greater than zero, empty when the cell is empty. */
    static OptionalDouble positive(CsvTable.Row row, String column, List<Problem> problems) {
        OptionalDouble value = number(row, column, problems);
        if (value.isPresent() && !(value.getAsDouble() > 0)) {
            problems.add(row.problem(column, "found " + row.get(column) + " in column '" + column
                    + "', expected a number greater than zero"));
            return OptionalDouble.empty();
        }
        return value;
    }

    /** An ISO date {@code YYYY-MM-DD}, empty when the cell is empty. */
    static Optional<LocalDate> date(CsvTable.Row row, String column, List<Problem> problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column, "found '" + abbreviate(text) + "' in column '" + column
                    + "', expected a date as YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
