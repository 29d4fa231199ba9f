package org.rebound.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * A table declared once: its columns, in the order of the header's description. One reader serves every table: it
 * refuses a file without a required column (every missing one named, or the delimiter the file seems to use), then
 * reads each row through a {@link TypedRow} and keeps what the row's mapper makes of it when the row has no problem.
 *
 * @param columns the columns, each once
 */
public record TableSpec(List<Column> columns) {

    /** Maps one row to its value; the value is kept only when the row has no problem. */
    @FunctionalInterface
    public interface RowMapper<T> {
        /** The row's value, or {@code null} when the row has problems. */
        T map(TypedRow row);
    }

    public TableSpec {
        columns = List.copyOf(columns);
    }

    /** A table of these columns. */
    public static TableSpec of(Column... columns) {
        return new TableSpec(List.of(columns));
    }

    /** A table of these columns. */
    public static TableSpec of(List<Column> columns) {
        return new TableSpec(columns);
    }

    /** The names the header must have, in order. */
    public List<String> requiredNames() {
        return columns.stream().filter(Column::inHeader).map(Column::name).toList();
    }

    /** Every column name, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** Refuses a table without one of the required columns, naming each (or the delimiter it seems to use). */
    public void requireColumns(CsvTable table) {
        // A column is present under its name or its older one.
        table.requireColumns(requiredNames(), name -> columns.stream()
                .anyMatch(c -> c.name().equals(name) && !c.in(table).isEmpty()));
    }

    /** Reads a file, which must exist. */
    public <T> List<T> read(Path path, List<Problem> problems, RowMapper<T> mapper) {
        return readTables(List.of(CsvTable.read(path)), problems, t -> mapper);
    }

    /** Reads a file, which must exist; the mapper is made once the table is read, so it may look at every row. */
    public <T> List<T> readWhole(Path path, List<Problem> problems, Function<CsvTable, RowMapper<T>> mapper) {
        return readTables(List.of(CsvTable.read(path)), problems, mapper);
    }

    /** Reads a file; an absent file has no rows. */
    public <T> List<T> readIfPresent(Path path, List<Problem> problems, RowMapper<T> mapper) {
        return Files.exists(path) ? read(path, problems, mapper) : List.of();
    }

    /** Reads every CSV file of a folder, sorted by name; keys are unique across the files. */
    public <T> List<T> readFolder(Path dir, List<Problem> problems, RowMapper<T> mapper) {
        return readTables(tablesIn(dir), problems, t -> mapper);
    }

    /** The cells of one column on every row of a file, valid or not. */
    public Set<String> values(Path path, Column column) {
        CsvTable table = CsvTable.read(path);
        Set<String> values = new LinkedHashSet<>();
        String header = column.in(table);
        table.rows().forEach(r -> values.add(header.isEmpty() ? "" : r.get(header)));
        return values;
    }

    private <T> List<T> readTables(List<CsvTable> tables, List<Problem> problems,
            Function<CsvTable, RowMapper<T>> mappers) {
        List<T> result = new ArrayList<>();
        TypedRow.Keys keys = new TypedRow.Keys();
        for (CsvTable table : tables) {
            requireColumns(table);
            RowMapper<T> mapper = mappers.apply(table);
            for (CsvTable.Row row : table.rows()) {
                TypedRow typed = new TypedRow(table, row, keys);
                T value = mapper.map(typed);
                if (typed.dropped()) {
                    continue;
                }
                if (typed.ok() && value != null) {
                    result.add(value);
                }
                problems.addAll(typed.problems());
            }
        }
        return result;
    }

    /** Every CSV file of a folder, sorted by name so that the order never depends on the file system. */
    static List<CsvTable> tablesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(Problem.ofFile(dir.toString(), "cannot read the folder: it does not exist"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().map(CsvTable::read).toList();
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(dir.toString(), "cannot list the folder: " + e.getMessage()));
        }
    }
}
