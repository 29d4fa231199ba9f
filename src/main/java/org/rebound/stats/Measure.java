package org.rebound.stats;

import java.util.ArrayList;
import java.util.List;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.LcaKernel;

/**
 * Every reported measure of a model: its column in downloads, its title and unit for tables and chart
 * axes, and how to read it from a footprint. Training compute, GPU-hours and energy, then for each
 * {@link Indicator} its total, production and electricity, derived from the indicator.
 */
public final class Measure {

    /** Significant digits shown to readers: the estimates are not more precise than that. */
    public static final int DISPLAY_DIGITS = 3;

    /** How a measure is read from a model and its footprint. */
    @FunctionalInterface
    interface Value {
        double of(NotableModel model, LcaKernel.Output footprint);
    }

    /** The parts of an indicator that are measured. */
    enum Part {
        TOTAL("", ""),
        PRODUCTION("_embodied", ", production"),
        ELECTRICITY("_use", ", electricity");

        private final String columnInfix;
        private final String titleSuffix;

        Part(String columnInfix, String titleSuffix) {
            this.columnInfix = columnInfix;
            this.titleSuffix = titleSuffix;
        }

        double of(Indicator i, LcaKernel.Output f) {
            return switch (this) {
                case TOTAL -> f.total(i);
                case PRODUCTION -> f.production(i);
                case ELECTRICITY -> f.electricity(i);
            };
        }
    }

    private static final List<Measure> ALL = new ArrayList<>();

    /** Training compute from Epoch AI, FLOP (0 when unknown). */
    public static final Measure TRAINING_COMPUTE = add(new Measure("training_compute_flop", "Training compute", "FLOP",
            (m, f) -> m.trainingComputeFlop().orElse(0)));
    /** GPU-hours of the run. */
    public static final Measure GPU_HOURS = add(new Measure("gpu_hours", "GPU-hours", "GPU-h",
            (m, f) -> f.gpuHours()));
    /** Electricity of the run. */
    public static final Measure ENERGY = add(new Measure("energy_kwh", "Energy", "kWh", (m, f) -> f.energyKwh()));

    static {
        for (Indicator i : Indicator.ALL) {
            for (Part p : Part.values()) {
                add(new Measure(i.key() + p.columnInfix + "_" + i.unitKey(), i.title() + p.titleSuffix, i.unit(),
                        (m, f) -> p.of(i, f)));
            }
        }
    }

    /** GWP of production and electricity. */
    public static final Measure GWP = of(Indicator.GWP, Part.TOTAL);
    /** GWP of the production allocated to the run. */
    public static final Measure GWP_EMBODIED = of(Indicator.GWP, Part.PRODUCTION);
    /** GWP of the electricity. */
    public static final Measure GWP_USE = of(Indicator.GWP, Part.ELECTRICITY);
    /** ADPe of production and electricity. */
    public static final Measure ADPE = of(Indicator.ADPE, Part.TOTAL);
    /** ADPe of the production allocated to the run. */
    public static final Measure ADPE_EMBODIED = of(Indicator.ADPE, Part.PRODUCTION);
    /** ADPe of the electricity. */
    public static final Measure ADPE_USE = of(Indicator.ADPE, Part.ELECTRICITY);
    /** Primary energy of production and electricity. */
    public static final Measure PE = of(Indicator.PE, Part.TOTAL);
    /** Primary energy of the production allocated to the run. */
    public static final Measure PE_EMBODIED = of(Indicator.PE, Part.PRODUCTION);
    /** Primary energy of the electricity. */
    public static final Measure PE_USE = of(Indicator.PE, Part.ELECTRICITY);

    private static final List<Measure> VALUES = List.copyOf(ALL);

    private final String column;
    private final String title;
    private final String unit;
    private final Value value;

    private Measure(String column, String title, String unit, Value value) {
        this.column = column;
        this.title = title;
        this.unit = unit;
        this.value = value;
    }

    private static Measure add(Measure m) {
        ALL.add(m);
        return m;
    }

    private static Measure of(Indicator i, Part p) {
        String column = i.key() + p.columnInfix + "_" + i.unitKey();
        return ALL.stream().filter(m -> m.column.equals(column)).findFirst().orElseThrow();
    }

    /** Every measure, in the order of downloads: compute, GPU-hours, energy, then each indicator's three. */
    public static List<Measure> values() {
        return VALUES;
    }

    /** Every measure whose value depends on the footprint (all but training compute), in order. */
    public static List<Measure> footprintMeasures() {
        return VALUES.subList(1, VALUES.size());
    }

    /** Column in downloads ({@code gwp_embodied_kgco2e}). */
    public String column() {
        return column;
    }

    /** Title for readers ({@code GWP, production}). */
    public String title() {
        return title;
    }

    /** Unit for readers ({@code kg CO2 eq}). */
    public String unit() {
        return unit;
    }

    /** The value of an estimate. */
    public double of(Estimate e) {
        return value.of(e.model(), e.footprint());
    }

    /** The value of a model with another footprint (a scenario, a Monte Carlo draw). */
    public double of(NotableModel model, LcaKernel.Output footprint) {
        return value.of(model, footprint);
    }

    /** Title with unit: "GWP (kg CO2 eq)". */
    public String titleWithUnit() {
        return title + " (" + unit + ")";
    }

    @Override
    public String toString() {
        return column;
    }
}
