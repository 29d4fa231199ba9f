package org.rebound.report;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;
import org.rebound.stats.Uncertainty;

/**
 * Production's share of a training run's GWP, early and recent: producing one card grows slowly, the electricity of a
 * GPU-hour faster (newer cards draw more), so production's share of a run falls. The report says both numbers.
 *
 * @param earlyUntil         runs published before this year are the early group
 * @param recentFrom         runs published in or after this year are the recent group
 * @param earlyShare         median production share of GWP of the early runs, empty without one
 * @param recentShare        the same of the recent runs
 * @param earlyKwhPerGpuHour median electricity per GPU-hour of the early runs, kWh
 * @param recentKwhPerGpuHour the same of the recent runs
 */
public record ProductionShare(int earlyUntil, int recentFrom, OptionalDouble earlyShare, OptionalDouble recentShare,
        OptionalDouble earlyKwhPerGpuHour, OptionalDouble recentKwhPerGpuHour) {

    /** The year the early group ends (exclusive): the trends' own split, before and after 2018. */
    public static final int EARLY_UNTIL = 2018;
    /** How many of the edition's last years make the recent group. */
    public static final int RECENT_YEARS = 3;

    /** The shares of the runs (each counted once) of an edition ending in {@code lastYear}. */
    public static ProductionShare of(List<Estimate> runs, int lastYear) {
        int recentFrom = lastYear - RECENT_YEARS + 1;
        List<Estimate> early = runs.stream().filter(e -> year(e) < EARLY_UNTIL).toList();
        List<Estimate> recent = runs.stream().filter(e -> year(e) >= recentFrom).toList();
        ToDoubleFunction<Estimate> share = e -> e.production().get(Indicator.GWP) / e.total().get(Indicator.GWP);
        ToDoubleFunction<Estimate> kwh = e -> e.energyKwh() / e.gpuHours().value();
        return new ProductionShare(EARLY_UNTIL, recentFrom, median(early, share), median(recent, share),
                median(early, kwh), median(recent, kwh));
    }

    private static int year(Estimate e) {
        return e.model().publicationDate().orElseThrow().getYear();
    }

    /** The median by nearest rank, as the report's other percentiles. */
    static OptionalDouble median(List<Estimate> runs, ToDoubleFunction<Estimate> value) {
        double[] values = runs.stream().mapToDouble(value).filter(Double::isFinite).sorted().toArray();
        return values.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(values[Uncertainty.nearestRank(Uncertainty.MEDIAN, values.length)]);
    }
}
