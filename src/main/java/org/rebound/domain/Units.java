package org.rebound.domain;

/** Unit conversions, in one place. */
public final class Units {
    /** mm² in one cm². */
    public static final double MM2_PER_CM2 = 100.0;
    /** W in one kW. */
    public static final double W_PER_KW = 1000.0;
    /** FLOP/s in one TFLOP/s. */
    public static final double FLOPS_PER_TFLOPS = 1e12;
    /** Seconds in one hour. */
    public static final double SECONDS_PER_HOUR = 3600.0;

    private Units() {
    }

    public static double mm2ToCm2(double mm2) {
        return mm2 / MM2_PER_CM2;
    }

    public static double wattsToKw(double watts) {
        return watts / W_PER_KW;
    }

    public static double tflopsToFlops(double tflops) {
        return tflops * FLOPS_PER_TFLOPS;
    }

    /** Decimal year of a date: 2020-07-02 → 2020.5. */
    public static double decimalYear(java.time.LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
