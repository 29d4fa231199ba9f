package org.rebound.estimate;

import java.time.LocalDate;
import org.rebound.domain.Edition;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;

/**
 * The parameters of {@code data/parameters.yaml}, typed for the estimation.
 *
 * @param startDate, endDate     publication dates a model must fall in
 * @param performanceRatio       r of GPU-h2
 * @param dieModel               {@code node} or {@code mlca}
 * @param useModel               {@code study} or {@code mlca}
 * @param gridScale              multiplies grid factors by publication year (1 in the baseline; scenarios change it)
 * @param location               every run in this country's grid (location shifting); empty in the baseline
 */
public record Assumptions(
        LocalDate startDate,
        LocalDate endDate,
        double performanceRatio,
        DieModel dieModel,
        double fabGridKgCo2ePerKwh,
        double fabYield,
        double mlcaMemoryDensityGbPerCm2,
        double fallbackDieAreaCm2,
        double fallbackNodeNm,
        double fallbackMemoryGb,
        double fallbackTdpWatts,
        ServerConfig server,
        double lifespanYears,
        double hoursPerYear,
        double utilization,
        UseModel useModel,
        int pueStartYear,
        double pueStart,
        int pueEndYear,
        double pueEnd,
        String unknownCountry,
        double mlcaOverheadRatio,
        double mlcaRamPowerWattsPerGb,
        double mlcaCpuUsage,
        double tdpDrawShare,
        GridScale gridScale,
        java.util.Optional<String> location) {

    /** How the production impacts of a card's dies are computed. */
    public enum DieModel { NODE, MLCA }

    /** How the use phase is computed. */
    public enum UseModel { STUDY, MLCA }

    /** A multiplier of grid factors by year; the baseline is 1 every year. */
    @FunctionalInterface
    public interface GridScale {
        double at(int year);

        GridScale NONE = year -> 1.0;
    }

    public static Assumptions from(Parameters p, Edition edition) {
        ServerConfig server = new ServerConfig(
                (int) p.number(ParameterKey.SERVER_CARDS),
                (int) p.number(ParameterKey.SERVER_CPUS),
                p.number(ParameterKey.SERVER_CPU_DIE),
                p.number(ParameterKey.SERVER_CPU_TDP),
                p.number(ParameterKey.SERVER_RAM),
                p.number(ParameterKey.SERVER_RAM_DENSITY),
                (int) p.number(ParameterKey.SERVER_RAM_MODULES),
                p.number(ParameterKey.SERVER_SSD),
                p.number(ParameterKey.SERVER_SSD_DENSITY),
                (int) p.number(ParameterKey.SERVER_POWER_SUPPLIES),
                p.number(ParameterKey.SERVER_POWER_SUPPLY_KG));
        return new Assumptions(
                p.get(ParameterKey.SELECTION_START_DATE).date(),
                edition.endDate(),
                p.number(ParameterKey.PERFORMANCE_RATIO),
                DieModel.valueOf(p.text(ParameterKey.DIE_MODEL).toUpperCase(java.util.Locale.ROOT)),
                p.number(ParameterKey.FAB_GRID_GWP),
                p.number(ParameterKey.FAB_YIELD),
                p.number(ParameterKey.MLCA_MEMORY_DENSITY),
                p.number(ParameterKey.FALLBACK_DIE_AREA),
                p.number(ParameterKey.FALLBACK_NODE),
                p.number(ParameterKey.FALLBACK_MEMORY),
                p.number(ParameterKey.FALLBACK_TDP),
                server,
                p.number(ParameterKey.LIFESPAN),
                p.number(ParameterKey.HOURS_PER_YEAR),
                p.number(ParameterKey.UTILIZATION),
                UseModel.valueOf(p.text(ParameterKey.USE_MODEL).toUpperCase(java.util.Locale.ROOT)),
                (int) p.number(ParameterKey.PUE_START_YEAR),
                p.number(ParameterKey.PUE_START),
                (int) p.number(ParameterKey.PUE_END_YEAR),
                p.number(ParameterKey.PUE_END),
                p.text(ParameterKey.UNKNOWN_COUNTRY),
                p.number(ParameterKey.MLCA_OVERHEAD),
                p.number(ParameterKey.MLCA_RAM_POWER),
                p.number(ParameterKey.MLCA_CPU_USAGE),
                p.number(ParameterKey.TDP_DRAW_SHARE),
                GridScale.NONE,
                java.util.Optional.empty());
    }

    /** Every run in the grid of one country (location shifting). */
    public Assumptions withLocation(String iso3) {
        return new Assumptions(startDate, endDate, performanceRatio, dieModel, fabGridKgCo2ePerKwh, fabYield,
                mlcaMemoryDensityGbPerCm2, fallbackDieAreaCm2, fallbackNodeNm, fallbackMemoryGb, fallbackTdpWatts, server,
                lifespanYears, hoursPerYear, utilization, useModel, pueStartYear, pueStart, pueEndYear, pueEnd,
                unknownCountry, mlcaOverheadRatio, mlcaRamPowerWattsPerGb, mlcaCpuUsage, tdpDrawShare, gridScale,
                java.util.Optional.of(iso3));
    }

    /** PUE of a run published in {@code year}: linear between the two anchors, constant outside. */
    public double pue(int year) {
        if (year <= pueStartYear) {
            return pueStart;
        }
        if (year >= pueEndYear) {
            return pueEnd;
        }
        return pueStart + (pueEnd - pueStart) * (year - pueStartYear) / (double) (pueEndYear - pueStartYear);
    }

    /** Hours of use over the hardware's life that a run's hours are divided by. */
    public double usefulLifeHours() {
        return lifespanYears * hoursPerYear * utilization;
    }

    public Assumptions withServer(ServerConfig other) {
        return new Assumptions(startDate, endDate, performanceRatio, dieModel, fabGridKgCo2ePerKwh, fabYield,
                mlcaMemoryDensityGbPerCm2, fallbackDieAreaCm2, fallbackNodeNm, fallbackMemoryGb, fallbackTdpWatts, other,
                lifespanYears, hoursPerYear, utilization, useModel, pueStartYear, pueStart, pueEndYear, pueEnd,
                unknownCountry, mlcaOverheadRatio, mlcaRamPowerWattsPerGb, mlcaCpuUsage, tdpDrawShare, gridScale, location);
    }

    public Assumptions withGridScale(GridScale scale) {
        return new Assumptions(startDate, endDate, performanceRatio, dieModel, fabGridKgCo2ePerKwh, fabYield,
                mlcaMemoryDensityGbPerCm2, fallbackDieAreaCm2, fallbackNodeNm, fallbackMemoryGb, fallbackTdpWatts, server,
                lifespanYears, hoursPerYear, utilization, useModel, pueStartYear, pueStart, pueEndYear, pueEnd,
                unknownCountry, mlcaOverheadRatio, mlcaRamPowerWattsPerGb, mlcaCpuUsage, tdpDrawShare, scale, location);
    }
}
