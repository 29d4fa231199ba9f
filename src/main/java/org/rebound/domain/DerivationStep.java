package org.rebound.domain;

/**
 * One step of how a number was made, so that a reader can redo it by hand.
 *
 * @param key     stable identifier of the step ({@code gpu-hours}, {@code energy}, {@code embodied-gwp}…)
 * @param label   what the step computes
 * @param formula the formula in words and symbols
 * @param numbers the formula with the numbers put in
 * @param value   the result
 * @param unit    unit of the result
 */
public record DerivationStep(String key, String label, String formula, String numbers, double value, String unit) {
}
