package org.rebound.domain;

/**
 * Production impacts of one hardware component: {@code size × perBasis + fixed}.
 *
 * @param component the component key ({@code card-die}, {@code card-memory}, {@code cpu}, {@code ram}…)
 * @param basis     what the size is measured in (cm² of die, kg, unit)
 */
public record ComponentFactor(String component, String basis, Impacts perBasis, Impacts fixed, String source) {

    /** Impacts of one component of the given size. */
    public Impacts of(double size) {
        return perBasis.times(size).plus(fixed);
    }
}
