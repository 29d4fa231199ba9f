package org.rebound.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A yearly everyday quantity a training run's footprint is compared with, from
 * {@code data/everyday-comparisons.csv}: what one person emits in a year, what one household's electricity is.
 *
 * @param id          the row's stable name ({@code world-person-year})
 * @param quantity    what it compares with: the run's GWP or its electricity
 * @param value       one subject's amount in a year, in the quantity's unit ({@link Quantity#unit()})
 * @param one         one subject and its verb, to say "as much as {one} in about 3 months" ("one person emits")
 * @param many        several subjects and their verb, to say "as much as about 1,400 {many} in a year" ("people
 *                    emit")
 * @param description what the value is, in words
 * @param year        the year the value covers
 * @param sourceQuote what the source says, word for word
 */
public record EverydayComparison(String id, Quantity quantity, double value, String one, String many,
        String description, int year, String sourceTitle, String sourceUrl, String sourceQuote) {

    /** The footprints a run can be compared by, each in one unit. */
    public enum Quantity {
        /** The run's carbon footprint, production and electricity. */
        GWP_KGCO2E("gwp_kgco2e", "kg CO2 eq"),
        /** The run's electricity. */
        ENERGY_KWH("energy_kwh", "kWh");

        private final String key;
        private final String unit;

        Quantity(String key, String unit) {
            this.key = key;
            this.unit = unit;
        }

        /** The key the data file uses. */
        public String key() {
            return key;
        }

        /** The unit every value of this quantity is written in. */
        public String unit() {
            return unit;
        }

        public static Optional<Quantity> byKey(String key) {
            return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
        }

        /** Every key, for messages: "gwp_kgco2e, energy_kwh". */
        public static String keys() {
            return String.join(", ", Arrays.stream(values()).map(Quantity::key).toList());
        }
    }
}
