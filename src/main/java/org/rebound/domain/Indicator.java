package org.rebound.domain;

/**
 * The life-cycle impact categories Rebound reports besides energy. Everything per indicator (impact
 * vectors, measures, factor columns, Monte Carlo ranges) is derived from this list: a new indicator is a
 * new constant here and its columns in the data files.
 */
public enum Indicator {
    /** Global warming potential, kg CO2 eq. */
    GWP("gwp", "GWP", "GWP", "kg CO2 eq", "kgco2e", "climate change"),
    /** Abiotic depletion potential, elements (metals and minerals), kg Sb eq. */
    ADPE("adpe", "ADPe", "ADPe", "kg Sb eq", "kgsbeq", "metals and minerals"),
    /** Primary energy, MJ. */
    PE("pe", "PE", "Primary energy", "MJ", "mj", "");

    /** Every indicator, in order (a shared copy of {@code values()}). */
    public static final java.util.List<Indicator> ALL = java.util.List.of(values());
    /** Number of indicators. */
    public static final int COUNT = ALL.size();

    private final String key;
    private final String label;
    private final String title;
    private final String unit;
    private final String unitKey;
    private final String meaning;

    Indicator(String key, String label, String title, String unit, String unitKey, String meaning) {
        this.key = key;
        this.label = label;
        this.title = title;
        this.unit = unit;
        this.unitKey = unitKey;
        this.meaning = meaning;
    }

    /** Label with what it means for readers, where the label alone does not say: "GWP (climate change)". */
    public String longLabel() {
        return meaning.isEmpty() ? title : label + " (" + meaning + ")";
    }

    /** Title of its measures in tables and charts ({@code Primary energy}). */
    public String title() {
        return title;
    }

    /** Key and unit as in column names: {@code gwp_kgco2e}. */
    public String column() {
        return key + "_" + unitKey;
    }

    /** Lower-case key used in files and column names ({@code gwp}). */
    public String key() {
        return key;
    }

    /** Label for readers ({@code GWP}). */
    public String label() {
        return label;
    }

    /** Unit for readers ({@code kg CO2 eq}). */
    public String unit() {
        return unit;
    }

    /** Unit as it appears in column names ({@code kgco2e}). */
    public String unitKey() {
        return unitKey;
    }
}
