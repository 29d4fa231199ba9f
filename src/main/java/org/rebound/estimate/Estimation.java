package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Exclusion;

/**
 * Estimates of every estimable model, sorted by publication date, name, organisation and line in the input,
 * and the exclusions, in the order of the input file.
 */
public record Estimation(List<Estimate> estimates, List<Exclusion> exclusions) {
    public Estimation {
        estimates = List.copyOf(estimates);
        exclusions = List.copyOf(exclusions);
    }

    /** Share of the input's models that were estimated. */
    public double keptShare() {
        int total = estimates.size() + exclusions.size();
        return total == 0 ? 0 : estimates.size() / (double) total;
    }
}
