package org.rebound.estimate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.domain.Exclusion;
import org.rebound.domain.NotableModel;

/**
 * Estimates of every estimable model, sorted by publication date, name, organisation and line in the input,
 * and the exclusions, in the order of the input file.
 *
 * @param sameRunAs   entries that describe a training run another, earlier entry already describes (same
 *                    organisation, hardware, GPU-hours and training time), each to that entry's model: they keep
 *                    their pages but count once in totals and trends
 * @param shareOfPeak the share of peak fitted to the input's measured utilisations, where the configuration
 *                    estimates with it ({@link Configuration#fitsShareOfPeak()})
 */
public record Estimation(List<Estimate> estimates, List<Exclusion> exclusions, Map<NotableModel, NotableModel> sameRunAs,
        Optional<ShareOfPeakFit> shareOfPeak) {
    public Estimation {
        estimates = List.copyOf(estimates);
        exclusions = List.copyOf(exclusions);
        sameRunAs = Map.copyOf(sameRunAs);
        java.util.Objects.requireNonNull(shareOfPeak, "shareOfPeak");
    }

    /** Estimates and exclusions, each entry its own run. */
    public Estimation(List<Estimate> estimates, List<Exclusion> exclusions) {
        this(estimates, exclusions, Map.of(), Optional.empty());
    }

    /** {@code a} as this estimation used it: with the fitted share of peak, if it has one. */
    public Assumptions applyTo(Assumptions a) {
        return shareOfPeak.map(f -> f.applyTo(a)).orElse(a);
    }

    /** Share of the input's models that were estimated. */
    public double keptShare() {
        int total = estimates.size() + exclusions.size();
        return total == 0 ? 0 : estimates.size() / (double) total;
    }

    /** The estimates that count in totals and trends: one per training run, in order. */
    public List<Estimate> runs() {
        return sameRunAs.isEmpty() ? estimates
                : estimates.stream().filter(e -> !sameRunAs.containsKey(e.model())).toList();
    }

    /** The model of the earlier entry that describes the same run, if this estimate repeats one. */
    public Optional<NotableModel> sameRunAs(Estimate e) {
        return Optional.ofNullable(sameRunAs.get(e.model()));
    }
}
