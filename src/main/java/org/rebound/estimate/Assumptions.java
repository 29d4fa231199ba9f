package org.rebound.estimate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rebound.domain.Edition;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;

/**
 * The parameters of {@code data/parameters.yaml}, typed for the estimation, grouped by what they are about: which
 * models, GPU-hours, the production of a card, the server, how production is allocated to a run, the use phase and
 * the grid. The estimator reads the selection, GPU-hours, fallback TDP, server and grid ones directly; the groups
 * gather the rest. Copies that change one part (a scenario's) are made with {@link #toBuilder()}.
 *
 * @param startDate, endDate     publication dates a model must fall in
 * @param performanceRatio       r of GPU-h2
 * @param fallbackTdpWatts       TDP of a card whose catalogue row has none
 * @param unknownCountry         the grid of a run whose organisation's country is unknown
 * @param gridScale              multiplies grid factors by publication year (1 in the baseline; scenarios change it)
 * @param location               every run in this country's grid (location shifting); empty in the baseline
 */
public record Assumptions(
        LocalDate startDate,
        LocalDate endDate,
        double performanceRatio,
        Production production,
        double fallbackTdpWatts,
        ServerConfig server,
        Allocation allocation,
        Use use,
        String unknownCountry,
        GridScale gridScale,
        Optional<String> location,
        Ranges ranges) {

    public Assumptions {
        Objects.requireNonNull(production, "production");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(gridScale, "gridScale");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(ranges, "ranges");
    }

    /**
     * Ranges the Monte Carlo draws from in place of the parameters' distributions, where the best estimate fits
     * one to evidence: the share of TDP drawn ({@link DrawShareFit}), the share of peak ({@link ShareOfPeakFit}).
     */
    public record Ranges(Optional<org.rebound.domain.Distribution> drawShare,
            Optional<org.rebound.domain.Distribution> performanceRatio) {
        /** No range of its own: the parameters' distributions. */
        public static final Ranges PARAMETERS = new Ranges(Optional.empty(), Optional.empty());

        public Ranges withDrawShare(org.rebound.domain.Distribution d) {
            return new Ranges(Optional.of(d), performanceRatio);
        }

        public Ranges withPerformanceRatio(org.rebound.domain.Distribution d) {
            return new Ranges(drawShare, Optional.of(d));
        }
    }

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

    /**
     * The production of a card: how its dies are counted, the fab, and what a card the catalogue knows little of is
     * taken to have.
     *
     * @param dieModel                  {@code node} or {@code mlca}
     * @param mlcaMemoryDensityGbPerCm2 memory density of MLCA's die model
     */
    public record Production(DieModel dieModel, double fabGridKgCo2ePerKwh, double fabYield,
            double mlcaMemoryDensityGbPerCm2, double fallbackDieAreaCm2, double fallbackNodeNm,
            double fallbackMemoryGb) {
    }

    /** How the production of the hardware is shared among the runs of its life. */
    public record Allocation(double lifespanYears, double hoursPerYear, double utilization) {
        /** Hours of use over the hardware's life that a run's hours are divided by. */
        public double usefulLifeHours() {
            return lifespanYears * hoursPerYear * utilization;
        }
    }

    /**
     * The use phase: which model computes it, the data centres' PUE over the years, the share of TDP a card draws,
     * and the parameters of MLCA's use model.
     *
     * @param useModel {@code study} or {@code mlca}
     */
    public record Use(UseModel useModel, PueTrend pue, double tdpDrawShare, MlcaUse mlca) {
    }

    /** PUE from {@code start} in {@code startYear} to {@code end} in {@code endYear}. */
    public record PueTrend(int startYear, double start, int endYear, double end) {
        /** PUE of a run published in {@code year}: linear between the two anchors, constant outside. */
        public double at(int year) {
            if (year <= startYear) {
                return start;
            }
            if (year >= endYear) {
                return end;
            }
            return start + (end - start) * (year - startYear) / (double) (endYear - startYear);
        }
    }

    /** The server's overhead, RAM power and CPU usage of MLCA's use model. */
    public record MlcaUse(double overheadRatio, double ramPowerWattsPerGb, double cpuUsage) {
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
        return builder()
                .startDate(p.get(ParameterKey.SELECTION_START_DATE).date())
                .endDate(edition.endDate())
                .performanceRatio(p.number(ParameterKey.PERFORMANCE_RATIO))
                .production(new Production(
                        DieModel.valueOf(p.text(ParameterKey.DIE_MODEL).toUpperCase(Locale.ROOT)),
                        p.number(ParameterKey.FAB_GRID_GWP),
                        p.number(ParameterKey.FAB_YIELD),
                        p.number(ParameterKey.MLCA_MEMORY_DENSITY),
                        p.number(ParameterKey.FALLBACK_DIE_AREA),
                        p.number(ParameterKey.FALLBACK_NODE),
                        p.number(ParameterKey.FALLBACK_MEMORY)))
                .fallbackTdpWatts(p.number(ParameterKey.FALLBACK_TDP))
                .server(server)
                .allocation(new Allocation(
                        p.number(ParameterKey.LIFESPAN),
                        p.number(ParameterKey.HOURS_PER_YEAR),
                        p.number(ParameterKey.UTILIZATION)))
                .use(new Use(
                        UseModel.valueOf(p.text(ParameterKey.USE_MODEL).toUpperCase(Locale.ROOT)),
                        new PueTrend(
                                (int) p.number(ParameterKey.PUE_START_YEAR),
                                p.number(ParameterKey.PUE_START),
                                (int) p.number(ParameterKey.PUE_END_YEAR),
                                p.number(ParameterKey.PUE_END)),
                        p.number(ParameterKey.TDP_DRAW_SHARE),
                        new MlcaUse(
                                p.number(ParameterKey.MLCA_OVERHEAD),
                                p.number(ParameterKey.MLCA_RAM_POWER),
                                p.number(ParameterKey.MLCA_CPU_USAGE))))
                .unknownCountry(p.text(ParameterKey.UNKNOWN_COUNTRY))
                .build();
    }

    /** PUE of a run published in {@code year}: linear between the two anchors, constant outside. */
    public double pue(int year) {
        return use.pue().at(year);
    }

    /** Hours of use over the hardware's life that a run's hours are divided by. */
    public double usefulLifeHours() {
        return allocation.usefulLifeHours();
    }

    /** An empty builder: the baseline's grid (no scale, no location) unless set; every other part must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these assumptions, to change some of them. */
    public Builder toBuilder() {
        return new Builder().startDate(startDate).endDate(endDate).performanceRatio(performanceRatio)
                .production(production).fallbackTdpWatts(fallbackTdpWatts).server(server).allocation(allocation)
                .use(use).unknownCountry(unknownCountry).gridScale(gridScale).location(location)
                .ranges(ranges);
    }

    /** Builds {@link Assumptions} part by part; {@link #build()} fails on a part left unset. */
    public static final class Builder {
        private LocalDate startDate;
        private LocalDate endDate;
        private double performanceRatio;
        private Production production;
        private double fallbackTdpWatts;
        private ServerConfig server;
        private Allocation allocation;
        private Use use;
        private String unknownCountry;
        private GridScale gridScale = GridScale.NONE;
        private Optional<String> location = Optional.empty();
        private Ranges ranges = Ranges.PARAMETERS;

        private Builder() {
        }

        public Builder startDate(LocalDate value) {
            startDate = value;
            return this;
        }

        public Builder endDate(LocalDate value) {
            endDate = value;
            return this;
        }

        public Builder performanceRatio(double value) {
            performanceRatio = value;
            return this;
        }

        public Builder production(Production value) {
            production = value;
            return this;
        }

        public Builder fallbackTdpWatts(double value) {
            fallbackTdpWatts = value;
            return this;
        }

        public Builder server(ServerConfig value) {
            server = value;
            return this;
        }

        public Builder allocation(Allocation value) {
            allocation = value;
            return this;
        }

        public Builder use(Use value) {
            use = value;
            return this;
        }

        public Builder unknownCountry(String value) {
            unknownCountry = value;
            return this;
        }

        public Builder gridScale(GridScale value) {
            gridScale = value;
            return this;
        }

        /** Every run in the grid of one country (location shifting). */
        public Builder location(String iso3) {
            return location(Optional.of(iso3));
        }

        public Builder location(Optional<String> value) {
            location = value;
            return this;
        }

        /** The ranges the Monte Carlo draws from in place of the parameters' distributions. */
        public Builder ranges(Ranges value) {
            ranges = value;
            return this;
        }

        public Assumptions build() {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(endDate, "endDate");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(unknownCountry, "unknownCountry");
            return new Assumptions(startDate, endDate, performanceRatio, production, fallbackTdpWatts, server,
                    allocation, use, unknownCountry, gridScale, location, ranges);
        }
    }
}
