package org.rebound.domain;

import java.util.List;

/**
 * Every key {@code data/parameters.yaml} must have, with the kind of value it takes. Keys are declared
 * once here; the reader rejects unknown and missing keys.
 */
public enum ParameterKey {
    SELECTION_START_DATE("selection.start-date", Kind.DATE),
    PERFORMANCE_RATIO("gpu-hours.performance-ratio", Kind.NUMBER),
    DIE_MODEL("card.die-model", Kind.CHOICE, "node", "mlca"),
    FAB_GRID_GWP("card.fab-grid-gwp-kgco2e-per-kwh", Kind.NUMBER),
    FAB_YIELD("card.fab-yield", Kind.NUMBER),
    MLCA_MEMORY_DENSITY("card.mlca-memory-density-gb-per-cm2", Kind.NUMBER),
    FALLBACK_DIE_AREA("card.fallback-die-area-cm2", Kind.NUMBER),
    FALLBACK_NODE("card.fallback-node-nm", Kind.NUMBER),
    FALLBACK_MEMORY("card.fallback-memory-gb", Kind.NUMBER),
    FALLBACK_TDP("card.fallback-tdp-w", Kind.NUMBER),
    SERVER_CARDS("server.cards", Kind.INTEGER),
    SERVER_CPUS("server.cpus", Kind.INTEGER),
    SERVER_CPU_DIE("server.cpu-die-cm2", Kind.NUMBER),
    SERVER_CPU_TDP("server.cpu-tdp-w", Kind.NUMBER),
    SERVER_RAM("server.ram-gb", Kind.NUMBER),
    SERVER_RAM_DENSITY("server.ram-density-gb-per-cm2", Kind.NUMBER),
    SERVER_RAM_MODULES("server.ram-modules", Kind.INTEGER),
    SERVER_SSD("server.ssd-gb", Kind.NUMBER),
    SERVER_SSD_DENSITY("server.ssd-density-gb-per-cm2", Kind.NUMBER),
    SERVER_POWER_SUPPLIES("server.power-supplies", Kind.INTEGER),
    SERVER_POWER_SUPPLY_KG("server.power-supply-kg", Kind.NUMBER),
    LIFESPAN("allocation.lifespan-years", Kind.NUMBER),
    HOURS_PER_YEAR("allocation.hours-per-year", Kind.NUMBER),
    UTILIZATION("allocation.utilization", Kind.NUMBER),
    USE_MODEL("use.model", Kind.CHOICE, "study", "mlca"),
    PUE_START_YEAR("use.pue-start-year", Kind.INTEGER),
    PUE_START("use.pue-start", Kind.NUMBER),
    PUE_END_YEAR("use.pue-end-year", Kind.INTEGER),
    PUE_END("use.pue-end", Kind.NUMBER),
    UNKNOWN_COUNTRY("use.unknown-country", Kind.TEXT),
    MLCA_OVERHEAD("use.mlca-overhead-ratio", Kind.NUMBER),
    MLCA_RAM_POWER("use.mlca-ram-power-w-per-gb", Kind.NUMBER),
    MLCA_CPU_USAGE("use.mlca-cpu-usage", Kind.NUMBER),
    TDP_DRAW_SHARE("use.tdp-draw-share", Kind.NUMBER),
    PUE_MULTIPLIER("uncertainty.pue-multiplier", Kind.NUMBER),
    MEMORY_DENSITY_MULTIPLIER("uncertainty.memory-density-multiplier", Kind.NUMBER),
    GRID_MULTIPLIER("uncertainty.grid-multiplier", Kind.NUMBER),
    GUESSED_INPUT_MULTIPLIER("uncertainty.guessed-input-multiplier", Kind.NUMBER),
    GUESSED_INPUT_MARKERS("uncertainty.guessed-input-markers", Kind.TEXT),
    UNCERTAINTY_DRAWS("uncertainty.draws", Kind.INTEGER),
    UNCERTAINTY_SEED("uncertainty.seed", Kind.INTEGER),
    SCENARIO_LOCATION("scenario.location", Kind.TEXT),
    SCENARIO_DECARBONIZATION_START("scenario.decarbonization-start-year", Kind.INTEGER),
    SCENARIO_DECARBONIZATION_RATES("scenario.decarbonization-rates", Kind.NUMBER_LIST),
    SCENARIO_LIFESPANS("scenario.lifespans-years", Kind.NUMBER_LIST),
    SCENARIO_UTILIZATIONS("scenario.utilizations", Kind.NUMBER_LIST),
    TRENDS_MIN_MODELS("trends.subgroup-min-models", Kind.INTEGER),
    IMPUTATION_MIN_RUNS("imputation.min-runs", Kind.INTEGER),
    PLAUSIBLE_SHARE_LOW("validation.plausible-share-low", Kind.NUMBER),
    PLAUSIBLE_SHARE_HIGH("validation.plausible-share-high", Kind.NUMBER),
    CIRCULAR_TOLERANCE("validation.circular-tolerance", Kind.NUMBER),
    MAX_SHRINK_SHARE("publish.max-shrink-share", Kind.NUMBER),
    ROWS_PER_PAGE("publish.rows-per-page", Kind.INTEGER),
    MAX_CELL_CHARS("input.max-cell-chars", Kind.INTEGER),
    MAX_ROWS("input.max-rows", Kind.INTEGER),
    MAX_HARDWARE_QUANTITY("plausible.hardware-quantity-max", Kind.INTEGER),
    MAX_TRAINING_HOURS("plausible.training-time-hours-max", Kind.NUMBER),
    MAX_COMPUTE("plausible.compute-flop-max", Kind.NUMBER);

    /** What a value must look like; {@link #label()} is how parameters.yaml's {@code type} names it. */
    public enum Kind {
        NUMBER("number"), INTEGER("integer"), NUMBER_LIST("number list"), DATE("date"), CHOICE("choice"), TEXT("text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether its values need a declared range. */
        public boolean ranged() {
            return this == NUMBER || this == INTEGER || this == NUMBER_LIST;
        }
    }

    private final String key;
    private final Kind kind;
    private final List<String> choices;

    ParameterKey(String key, Kind kind, String... choices) {
        this.key = key;
        this.kind = kind;
        this.choices = List.of(choices);
    }

    /** The key as written in the YAML file. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** Allowed values of a {@link Kind#CHOICE}. */
    public List<String> choices() {
        return choices;
    }

    /** The key written as {@code key}, if any. */
    public static java.util.Optional<ParameterKey> byKey(String key) {
        for (ParameterKey k : values()) {
            if (k.key.equals(key)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
