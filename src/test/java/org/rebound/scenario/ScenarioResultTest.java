package org.rebound.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.rebound.stats.TrendFit;
import org.rebound.stats.TrendRow;

/** A scenario's fit of a measure is the one on all models, not a subgroup's nor another measure's. */
class ScenarioResultTest {
    private static TrendFit fit(int n) {
        return new TrendFit(n, 2014, 2024, 0.5, -1000, 0.9, 0.4, 0.6, 0.001, 2019, 100, 0.2, 2.1);
    }

    @Test
    void theFitOfAMeasureIsTheOneOnAllModels() {
        Scenario s = new Scenario("lifespan-1", "lifespan", "Lifespan 1 y", "d", UnaryOperator.identity(),
                UnaryOperator.identity());
        ScenarioResult r = new ScenarioResult(s, java.util.Map.of(), List.of(
                new TrendRow("gwp_kgco2e", "GWP", "lifespan-1", "language", fit(5)),
                new TrendRow("energy_kwh", "Energy", "lifespan-1", "all", fit(7)),
                new TrendRow("gwp_kgco2e", "GWP", "lifespan-1", "all", fit(9)),
                new TrendRow("gwp_kgco2e", "GWP", "lifespan-1", "all", fit(11))));
        assertEquals(9, r.fit("gwp_kgco2e").orElseThrow().n());
        assertEquals(7, r.fit("energy_kwh").orElseThrow().n());
        assertEquals(Optional.empty(), r.fit("pe_mj"));
        assertEquals(Optional.empty(), new ScenarioResult(s, java.util.Map.of(), List.of(new TrendRow("pe_mj", "PE",
                "lifespan-1", "vision", fit(3)))).fit("pe_mj"));
    }
}
