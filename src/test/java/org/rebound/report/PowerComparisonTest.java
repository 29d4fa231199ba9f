package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.estimate.Estimate;
import org.rebound.support.Fixture;

/** Epoch's power draw against Rebound's: the run's energy over its duration. */
class PowerComparisonTest {
    @Test
    void reboundsPowerIsTheRunsEnergyOverItsDuration() {
        List<Estimate> estimates = Fixture.site().summary().report().estimates();
        List<PowerComparison> comparisons = PowerComparison.of(estimates);
        long eligible = estimates.stream().filter(e -> e.model().trainingPowerDrawWatts().isPresent()
                && e.model().hardwareQuantity().isPresent()).count();
        assertTrue(eligible > 0, "the fixture has runs with Epoch's power draw");
        assertEquals(eligible, comparisons.size());
        for (PowerComparison c : comparisons) {
            Estimate e = c.estimate();
            double hours = e.gpuHours().value() / e.model().hardwareQuantity().getAsDouble();
            assertEquals(e.energyKwh() * 1000 / hours, c.reboundWatts(), 1e-9 * c.reboundWatts());
            // Under the study's use model the same is cards × TDP × the best estimate's share of TDP drawn (the
            // measured draws' median) × PUE, or cards × the measured draw × PUE for a card whose training draw is
            // published (data/power-draw.csv).
            boolean measured = org.rebound.support.Steps.texts(e.notes()).stream().anyMatch(n -> n.startsWith("Power: the measured training draw"));
            double perCard = measured ? c.reboundWatts() / e.model().hardwareQuantity().getAsDouble() / e.power().pue()
                    : e.power().tdpWatts() * e.lcaInputs().drawShare();
            assertEquals(e.model().hardwareQuantity().getAsDouble() * perCard * e.power().pue(), c.reboundWatts(),
                    1e-6 * c.reboundWatts(), e.model().name());
            if (measured) {
                double published = Fixture.site().summary().report().data().powerDraws().stream()
                        .filter(d -> d.cardId().equals(e.cardFootprint().accelerator().id())).findFirst().orElseThrow().drawWatts();
                assertEquals(published, perCard, 1e-6 * published, e.model().name() + ": the published draw");
            }
            assertEquals(c.reboundWatts() / c.epochWatts(), c.ratio(), 1e-12);
        }
    }

    @Test
    void quantilesAreNearestRankOnTheSortedRatios() {
        assertTrue(PowerComparison.quantiles(List.of(), 0.5).isEmpty());
        List<PowerComparison> c = PowerComparison.of(Fixture.site().summary().report().estimates());
        double[] sorted = c.stream().mapToDouble(PowerComparison::ratio).sorted().toArray();
        assertArrayEquals(new double[] {sorted[0], sorted[sorted.length - 1]},
                PowerComparison.quantiles(c, 0.0, 1.0).orElseThrow());
    }
}
