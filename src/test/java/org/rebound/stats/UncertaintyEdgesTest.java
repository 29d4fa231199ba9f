package org.rebound.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Parameter;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/** The Monte Carlo at its edges: the fewest models with a growth range, ranks at ties, seeds above 32 bits. */
class UncertaintyEdgesTest {
    private static ProjectData data;
    private static Assumptions assumptions;
    private static List<Estimate> estimates;

    @BeforeAll
    static void estimate() {
        data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
        estimates = new Estimator(data, assumptions).estimate(Fixture.models()).estimates();
    }

    @Test
    void threeModelsHaveAGrowthRangeAndTwoHaveNone() {
        Uncertainty.Result three = Uncertainty.run(estimates.subList(0, 3), data.parameters(), assumptions, 50, 1);
        assertEquals(Uncertainty.GROWTH_MEASURES.stream().map(Measure::column).toList(),
                List.copyOf(three.growthPerYear().keySet()));
        Uncertainty.Result two = Uncertainty.run(estimates.subList(0, 2), data.parameters(), assumptions, 50, 1);
        assertEquals(Map.of(), two.growthPerYear());
        assertEquals(2, two.models().size());
        assertTrue(two.model(estimates.get(0).model()).orElseThrow().energyKwh().p05() > 0);
    }

    @Test
    void theRankOfAPointCountsTheDrawsAtOrBelowIt() {
        assertEquals(0.75, Uncertainty.rank(new double[] {1, 2, 2, 3}, 2));
        assertEquals(0.25, Uncertainty.rank(new double[] {1, 2, 2, 3}, 1.5));
        assertEquals(0.0, Uncertainty.rank(new double[] {1, 2}, 0.5));
        assertEquals(1.0, Uncertainty.rank(new double[] {1, 2}, 2));
        assertTrue(Double.isNaN(Uncertainty.rank(new double[0], 1)));
    }

    /** Every parameter fixed but the performance ratio, which each GPU-h2 run draws from its own stream. */
    @Test
    void theHighBitsOfTheSeedChooseTheRunsOwnStreams() {
        List<Parameter> entries = new ArrayList<>();
        for (Parameter p : data.parameters().entries()) {
            entries.add(p.key() == ParameterKey.PERFORMANCE_RATIO ? p : new Parameter(p.key(), p.value(), p.unit(),
                    p.section(), p.reason(), p.source(), Optional.empty()));
        }
        Parameters onlyRatio = new Parameters(entries);
        Estimate h2 = estimates.stream().filter(e -> e.model().name().equals("Llama 3.3 70B")).findFirst().orElseThrow();
        Uncertainty.Interval low = Uncertainty.run(estimates, onlyRatio, assumptions, 200, 1L << 32).model(h2.model())
                .orElseThrow().energyKwh();
        Uncertainty.Interval high = Uncertainty.run(estimates, onlyRatio, assumptions, 200, 2L << 32).model(h2.model())
                .orElseThrow().energyKwh();
        assertNotEquals(low, high, "seeds that differ only above bit 32 draw other ratios");
        assertTrue(low.p05() < h2.energyKwh() && h2.energyKwh() < low.p95(), low.toString());
    }
}
