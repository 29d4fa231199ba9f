package org.rebound.data;

import java.util.EnumSet;
import java.util.Set;

/**
 * The columns of Epoch AI's "Notable AI Models" export that Rebound reads, by header name. The 2026
 * schema renamed a few columns; both names are accepted.
 */
public enum EpochColumn {
    MODEL("Model"),
    ORGANIZATION("Organization"),
    PUBLICATION_DATE("Publication date"),
    DOMAIN("Domain"),
    TASK("Task"),
    PARAMETERS("Parameters"),
    TRAINING_COMPUTE("Training compute (FLOP)"),
    TRAINING_TIME("Training time (hours)"),
    TRAINING_HARDWARE("Training hardware"),
    HARDWARE_QUANTITY("Hardware quantity"),
    COUNTRY("Country (of organization)", "Country (from Organization)"),
    NUMERICAL_FORMAT("Numerical format"),
    LINK("Link"),
    CONFIDENCE("Confidence"),
    TRAINING_POWER_DRAW("Training power draw (W)"),
    BASE_MODEL("Base model"),
    FINETUNE_COMPUTE("Finetune compute (FLOP)"),
    HARDWARE_UTILIZATION("Hardware utilization (MFU)", "Hardware utilization"),
    TRAINING_COMPUTE_NOTES("Training compute notes");

    /** Columns without which no model can be estimated: their absence stops the build. */
    public static final Set<EpochColumn> REQUIRED = EnumSet.of(MODEL, PUBLICATION_DATE, TRAINING_COMPUTE,
            TRAINING_TIME, TRAINING_HARDWARE, HARDWARE_QUANTITY, COUNTRY);

    private final String header;
    private final String olderHeader;

    EpochColumn(String header) {
        this(header, header);
    }

    EpochColumn(String header, String olderHeader) {
        this.header = header;
        this.olderHeader = olderHeader;
    }

    /** Header in the 2026 schema. */
    public String header() {
        return header;
    }

    /** Header in the 2025 schema (the same unless renamed). */
    public String olderHeader() {
        return olderHeader;
    }

    /** The header this table uses for the column, or empty when it has neither name. */
    String in(CsvTable table) {
        if (table.hasColumn(header)) {
            return header;
        }
        return table.hasColumn(olderHeader) ? olderHeader : "";
    }
}
