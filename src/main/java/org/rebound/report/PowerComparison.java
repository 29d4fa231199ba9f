package org.rebound.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rebound.estimate.Estimate;
import org.rebound.stats.Uncertainty;

/**
 * Epoch AI's estimate of the power a training run drew beside Rebound's, for every estimated model that has both.
 * Rebound's is the run's electricity over its duration: energy ÷ (GPU-hours ÷ cards), which is cards × TDP ×
 * share of TDP drawn × PUE under the study's use model.
 *
 * @param epochWatts   Epoch AI's "Training power draw (W)"
 * @param reboundWatts Rebound's average power of the run, watts
 */
public record PowerComparison(Estimate estimate, double epochWatts, double reboundWatts) {

    /** Rebound ÷ Epoch. */
    public double ratio() {
        return reboundWatts / epochWatts;
    }

    /** Every estimate with Epoch's power draw and a number of cards, in the estimates' order. */
    public static List<PowerComparison> of(List<Estimate> estimates) {
        List<PowerComparison> result = new ArrayList<>();
        for (Estimate e : estimates) {
            if (e.model().trainingPowerDrawWatts().isPresent() && e.model().hardwareQuantity().isPresent()
                    && e.gpuHours().value() > 0) {
                double hours = e.gpuHours().value() / e.model().hardwareQuantity().getAsDouble();
                result.add(new PowerComparison(e, e.model().trainingPowerDrawWatts().getAsDouble(),
                        e.energyKwh() * 1000 / hours));
            }
        }
        return List.copyOf(result);
    }

    /**
     * The distribution of the ratios: the given quantiles (nearest rank on the sorted ratios), empty when there is
     * no comparison.
     */
    public static Optional<double[]> quantiles(List<PowerComparison> comparisons, double... probabilities) {
        if (comparisons.isEmpty()) {
            return Optional.empty();
        }
        double[] ratios = comparisons.stream().mapToDouble(PowerComparison::ratio).sorted().toArray();
        return Optional.of(Arrays.stream(probabilities).map(p -> ratios[Uncertainty.nearestRank(p, ratios.length)])
                .toArray());
    }
}
