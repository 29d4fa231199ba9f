package org.rebound.scenario;

import java.util.List;
import java.util.Optional;
import org.rebound.estimate.LcaKernel;
import org.rebound.stats.TrendFit;
import org.rebound.stats.TrendRow;

/**
 * A scenario's footprints and its re-fitted trends.
 *
 * @param footprints the footprint of each baseline estimate under the scenario, in the baseline's order
 */
public record ScenarioResult(Scenario scenario, List<LcaKernel.Output> footprints, List<TrendRow> trends) {
    public ScenarioResult {
        footprints = List.copyOf(footprints);
        trends = List.copyOf(trends);
    }

    /** The footprint of the baseline's {@code index}-th estimate under this scenario. */
    public LcaKernel.Output footprint(int index) {
        return footprints.get(index);
    }

    /** The fit of a measure on all models. */
    public Optional<TrendFit> fit(String measure) {
        return trends.stream().filter(t -> t.measure().equals(measure) && t.subgroup().equals("all"))
                .map(TrendRow::fit).findFirst();
    }
}
