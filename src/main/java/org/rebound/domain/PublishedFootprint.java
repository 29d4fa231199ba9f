package org.rebound.domain;

/**
 * A footprint the makers of a model (or a study of it) published, from {@code data/published-footprints.csv}.
 *
 * @param model    the model's name exactly as in Epoch's {@code Model} column
 * @param quantity what was published
 * @param value    the published number in the quantity's unit ({@link Quantity#unit()})
 * @param unit     the unit as the source states it
 * @param scope    what the published number covers
 * @param locator  where in the source the number is (table, section)
 * @param basis    for a GWP: how the source counted the electricity's carbon, {@link #LOCATION} (the grid where the
 *                 run took place) or {@link #MARKET} (net of the operator's renewable purchases or carbon-free
 *                 energy); empty when it does not say
 * @param kgco2ePerKwh the carbon factor of the electricity the source used, kg CO2 eq/kWh, when it states one
 */
public record PublishedFootprint(String model, Quantity quantity, double value, String unit, String scope,
        String sourceTitle, String sourceUrl, String locator, String basis, java.util.OptionalDouble kgco2ePerKwh) {

    /** A GWP counted with the average grid of where the run took place. */
    public static final String LOCATION = "location";
    /** A GWP counted net of the operator's renewable purchases or carbon-free energy. */
    public static final String MARKET = "market";

    /** A figure without a stated accounting basis or factor. */
    public PublishedFootprint(String model, Quantity quantity, double value, String unit, String scope,
            String sourceTitle, String sourceUrl, String locator) {
        this(model, quantity, value, unit, scope, sourceTitle, sourceUrl, locator, "", java.util.OptionalDouble.empty());
    }

    /** Whether the figure is a market-based GWP. */
    public boolean marketBased() {
        return MARKET.equals(basis);
    }

    /** The quantities published footprints give. */
    public enum Quantity {
        ENERGY_KWH("energy_kwh", "Energy", "kWh"),
        GWP_KGCO2E("gwp_kgco2e", "GWP", "kg CO2 eq"),
        GPU_HOURS("gpu_hours", "GPU-hours", "GPU-h");

        private final String key;
        private final String label;
        private final String unit;

        Quantity(String key, String label, String unit) {
            this.key = key;
            this.label = label;
            this.unit = unit;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }

        public static java.util.Optional<Quantity> byKey(String key) {
            return java.util.Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
        }

        public static String keys() {
            return String.join(", ", java.util.Arrays.stream(values()).map(Quantity::key).toList());
        }
    }
}
