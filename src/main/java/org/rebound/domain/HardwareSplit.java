package org.rebound.domain;

/**
 * How many cards of one listed hardware type a run used, as a source states it ({@code data/hardware-splits.csv}).
 * A run whose row lists several types has one row per type.
 *
 * @param model     Epoch's model name
 * @param epochName the hardware name as Epoch lists it in the row
 * @param quantity  how many of it the source states
 * @param locator   where in the source
 */
public record HardwareSplit(String model, String epochName, double quantity, String sourceTitle, String sourceUrl,
        String locator) {
}
