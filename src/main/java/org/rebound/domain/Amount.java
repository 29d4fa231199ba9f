package org.rebound.domain;

/**
 * A quantity written for readers in the site's one unit policy: t CO2 eq from 1 t and kg below; kWh, MWh and GWh;
 * MJ, GJ and TJ; kg Sb eq, g and mg below; FLOP as "3.1 × 10²³"; three significant digits unless asked otherwise.
 * Data files keep the measures' own units ({@code gwp_kgco2e}); only what a reader sees is scaled.
 */
public final class Amount {
    /** Significant digits a reader sees: the estimates are not more precise than that. */
    public static final int DIGITS = 3;
    private static final double THOUSAND = 1_000;
    private static final double MILLION = 1_000_000;

    private Amount() {
    }

    /** {@code value}, given in {@code unit}, with the unit of the policy: {@code of(60_600_000, "kg CO2 eq")} → "60,600 t CO2 eq". */
    public static String of(double value, String unit) {
        return of(value, unit, DIGITS);
    }

    /** The same with {@code digits} significant digits. */
    public static String of(double value, String unit, int digits) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        Scale scale = scale(value, unit);
        return scale.number(value, digits) + " " + scale.unit();
    }

    /**
     * A unit to write values in: the measure's own unit divided by {@code divisor}. A table row keeps one scale, that
     * of its largest value, so its columns read alike.
     */
    public record Scale(double divisor, String unit) {
        /** {@code value} (in the measure's own unit) in this scale, without the unit. */
        public String number(double value, int digits) {
            return Num.sig(value / divisor, digits);
        }
    }

    /** The scale of the unit policy for a value of {@code size}, given in {@code unit}. */
    public static Scale scale(double size, String unit) {
        double a = Math.abs(size);
        return switch (unit) {
            case "kg CO2 eq" -> a >= THOUSAND ? new Scale(THOUSAND, "t CO2 eq") : new Scale(1, unit);
            case "kWh" -> a >= MILLION ? new Scale(MILLION, "GWh") : a >= THOUSAND ? new Scale(THOUSAND, "MWh")
                    : new Scale(1, unit);
            case "MJ" -> a >= MILLION ? new Scale(MILLION, "TJ") : a >= THOUSAND ? new Scale(THOUSAND, "GJ")
                    : new Scale(1, unit);
            case "kg Sb eq" -> a >= 1 || a == 0 ? new Scale(1, unit) : a >= 1 / THOUSAND ? new Scale(1 / THOUSAND, "g Sb eq")
                    : new Scale(1 / MILLION, "mg Sb eq");
            case "FLOP/s" -> new Scale(1e12, "TFLOP/s");
            default -> new Scale(1, unit);
        };
    }
}
