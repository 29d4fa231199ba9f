package org.rebound.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rebound.domain.SourceRef;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * A CSV file with a header row, read whole, with the line where each record starts (quoted fields may
 * span lines) so that problems can be reported as {@code file:line:column}.
 */
public final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;

    private record RawRow(long line, List<String> values) {
    }

    private CsvTable(String file, List<String> header, List<RawRow> raw) {
        this.file = file;
        this.header = List.copyOf(header);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        this.columnIndex = index;
        List<Row> rows = new ArrayList<>(raw.size());
        for (RawRow r : raw) {
            rows.add(new Row(r.line(), r.values()));
        }
        this.rows = List.copyOf(rows);
    }

    /** Reads a UTF-8 file; an unreadable file is an {@link InputException}. */
    public static CsvTable read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(name, "cannot read the file: it does not exist or is not a file"));
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(Problem.ofFile(name, "cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Reads CSV text one record at a time, without keeping the records: {@code start} gets the table's header
     * (a table without rows) and gives what to do with each row. For large files, such as Epoch's export.
     *
     * @return the header-only table
     */
    public static CsvTable scan(String file, Reader reader, Function<CsvTable, Consumer<Row>> start) throws IOException {
        CsvTable table = null;
        Consumer<Row> each = null;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                long first = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                List<String> values = record.toList();
                if (table == null) {
                    table = new CsvTable(file, header(values), List.of());
                    each = start.apply(table);
                    continue;
                }
                each.accept(table.new Row(first, values));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new InputException(Problem.ofFile(file, "not a readable CSV file: " + e.getMessage()));
        }
        if (table == null) {
            throw new InputException(Problem.ofFile(file, "the file is empty, expected a header row"));
        }
        return table;
    }

    /** The header row, without a byte-order mark. */
    private static List<String> header(List<String> values) {
        List<String> header = new ArrayList<>(values);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        return header;
    }

    /** Reads CSV text; {@code file} names it in problems. */
    public static CsvTable read(String file, Reader reader) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        CsvTable header = scan(file, reader, table -> row -> rows.add(new RawRow(row.line, row.values)));
        return new CsvTable(file, header.header(), rows);
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    /** 1-based column number of a header name, 0 when absent. */
    public int columnNumber(String column) {
        Integer i = columnIndex.get(column);
        return i == null ? 0 : i + 1;
    }

    /**
     * Fails with one problem per missing column when any of {@code required} is absent.
     */
    public void requireColumns(List<String> required) {
        List<Problem> missing = new ArrayList<>();
        for (String column : required) {
            if (!hasColumn(column)) {
                missing.add(new Problem(file, 1, 0, "missing column '" + column + "', expected the header to have: "
                        + String.join(", ", required) + "; found: " + String.join(", ", header)));
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(missing);
        }
    }

    /** One data record. {@code line} is the 1-based line where it starts. */
    public final class Row {
        private final long line;
        private final List<String> values;

        private Row(long line, List<String> values) {
            this.line = line;
            this.values = List.copyOf(values);
        }

        public long line() {
            return line;
        }

        public SourceRef source() {
            return new SourceRef(file, line);
        }

        /** The trimmed cell of {@code column}, empty when the column or the cell is absent. */
        public String get(String column) {
            Integer i = columnIndex.get(column);
            if (i == null || i >= values.size()) {
                return "";
            }
            return values.get(i).strip();
        }

        /** A problem located at this row and {@code column}. */
        public Problem problem(String column, String message) {
            return new Problem(file, line, columnNumber(column), message);
        }

        /** Number of fields on this row, to detect ragged rows. */
        public int size() {
            return values.size();
        }
    }
}
