package org.rebound.domain;

/**
 * One step of how a number was made, so that a reader can redo it by hand. Its formula and numbers are
 * {@link Expression}s, numbers with units rather than text: the estimate never formats a number, the views do.
 *
 * @param key     stable identifier of the step ({@code gpu-hours}, {@code energy}, {@code embodied-gwp}…)
 * @param label   what the step computes
 * @param formula the formula in words and symbols (with the parameters it names, as numbers)
 * @param numbers the formula with the numbers put in
 * @param value   the result
 * @param unit    unit of the result
 */
public record DerivationStep(String key, String label, Expression formula, Expression numbers, double value,
        String unit) {

    /** A step whose formula is words only. */
    public DerivationStep(String key, String label, String formula, Expression numbers, double value, String unit) {
        this(key, label, Expression.text(formula), numbers, value, unit);
    }
}
