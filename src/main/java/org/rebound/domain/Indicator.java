package org.rebound.domain;

/** The three life-cycle impact categories Rebound reports besides energy. */
public enum Indicator {
    /** Global warming potential, kg CO2 eq. */
    GWP("gwp", "GWP", "kg CO2 eq", "kgco2e"),
    /** Abiotic depletion potential, elements (metals and minerals), kg Sb eq. */
    ADPE("adpe", "ADPe", "kg Sb eq", "kgsbeq"),
    /** Primary energy, MJ. */
    PE("pe", "PE", "MJ", "mj");

    private final String key;
    private final String label;
    private final String unit;
    private final String unitKey;

    Indicator(String key, String label, String unit, String unitKey) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.unitKey = unitKey;
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
