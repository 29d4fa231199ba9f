package org.rebound.domain;

/**
 * A vector of the three impact categories.
 *
 * @param gwpKgCo2e  global warming potential, kg CO2 eq
 * @param adpeKgSbEq abiotic depletion potential (elements), kg Sb eq
 * @param peMj       primary energy, MJ
 */
public record Impacts(double gwpKgCo2e, double adpeKgSbEq, double peMj) {

    public static final Impacts ZERO = new Impacts(0, 0, 0);

    public Impacts plus(Impacts other) {
        return new Impacts(gwpKgCo2e + other.gwpKgCo2e, adpeKgSbEq + other.adpeKgSbEq, peMj + other.peMj);
    }

    public Impacts times(double factor) {
        return new Impacts(gwpKgCo2e * factor, adpeKgSbEq * factor, peMj * factor);
    }

    public double get(Indicator indicator) {
        return switch (indicator) {
            case GWP -> gwpKgCo2e;
            case ADPE -> adpeKgSbEq;
            case PE -> peMj;
        };
    }

    /** A vector with one value per indicator, computed by {@code f}. */
    public static Impacts of(java.util.function.ToDoubleFunction<Indicator> f) {
        return new Impacts(f.applyAsDouble(Indicator.GWP), f.applyAsDouble(Indicator.ADPE), f.applyAsDouble(Indicator.PE));
    }
}
