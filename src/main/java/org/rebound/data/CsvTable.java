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
import java.util.Optional;
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

    /** Reads a UTF-8 file; an unreadable or malformed file is an {@link InputException}. */
    public static CsvTable read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(name, "cannot read the file: it does not exist or is not a file"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(name, "cannot read the file: " + Problem.reason(e)));
        }
        try {
            return read(name, new java.io.StringReader(Text.decode(name, bytes)));
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(name, "cannot read the file: " + Problem.reason(e)));
        }
    }

    /**
     * Reads CSV text one record at a time, without keeping the records: {@code start} gets the table's header
     * (a table without rows) and gives what to do with each row. For large files, such as Epoch's export. A CSV
     * syntax error, a header naming a column twice, or an empty file is an {@link InputException} with its place.
     *
     * @return the header-only table
     */
    public static CsvTable scan(String file, Reader reader, Function<CsvTable, Consumer<Row>> start) throws IOException {
        CsvTable table = null;
        Consumer<Row> each = null;
        CountingReader counted = new CountingReader(reader);
        try (CSVParser parser = CSVParser.parse(counted, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                // The parser is on the record's last line; blank lines it skipped before the record are not part of it.
                long first = parser.getCurrentLineNumber() - lineBreaks(values);
                if (table == null) {
                    table = new CsvTable(file, header(file, values), List.of());
                    each = start.apply(table);
                    continue;
                }
                each.accept(table.new Row(first, values));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException coding) {
                throw coding; // the caller, who has the bytes, says where
            }
            throw new InputException(syntaxProblem(file, e, counted));
        }
        if (table == null) {
            throw new InputException(Problem.ofFile(file, "the file is empty, expected a header row"));
        }
        return table;
    }

    /** The line breaks inside a record's cells, counted as the parser counts lines (CR LF once, a lone CR or LF once). */
    static long lineBreaks(List<String> values) {
        long breaks = 0;
        for (String v : values) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\r' || c == '\n') {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /**
     * The problem of a record the parser refused, from positions, never from the parser's message: {@code text} (the
     * reader the parser read, following the same rules) tells which RFC 4180 rule the input broke first and where, counting
     * lines as the parser does. Anything else is named as malformed CSV, with the exception's first line.
     */
    static Problem syntaxProblem(String file, RuntimeException e, CountingReader text) {
        switch (text.fault()) {
            case CHARACTER_AFTER_CLOSING_QUOTE -> {
                return new Problem(file, text.faultLine(), text.afterClosingQuote(text.faultLine()), "found a character after "
                        + "a closing quote, expected a comma or the end of the line: a quote inside a quoted cell must be "
                        + "doubled (\"\")");
            }
            case END_INSIDE_QUOTED_CELL -> {
                return new Problem(file, text.faultLine(), 0, "found the end of the file inside a quoted cell "
                        + "that starts on this line, expected its closing quote: the file may be truncated");
            }
            default -> {
                Throwable shown = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
                return Problem.ofFile(file, "found malformed CSV (" + Problem.firstLine(String.valueOf(
                        shown.getMessage())) + "), expected RFC 4180 CSV with ',' between cells and '\"' around cells "
                        + "that hold one");
            }
        }
    }

    /** The header row, without a byte-order mark; a column named twice is refused. */
    private static List<String> header(String file, List<String> values) {
        List<String> header = header(values);
        Map<String, Integer> first = new HashMap<>();
        List<Problem> twice = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Integer before = first.putIfAbsent(header.get(i), i);
            if (before != null && !header.get(i).isEmpty()) {
                twice.add(new Problem(file, 1, i + 1, "found column '" + header.get(i) + "' a second time (it is also "
                        + "column " + (before + 1) + "), expected each column once"));
            }
        }
        if (!twice.isEmpty()) {
            throw new InputException(twice);
        }
        return header;
    }

    /** The header row, without a byte-order mark, each name without the spaces around it. */
    private static List<String> header(List<String> values) {
        List<String> header = new ArrayList<>(values);
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        header.replaceAll(String::strip);
        return header;
    }

    /**
     * A reader that remembers its last lines, to find the column of a syntax error on one of them, and follows the
     * RFC 4180 rules the parser applies (as Commons CSV's RFC 4180 format does: a quote opens a quoted cell only as its
     * first character, a doubled quote inside one is text, spaces may follow the closing quote), to tell which one the
     * input broke first and where.
     */
    static final class CountingReader extends java.io.FilterReader {
        /** The first RFC 4180 rule the text read breaks, if any. */
        enum Fault { NONE, CHARACTER_AFTER_CLOSING_QUOTE, END_INSIDE_QUOTED_CELL }

        private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }
        /** How many of the last lines are kept (the parser reads ahead of the record it reports). */
        private static final int KEPT_LINES = 256;
        private final java.util.ArrayDeque<String> lines = new java.util.ArrayDeque<>();
        private final StringBuilder current = new StringBuilder();
        private long lineNumber = 1;
        private State state = State.CELL_START;
        private Fault fault = Fault.NONE;
        /** Line breaks read, counted as the parser counts them (CR LF once, a lone CR or LF once). */
        private long breaks;
        private boolean afterCr;
        private long quotedCellLine;
        private long faultLine;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                seen((char) c);
            } else {
                ended();
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            // The kept lines take the text in runs, one append per line: a char at a time was most of a read's time.
            int lineStart = offset;
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                follow(c);
                if (c == '\n') {
                    current.append(buffer, lineStart, i - lineStart);
                    endLine();
                    lineStart = i + 1;
                }
            }
            if (n > 0) {
                current.append(buffer, lineStart, offset + n - lineStart);
            }
            if (n < 0) {
                ended();
            }
            return n;
        }

        /** The first rule broken by the text read so far. */
        Fault fault() {
            return fault;
        }

        /** The line of the fault: of the stray character, or where the unclosed quoted cell starts; 0 without one. */
        long faultLine() {
            return faultLine;
        }

        private void ended() {
            if (fault == Fault.NONE && state == State.QUOTED) {
                fault = Fault.END_INSIDE_QUOTED_CELL;
                faultLine = quotedCellLine;
            }
        }

        private void follow(char c) {
            boolean lineBreak = c == '\r' || c == '\n';
            long line = breaks + 1;
            if (c == '\r' || (c == '\n' && !afterCr)) {
                breaks++;
            }
            afterCr = c == '\r';
            if (fault != Fault.NONE) {
                return;
            }
            if (state == State.QUOTE_IN_QUOTED) {
                if (c == '"') {
                    state = State.QUOTED;
                    return;
                }
                state = State.AFTER_CLOSING_QUOTE;
            }
            switch (state) {
                case CELL_START -> state = c == '"' ? State.QUOTED : c == ',' || lineBreak ? State.CELL_START
                        : State.UNQUOTED;
                case UNQUOTED -> state = c == ',' || lineBreak ? State.CELL_START : State.UNQUOTED;
                case QUOTED -> state = c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                default -> {
                    if (c == ',' || lineBreak) {
                        state = State.CELL_START;
                    } else if (!Character.isWhitespace(c)) {
                        fault = Fault.CHARACTER_AFTER_CLOSING_QUOTE;
                        faultLine = line;
                    }
                }
            }
            if (state == State.QUOTED && c == '"') {
                quotedCellLine = line;
            }
        }

        private void seen(char c) {
            follow(c);
            if (c == '\n') {
                endLine();
            } else {
                current.append(c);
            }
        }

        private void endLine() {
            lines.addLast(current.toString());
            if (lines.size() > KEPT_LINES) {
                lines.removeFirst();
            }
            current.setLength(0);
            lineNumber++;
        }

        /** The text of a line read, if it is among the last ones kept. */
        private java.util.Optional<String> line(long number) {
            if (number == lineNumber) {
                return java.util.Optional.of(current.toString());
            }
            long first = lineNumber - lines.size();
            if (number < first || number >= lineNumber) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(lines.stream().skip(number - first).findFirst().orElse(""));
        }

        /**
         * The 1-based column of the first character after a closing quote that is neither a comma nor the end of the
         * line, on {@code number}; 0 when the line is not kept or holds none.
         */
        int afterClosingQuote(long number) {
            String text = line(number).orElse("");
            boolean quoted = false;
            boolean atCellStart = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                        if (i + 1 < text.length() && text.charAt(i + 1) != ',' && text.charAt(i + 1) != '\r') {
                            return i + 2;
                        }
                    }
                } else if (c == '"' && atCellStart) {
                    quoted = true;
                }
                atCellStart = !quoted && c == ',';
            }
            return 0;
        }
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
        requireColumns(required, this::hasColumn);
    }

    /** Fails with one problem per missing column when one of {@code required} is not {@code present}. */
    void requireColumns(List<String> required, java.util.function.Predicate<String> present) {
        List<Problem> missing = new ArrayList<>();
        for (String column : required) {
            if (!present.test(column)) {
                missing.add(new Problem(file, 1, 0, "missing column '" + column + "', expected the header to have: "
                        + String.join(", ", required) + "; found: " + String.join(", ", header)));
            }
        }
        if (!missing.isEmpty()) {
            java.util.Optional<Problem> delimiter = delimiterHint(this);
            throw new InputException(delimiter.isPresent() ? List.of(delimiter.get()) : missing);
        }
    }

    /** When the header is one column holding ';' or tabs, a problem saying the file seems to use that delimiter. */
    static java.util.Optional<Problem> delimiterHint(CsvTable table) {
        if (table.header.size() != 1) {
            return java.util.Optional.empty();
        }
        String only = table.header.get(0);
        for (String delimiter : List.of(";", "\t", "|")) {
            if (only.contains(delimiter)) {
                String shown = delimiter.equals("\t") ? "a tab" : "'" + delimiter + "'";
                return java.util.Optional.of(new Problem(table.file, 1, 1, "found one column holding " + shown
                        + ", expected columns separated by ',': the file seems to use " + shown
                        + " as its delimiter; export it as comma-separated CSV"));
            }
        }
        return java.util.Optional.empty();
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

        /** A 64-bit FNV-1a hash of every cell as written: equal rows have equal fingerprints. */
        public long fingerprint() {
            long h = 0xcbf29ce484222325L;
            for (String v : values) {
                for (int i = 0; i < v.length(); i++) {
                    h = (h ^ v.charAt(i)) * 0x100000001b3L;
                }
                h = (h ^ 0x1F) * 0x100000001b3L; // a separator, so that ("ab", "c") differs from ("a", "bc")
            }
            return h;
        }

        /** Number of fields on this row, to detect ragged rows. */
        public int size() {
            return values.size();
        }

        /** The first cell longer than {@code maxChars}, as a problem at its place, if any. */
        public Optional<Problem> tooLong(int maxChars, String parameter) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).length() > maxChars) {
                    String column = i < header.size() ? " in column '" + Cells.abbreviate(header.get(i)) + "'" : "";
                    return Optional.of(new Problem(file, line, i + 1, "found a cell of "
                            + org.rebound.domain.Num.count(values.get(i).length()) + " characters" + column
                            + ", expected at most " + org.rebound.domain.Num.count(maxChars) + " (parameter " + parameter
                            + ")"));
                }
            }
            return Optional.empty();
        }
    }
}
