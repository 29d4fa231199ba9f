package org.rebound.stats;

import java.util.function.ToDoubleFunction;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;

/**
 * Every reported measure of a model, declared once: its column in downloads, its title and unit for
 * tables and chart axes, and how to read it from an estimate.
 */
public enum Measure {
    TRAINING_COMPUTE("training_compute_flop", "Training compute", "FLOP", e -> e.model().trainingComputeFlop().orElse(0)),
    GPU_HOURS("gpu_hours", "GPU-hours", "GPU-h", Estimate::gpuHours),
    ENERGY("energy_kwh", "Energy", "kWh", Estimate::energyKwh),
    GWP("gwp_kgco2e", "GWP", "kg CO2 eq", e -> e.total().gwpKgCo2e()),
    GWP_EMBODIED("gwp_embodied_kgco2e", "GWP, production", "kg CO2 eq", e -> e.embodied().gwpKgCo2e()),
    GWP_USE("gwp_use_kgco2e", "GWP, electricity", "kg CO2 eq", e -> e.use().gwpKgCo2e()),
    ADPE("adpe_kgsbeq", "ADPe", "kg Sb eq", e -> e.total().adpeKgSbEq()),
    ADPE_EMBODIED("adpe_embodied_kgsbeq", "ADPe, production", "kg Sb eq", e -> e.embodied().adpeKgSbEq()),
    ADPE_USE("adpe_use_kgsbeq", "ADPe, electricity", "kg Sb eq", e -> e.use().adpeKgSbEq()),
    PE("pe_mj", "Primary energy", "MJ", e -> e.total().peMj()),
    PE_EMBODIED("pe_embodied_mj", "Primary energy, production", "MJ", e -> e.embodied().peMj()),
    PE_USE("pe_use_mj", "Primary energy, electricity", "MJ", e -> e.use().peMj());

    /** Significant digits shown to readers: the estimates are not more precise than that. */
    public static final int DISPLAY_DIGITS = 3;

    private final String column;
    private final String title;
    private final String unit;
    private final ToDoubleFunction<Estimate> value;

    Measure(String column, String title, String unit, ToDoubleFunction<Estimate> value) {
        this.column = column;
        this.title = title;
        this.unit = unit;
        this.value = value;
    }

    public String column() {
        return column;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public double of(Estimate e) {
        return value.applyAsDouble(e);
    }

    /** Title with unit: "GWP (kg CO2 eq)". */
    public String titleWithUnit() {
        return title + " (" + unit + ")";
    }

    /** The total, production and electricity measures of an indicator. */
    public static Measure[] forIndicator(Indicator indicator) {
        return switch (indicator) {
            case GWP -> new Measure[] {GWP, GWP_EMBODIED, GWP_USE};
            case ADPE -> new Measure[] {ADPE, ADPE_EMBODIED, ADPE_USE};
            case PE -> new Measure[] {PE, PE_EMBODIED, PE_USE};
        };
    }
}
