package org.rebound.domain;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * One value per {@link Indicator}, indexed by the indicator's ordinal. Immutable.
 */
public final class Impacts {

    /** Zero for every indicator. */
    public static final Impacts ZERO = new Impacts(new double[Indicator.COUNT]);

    private final double[] values;

    private Impacts(double[] values) {
        this.values = values;
    }

    /** A vector with one value per indicator, computed by {@code f}. */
    public static Impacts by(ToDoubleFunction<Indicator> f) {
        double[] v = new double[Indicator.COUNT];
        for (Indicator i : Indicator.ALL) {
            v[i.ordinal()] = f.applyAsDouble(i);
        }
        return new Impacts(v);
    }

    /** The value of one indicator. */
    public double get(Indicator indicator) {
        return values[indicator.ordinal()];
    }

    /** This plus {@code other}, indicator by indicator. */
    public Impacts plus(Impacts other) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] + other.values[i];
        }
        return new Impacts(v);
    }

    /** Every value multiplied by {@code factor}. */
    public Impacts times(double factor) {
        double[] v = new double[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] * factor;
        }
        return new Impacts(v);
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof Impacts other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Impacts[");
        for (Indicator i : Indicator.ALL) {
            s.append(i.ordinal() == 0 ? "" : ", ").append(i.key()).append('=').append(values[i.ordinal()]);
        }
        return s.append(']').toString();
    }
}
