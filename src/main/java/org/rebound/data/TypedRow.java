package org.rebound.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.rebound.domain.SourceRef;
import org.rebound.problem.Problem;

/**
 * One row of a table read through its {@link Column}s. Each cell is checked against its column's declaration when it
 * is read, so a row's problems come in the order its reader reads its cells; a cell that breaks the declaration adds
 * one problem and reads as empty. Keys are checked against the earlier rows of the same reading ({@link Keys}).
 */
public final class TypedRow {
    private final CsvTable table;
    private final CsvTable.Row row;
    private final Keys keys;
    private final List<Problem> problems = new ArrayList<>();
    private boolean dropped;

    TypedRow(CsvTable table, CsvTable.Row row, Keys keys) {
        this.table = table;
        this.row = row;
        this.keys = keys;
    }

    /** The cells seen by the key columns of one reading (one file, or every file of a folder). */
    public static final class Keys {
        private final Map<Column, Set<String>> seen = new HashMap<>();

        /** Whether {@code value} is new for {@code column}; remembers it. */
        boolean add(Column column, String value) {
            return seen.computeIfAbsent(column, c -> new HashSet<>()).add(value);
        }
    }

    /** The header of {@code column} in this table, or empty when absent. */
    String header(Column column) {
        return column.in(table);
    }

    /** The trimmed cell as written, unchecked; empty when the column or the cell is absent. */
    public String raw(Column column) {
        String header = header(column);
        return header.isEmpty() ? "" : row.get(header);
    }

    /** Whether the cell holds nothing. */
    public boolean isEmpty(Column column) {
        return raw(column).isEmpty();
    }

    /** A text cell, checked: a value when one is required, the column's pattern, its key. */
    public String text(Column column) {
        String text = raw(column);
        if (text.isEmpty()) {
            empty(column);
            return text;
        }
        boolean matches = column.pattern() == null || column.pattern().matcher(text).matches();
        if (!matches) {
            add(column, "found '" + (column.abbreviated() ? Cells.abbreviate(text) : text) + "', expected "
                    + column.patternWords());
        }
        if (column.isKey() && (matches || column.keyOfMalformed()) && !keys.add(column, text)) {
            add(column, String.format(java.util.Locale.ROOT, column.key(), text));
        }
        return text;
    }

    /** A number cell, checked: a value when one is required, a finite number, above zero when positive. */
    public OptionalDouble number(Column column) {
        if (raw(column).isEmpty()) {
            empty(column);
            return OptionalDouble.empty();
        }
        return column.aboveZero() ? Cells.positive(row, header(column), problems)
                : Cells.number(row, header(column), problems);
    }

    /** A date cell, checked: a value when one is required, an ISO date. */
    public Optional<LocalDate> date(Column column) {
        if (raw(column).isEmpty()) {
            empty(column);
            return Optional.empty();
        }
        return Cells.date(row, header(column), problems);
    }

    /** Reads the cell by its column's type, for its problems only. */
    public void check(Column column) {
        switch (column.type()) {
            case TEXT -> text(column);
            case NUMBER -> number(column);
            case DATE -> date(column);
        }
    }

    private void empty(Column column) {
        if (!column.whenEmpty().isEmpty()) {
            add(column, "found an empty cell in column '" + header(column) + "', expected " + column.whenEmpty());
        }
    }

    /** Adds a problem at this row and column. */
    public void add(Column column, String message) {
        problems.add(problem(column, message));
    }

    /** Adds a problem at this row, without a column. */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /** A problem at this row and column, not added. */
    public Problem problem(Column column, String message) {
        return row.problem(header(column), message);
    }

    /**
     * When the row has no problem so far and {@code key} is in {@code seen} already, adds {@code message} at
     * {@code column}; remembers the key. For keys of several columns, or checked only on an otherwise good row.
     */
    public void once(Set<String> seen, String key, Column column, String message) {
        if (ok() && !seen.add(key)) {
            add(column, message);
        }
    }

    /** Leaves the row out without reporting its problems (they were reported once, for an earlier row). */
    public void drop() {
        dropped = true;
    }

    boolean dropped() {
        return dropped;
    }

    /** Whether the row has no problem so far. */
    public boolean ok() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        return problems;
    }

    /** Where the row starts. */
    public SourceRef source() {
        return row.source();
    }

    /** The underlying row. */
    CsvTable.Row row() {
        return row;
    }
}
