package org.rebound.scenario;

import java.util.List;
import java.util.Optional;
import org.rebound.estimate.Estimation;
import org.rebound.stats.TrendFit;
import org.rebound.stats.TrendRow;

/** A scenario's estimates and its re-fitted trends. */
public record ScenarioResult(Scenario scenario, Estimation estimation, List<TrendRow> trends) {
    public ScenarioResult {
        trends = List.copyOf(trends);
    }

    /** The fit of a measure on all models. */
    public Optional<TrendFit> fit(String measure) {
        return trends.stream().filter(t -> t.measure().equals(measure) && t.subgroup().equals("all"))
                .map(TrendRow::fit).findFirst();
    }
}
