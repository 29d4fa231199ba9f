package org.rebound.scenario;

import java.util.function.UnaryOperator;
import org.rebound.domain.Parameters;
import org.rebound.estimate.Assumptions;

/**
 * One scenario: how it changes the baseline's assumptions.
 *
 * @param key         stable identifier used in files ({@code decarbonization-25})
 * @param group       the family it belongs to ({@code location}, {@code decarbonization}, {@code lifespan}, {@code utilization})
 * @param label       short name for tables
 * @param description one sentence for readers
 * @param parameters  how it changes the parameters (lifespan, utilization)
 * @param assumptions how it changes what has no parameter (grid scale by year, location)
 */
public record Scenario(String key, String group, String label, String description, UnaryOperator<Parameters> parameters,
        UnaryOperator<Assumptions> assumptions) {

    public static final String BASELINE = org.rebound.stats.Statistics.BASELINE;
}
