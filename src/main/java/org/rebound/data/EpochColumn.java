package org.rebound.data;

import static org.rebound.data.Column.date;
import static org.rebound.data.Column.number;
import static org.rebound.data.Column.text;

import java.util.EnumSet;
import java.util.Set;

/**
 * The columns of Epoch AI's "Notable AI Models" export that Rebound reads, each declared once as a {@link Column}
 * (header name, type, whether a value is required, range), read by the same machinery as the project's tables. The
 * 2026 schema renamed a few columns; both names are accepted.
 */
public enum EpochColumn {
    MODEL(text("Model").required()),
    ORGANIZATION(text("Organization").optionalInHeader()),
    PUBLICATION_DATE(date("Publication date")),
    DOMAIN(text("Domain").optionalInHeader()),
    TASK(text("Task").optionalInHeader()),
    PARAMETERS(number("Parameters").optionalInHeader()),
    TRAINING_COMPUTE(number("Training compute (FLOP)").positive()),
    TRAINING_TIME(number("Training time (hours)").positive()),
    TRAINING_HARDWARE(text("Training hardware")),
    HARDWARE_QUANTITY(number("Hardware quantity").positive()),
    COUNTRY(text("Country (of organization)").or("Country (from Organization)")),
    NUMERICAL_FORMAT(text("Numerical format").optionalInHeader()),
    LINK(text("Link").optionalInHeader()),
    CONFIDENCE(text("Confidence").optionalInHeader()),
    TRAINING_POWER_DRAW(number("Training power draw (W)").positive().optionalInHeader()),
    BASE_MODEL(text("Base model").optionalInHeader()),
    FINETUNE_COMPUTE(number("Finetune compute (FLOP)").optionalInHeader()),
    /** A share of peak, above 0 and at most 1 (checked by the reader, with its own words). */
    HARDWARE_UTILIZATION(number("Hardware utilization (MFU)").or("Hardware utilization").optionalInHeader()),
    TRAINING_COMPUTE_NOTES(text("Training compute notes").optionalInHeader()),
    /** Where a training time is Epoch's guess, its notes say so (see GuessedInputs). */
    TRAINING_TIME_NOTES(text("Training time notes").optionalInHeader()),
    /** Whether the weights are open, or the model behind an API: shown as read. */
    MODEL_ACCESSIBILITY(text("Model accessibility").optionalInHeader(), Use.SHOWN);

    /** What Rebound does with a column. */
    public enum Use {
        /** Read into its own field of a model, for the estimate. */
        ESTIMATE,
        /**
         * Kept as read and shown: a fact on model pages and a column of models.csv ({@link #csvName()}), nothing
         * else; declaring such a column here is all it takes.
         */
        SHOWN
    }

    /** Columns without which no model can be estimated: their absence stops the build. */
    public static final Set<EpochColumn> REQUIRED = required();
    /** Columns shown as read, in declaration order. */
    public static final java.util.List<EpochColumn> SHOWN = java.util.Arrays.stream(values())
            .filter(c -> c.use == Use.SHOWN).toList();

    private final Column column;
    private final Use use;

    EpochColumn(Column column) {
        this(column, Use.ESTIMATE);
    }

    EpochColumn(Column column, Use use) {
        this.column = column;
        this.use = use;
    }

    /** The column of models.csv that holds a shown column: {@code epoch_} and its header in snake case. */
    public String csvName() {
        return "epoch_" + header().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static Set<EpochColumn> required() {
        Set<EpochColumn> required = EnumSet.noneOf(EpochColumn.class);
        for (EpochColumn c : values()) {
            if (c.column.inHeader()) {
                required.add(c);
            }
        }
        return required;
    }

    /** The declared column: name (and older name), type, whether a value is required, range. */
    public Column column() {
        return column;
    }

    /** Header in the 2026 schema. */
    public String header() {
        return column.name();
    }

    /** Header in the 2025 schema (the same unless renamed). */
    public String olderHeader() {
        return column.olderName();
    }

    /** The header this table uses for the column, or empty when it has neither name. */
    String in(CsvTable table) {
        return column.in(table);
    }
}
