package org.rebound.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.LcaKernel;
import org.rebound.stats.TrendFit;
import org.rebound.stats.TrendRow;

/**
 * A scenario's footprints and its re-fitted trends.
 *
 * @param footprints the footprint of each baseline estimate under the scenario, by its model (in the baseline's
 *                   order): a reader joins them to estimates by model, never by position
 */
public record ScenarioResult(Scenario scenario, Map<NotableModel, LcaKernel.Output> footprints, List<TrendRow> trends) {
    public ScenarioResult {
        footprints = Collections.unmodifiableMap(new LinkedHashMap<>(footprints));
        trends = List.copyOf(trends);
    }

    /** The footprint of a baseline estimate under this scenario. */
    public LcaKernel.Output footprint(Estimate e) {
        LcaKernel.Output f = footprints.get(e.model());
        if (f == null) {
            throw new IllegalArgumentException("not an estimate of the scenarios' baseline: " + e.model().name());
        }
        return f;
    }

    /** The fit of a measure on all models. */
    public Optional<TrendFit> fit(String measure) {
        return trends.stream().filter(t -> t.measure().equals(measure) && t.subgroup().equals("all"))
                .map(TrendRow::fit).findFirst();
    }
}
