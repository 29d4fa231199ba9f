package org.rebound.estimate;

/**
 * The server around the cards (method §4.2).
 *
 * @param cards           cards per server
 * @param cpus            CPUs per server
 * @param cpuDieCm2       die area of one CPU, cm²
 * @param cpuTdpWatts     TDP of one CPU, W (use-model mlca only)
 * @param ramGb           RAM per server, GB
 * @param ramDensityGbPerCm2 RAM die density, GB/cm²
 * @param ramModules      number of RAM entries whose fixed part is counted
 * @param ssdGb           SSD capacity, GB
 * @param ssdDensityGbPerCm2 flash density, GB/cm²
 * @param powerSupplies   number of power supplies
 * @param powerSupplyKg   mass of one power supply, kg
 */
public record ServerConfig(int cards, int cpus, double cpuDieCm2, double cpuTdpWatts, double ramGb,
        double ramDensityGbPerCm2, int ramModules, double ssdGb, double ssdDensityGbPerCm2, int powerSupplies,
        double powerSupplyKg) {

    /** The same server with RAM dies of another density. */
    public ServerConfig withRamDensity(double gbPerCm2) {
        return new ServerConfig(cards, cpus, cpuDieCm2, cpuTdpWatts, ramGb, gbPerCm2, ramModules, ssdGb, ssdDensityGbPerCm2,
                powerSupplies, powerSupplyKg);
    }
}
