package org.rebound.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.rebound.domain.NotableModel;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * Reads Epoch AI's "Notable AI Models" CSV export by header name. Both the 2025 and the 2026 column sets
 * are known; other columns are reported once each and ignored. Missing required columns stop the read;
 * a bad value excludes only its row.
 */
public final class EpochReader {

    /** Every column of the 2026 export (47). */
    static final List<String> COLUMNS_2026 = List.of("Model", "Organization", "Publication date", "Domain", "Task",
            "Parameters", "Parameters notes", "Training compute (FLOP)", "Training compute notes", "Training dataset",
            "Training dataset size (total)", "Dataset size notes", "Confidence", "Link", "Reference", "Citations",
            "Authors", "Abstract", "Organization categorization", "Country (of organization)", "Notability criteria",
            "Notability criteria notes", "Epochs", "Training time (hours)", "Training time notes", "Training hardware",
            "Hardware quantity", "Hardware utilization (MFU)", "Training compute cost (2023 USD)", "Compute cost notes",
            "Training power draw (W)", "Base model", "Finetune compute (FLOP)", "Finetune compute notes", "Batch size",
            "Batch size notes", "Model accessibility", "Training code accessibility", "Inference code accessibility",
            "Accessibility notes", "Numerical format", "Frontier model", "Hardware acquisition cost",
            "Hardware utilization (HFU)", "Training compute cost (cloud)", "Training compute cost (upfront)",
            "Open model weights?");

    /** Every column of the February 2025 export (42). */
    static final List<String> COLUMNS_2025 = List.of("Model", "Domain", "Organization", "Organization categorization",
            "Country (from Organization)", "Authors", "Publication date", "Reference", "Link", "Citations",
            "Notability criteria", "Notability criteria notes", "Parameters", "Parameters notes",
            "Training compute (FLOP)", "Training compute notes", "Training dataset", "Training dataset notes",
            "Training dataset size (datapoints)", "Dataset size notes", "Epochs", "Training time (hours)",
            "Training time notes", "Training hardware", "Hardware quantity", "Hardware utilization",
            "Training compute cost (2023 USD)", "Compute cost notes", "Confidence", "Abstract", "Base model",
            "Finetune compute (FLOP)", "Finetune compute notes", "Batch size", "Batch size notes", "Model accessibility",
            "Training code accessibility", "Inference code accessibility", "Accessibility notes", "Frontier model",
            "Training power draw (W)", "Training compute estimation method");

    private EpochReader() {
    }

    /**
     * What an export may hold: a cell's length and the number of rows (parameters input.max-cell-chars and
     * input.max-rows), refused at the first place past them, before the export can exhaust the memory.
     */
    public record Limits(int maxCellChars, long maxRows) {
        /** No limit, for tests and tools that read an export on its own. */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Long.MAX_VALUE);

        /** The limits the parameters set. */
        public static Limits of(org.rebound.domain.Parameters p) {
            return new Limits((int) p.number(org.rebound.domain.ParameterKey.MAX_CELL_CHARS),
                    (long) p.number(org.rebound.domain.ParameterKey.MAX_ROWS));
        }
    }

    /** Reads the export from its bytes, without limits; {@code file} names it in problems. */
    public static EpochExport read(String file, byte[] bytes) {
        return read(file, bytes, Limits.NONE);
    }

    /** Reads the export from its bytes within {@code limits}; {@code file} names it in problems. */
    public static EpochExport read(String file, byte[] bytes, Limits limits) {
        // Record by record: only the typed models are kept, not every cell of the export.
        List<NotableModel> models = new ArrayList<>();
        CsvTable table;
        Text.requireNoNul(file, bytes);
        List<Problem> repeats = new ArrayList<>();
        List<Problem> cleaned = new ArrayList<>();
        try (Reader reader = Text.strictReader(bytes)) {
            table = CsvTable.scan(file, reader, header -> {
                requireColumns(header);
                // A row that repeats an earlier one cell for cell is the same entry twice: counted once, reported.
                Map<Long, Long> seen = new HashMap<>();
                long[] rows = {0};
                return row -> {
                    if (++rows[0] > limits.maxRows()) {
                        throw new InputException(new Problem(file, row.line(), 0, "found more than "
                                + org.rebound.domain.Num.count(limits.maxRows()) + " rows, expected at most that many "
                                + "(parameter input.max-rows)"));
                    }
                    row.tooLong(limits.maxCellChars(), "input.max-cell-chars").ifPresent(p -> {
                        throw new InputException(p);
                    });
                    Long first = seen.putIfAbsent(row.fingerprint(), row.line());
                    if (first != null) {
                        repeats.add(new Problem(file, row.line(), 0, "found a row identical to line " + first
                                + ", expected each model once: counted once"));
                    } else {
                        models.add(model(header, row, cleaned));
                    }
                };
            });
        } catch (java.nio.charset.CharacterCodingException e) {
            Text.decode(file, bytes); // throws with the place of the first bad byte
            throw new InputException(Problem.ofFile(file, "found bytes that are not UTF-8, expected UTF-8 text"));
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "cannot read the file: " + Problem.reason(e)));
        }
        List<Problem> warnings = new ArrayList<>(unknownColumns(table));
        warnings.addAll(cleaned);
        warnings.addAll(repeats);
        String schema = table.hasColumn(EpochColumn.COUNTRY.header()) ? "2026" : "2025";
        return new EpochExport(file, schema, sha256(bytes), models, warnings);
    }

    private static void requireColumns(CsvTable table) {
        List<Problem> missing = new ArrayList<>();
        for (EpochColumn column : EpochColumn.REQUIRED) {
            if (column.in(table).isEmpty()) {
                String expected = column.header().equals(column.olderHeader()) ? "'" + column.header() + "'"
                        : "'" + column.header() + "' (or '" + column.olderHeader() + "' in 2025 exports)";
                missing.add(new Problem(table.file(), 1, 0, "missing column " + expected
                        + ", expected Epoch AI's Notable AI Models export; found " + table.header().size() + " columns: "
                        + String.join(", ", table.header())));
            }
        }
        if (!missing.isEmpty()) {
            // A file with another delimiter misses every column: say that once, not once per column.
            Optional<Problem> delimiter = CsvTable.delimiterHint(table);
            throw new InputException(delimiter.isPresent() ? List.of(delimiter.get()) : missing);
        }
    }

    private static List<Problem> unknownColumns(CsvTable table) {
        Set<String> known = new LinkedHashSet<>(COLUMNS_2026);
        known.addAll(COLUMNS_2025);
        List<Problem> warnings = new ArrayList<>();
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            if (!known.contains(header.get(i))) {
                warnings.add(new Problem(table.file(), 1, i + 1, "unknown column '" + Cells.abbreviate(header.get(i))
                        + "' ignored, expected a column of Epoch AI's 2025 or 2026 export"));
            }
        }
        return warnings;
    }

    private static NotableModel model(CsvTable table, CsvTable.Row row, List<Problem> warnings) {
        TypedRow r = new TypedRow(table, row, new TypedRow.Keys());
        if (row.size() != table.header().size()) {
            r.add(new Problem(table.file(), row.line(), 0, "found " + row.size() + " cells, expected "
                    + table.header().size() + " as in the header: a cell is missing or a comma is not quoted"));
        }
        org.rebound.domain.Links.change(r.raw(EpochColumn.LINK.column())).ifPresent(c -> warnings.add(r.problem(
                EpochColumn.LINK.column(), "found '" + Cells.abbreviate(c.written()) + "', " + (c.linked().isEmpty()
                        ? "expected an http(s) address: the page shows it as text, not as a link"
                        : "which holds characters an address may not: the page links it percent-encoded as '"
                                + Cells.abbreviate(c.linked()) + "'"))));
        String read = r.text(EpochColumn.MODEL.column());
        String name = Names.clean(read);
        String removed = Names.removed(read);
        if (!removed.isEmpty()) {
            warnings.add(r.problem(EpochColumn.MODEL.column(), "found invisible or text-reordering characters ("
                    + removed + ") in the model's name, expected visible text: removed, the name is '"
                    + Cells.abbreviate(name) + "'"));
        }
        Optional<java.time.LocalDate> date = r.date(EpochColumn.PUBLICATION_DATE.column());
        OptionalDouble parameters = r.number(EpochColumn.PARAMETERS.column());
        OptionalDouble compute = r.number(EpochColumn.TRAINING_COMPUTE.column());
        OptionalDouble hours = r.number(EpochColumn.TRAINING_TIME.column());
        OptionalDouble quantity = r.number(EpochColumn.HARDWARE_QUANTITY.column());
        OptionalDouble powerDraw = r.number(EpochColumn.TRAINING_POWER_DRAW.column());
        OptionalDouble finetune = r.number(EpochColumn.FINETUNE_COMPUTE.column());
        Column utilization = EpochColumn.HARDWARE_UTILIZATION.column();
        OptionalDouble mfu = r.number(utilization);
        if (mfu.isPresent() && !(mfu.getAsDouble() > 0 && mfu.getAsDouble() <= 1)) {
            String header = r.header(utilization);
            r.add(utilization, "found " + r.raw(utilization) + " in column '" + header
                    + "', expected a share of peak between 0 and 1");
            mfu = OptionalDouble.empty();
        }
        return new NotableModel(
                name,
                Names.clean(r.raw(EpochColumn.ORGANIZATION.column())),
                date,
                r.raw(EpochColumn.DOMAIN.column()),
                r.raw(EpochColumn.TASK.column()),
                parameters,
                compute,
                hours,
                list(r.raw(EpochColumn.TRAINING_HARDWARE.column())),
                quantity,
                list(r.raw(EpochColumn.COUNTRY.column())),
                r.raw(EpochColumn.NUMERICAL_FORMAT.column()),
                r.raw(EpochColumn.LINK.column()),
                r.raw(EpochColumn.CONFIDENCE.column()),
                powerDraw,
                r.raw(EpochColumn.BASE_MODEL.column()),
                finetune,
                mfu,
                r.raw(EpochColumn.TRAINING_COMPUTE_NOTES.column()),
                r.raw(EpochColumn.TRAINING_TIME_NOTES.column()),
                shown(r),
                row.source(),
                r.problems());
    }

    /** The shown columns' cells as read, by header. */
    private static java.util.Map<String, String> shown(TypedRow r) {
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (EpochColumn c : EpochColumn.SHOWN) {
            shown.put(c.header(), r.raw(c.column()));
        }
        return shown;
    }

    /** Splits Epoch's comma-separated lists, trimming each item and dropping empty ones. */
    static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    /** The sha256 of some bytes, in lower-case hex: how an export, and an edition's files, are identified. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
