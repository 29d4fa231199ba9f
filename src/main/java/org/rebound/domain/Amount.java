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
        double size = Math.abs(value);
        return switch (unit) {
            case "kg CO2 eq" -> size >= THOUSAND ? Num.sig(value / THOUSAND, digits) + " t CO2 eq"
                    : Num.sig(value, digits) + " kg CO2 eq";
            case "kWh" -> size >= MILLION ? Num.sig(value / MILLION, digits) + " GWh"
                    : size >= THOUSAND ? Num.sig(value / THOUSAND, digits) + " MWh" : Num.sig(value, digits) + " kWh";
            case "MJ" -> size >= MILLION ? Num.sig(value / MILLION, digits) + " TJ"
                    : size >= THOUSAND ? Num.sig(value / THOUSAND, digits) + " GJ" : Num.sig(value, digits) + " MJ";
            case "kg Sb eq" -> size >= 1 || value == 0 ? Num.sig(value, digits) + " kg Sb eq"
                    : size >= 1 / THOUSAND ? Num.sig(value * THOUSAND, digits) + " g Sb eq"
                    : Num.sig(value * MILLION, digits) + " mg Sb eq";
            case "FLOP/s" -> Num.sig(value / 1e12, digits) + " TFLOP/s";
            default -> Num.sig(value, digits) + " " + unit;
        };
    }
}
