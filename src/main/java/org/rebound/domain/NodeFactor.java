package org.rebound.domain;

/**
 * ACT's fab inputs for one logic technology node, per cm² of die area.
 */
public record NodeFactor(double nodeNm, double fabEnergyKwhPerCm2, double gasesKgCo2ePerCm2,
        double materialsKgCo2ePerCm2, String source) {

    /** GWP per cm² of good die: (fab energy × fab grid + gases + materials) / yield. */
    public double gwpKgCo2ePerCm2(double fabGridKgCo2ePerKwh, double yield) {
        return (fabEnergyKwhPerCm2 * fabGridKgCo2ePerKwh + gasesKgCo2ePerCm2 + materialsKgCo2ePerCm2) / yield;
    }
}
