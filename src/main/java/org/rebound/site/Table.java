package org.rebound.site;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebound.domain.Num;

/**
 * A downloadable table: named columns, one value function each, written as CSV and as JSON with the same
 * names and the same numbers.
 */
final class Table<T> {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Column<T>(String name, String description, Function<T, Object> value) {
    }

    /** A column as the data page documents it. */
    record Doc(String name, String description) {
    }

    private final List<Column<T>> columns = new ArrayList<>();

    /**
     * Adds a column with what it holds (shown on the data page). Values: String, Number (written with
     * {@link Num#data}), OptionalDouble, or null for empty.
     */
    Table<T> column(String name, String description, Function<T, Object> value) {
        columns.add(new Column<>(name, description, value));
        return this;
    }

    List<Doc> docs() {
        return columns.stream().map(c -> new Doc(c.name(), c.description())).toList();
    }

    List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    String csv(List<T> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(names());
            for (T row : rows) {
                List<String> cells = new ArrayList<>();
                for (Column<T> c : columns) {
                    cells.add(text(c.value().apply(row)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows as a JSON array under {@code key} of {@code head}, after the fields it holds (the licence…). */
    String json(List<T> rows, ObjectNode head, String key) {
        ArrayNode array = head.putArray(key);
        for (T row : rows) {
            array.add(object(row));
        }
        return write(head);
    }

    /** One row as a JSON object. */
    ObjectNode object(T row) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Column<T> c : columns) {
            Object v = normalise(c.value().apply(row));
            if (v == null) {
                o.putNull(c.name());
            } else if (v instanceof Integer || v instanceof Long) {
                o.put(c.name(), ((Number) v).longValue());
            } else if (v instanceof Number n) {
                o.put(c.name(), new BigDecimal(Num.data(n.doubleValue())));
            } else {
                o.put(c.name(), v.toString());
            }
        }
        return o;
    }

    static String write(com.fasterxml.jackson.databind.JsonNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object normalise(Object value) {
        if (value instanceof OptionalDouble o) {
            return o.isPresent() ? o.getAsDouble() : null;
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        return value;
    }

    private static String text(Object value) {
        Object v = normalise(value);
        if (v == null) {
            return "";
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Number n) {
            return Num.data(n.doubleValue());
        }
        return CsvCells.safe(v.toString());
    }
}
