package org.rebound.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.domain.PublishedFootprint;
import org.rebound.estimate.Estimate;

/**
 * A published footprint beside Rebound's estimate of the same model.
 *
 * @param estimate     Rebound's estimate, empty when this build could not estimate the model
 * @param rebound      Rebound's value of the same quantity (total GWP for GWP)
 * @param reboundUse   Rebound's electricity part (GWP of the electricity; energy itself), for footprints that
 *                     leave out production
 */
public record PublishedComparison(PublishedFootprint published, Optional<Estimate> estimate, OptionalDouble rebound,
        OptionalDouble reboundUse) {

    /** Rebound ÷ published, when estimated. */
    public OptionalDouble ratio() {
        return rebound.isPresent() ? OptionalDouble.of(rebound.getAsDouble() / published.value()) : OptionalDouble.empty();
    }

    /** Rebound's electricity part ÷ published. */
    public OptionalDouble useRatio() {
        return reboundUse.isPresent() ? OptionalDouble.of(reboundUse.getAsDouble() / published.value())
                : OptionalDouble.empty();
    }

    /** Every published footprint, in file order, matched to the estimate of the model of the same name. */
    public static List<PublishedComparison> of(List<PublishedFootprint> published, List<Estimate> estimates) {
        List<PublishedComparison> result = new ArrayList<>();
        for (PublishedFootprint p : published) {
            Optional<Estimate> e = estimates.stream().filter(x -> x.model().name().equals(p.model())).findFirst();
            OptionalDouble value = e.map(x -> OptionalDouble.of(switch (p.quantity()) {
                case ENERGY_KWH -> x.energyKwh();
                case GWP_KGCO2E -> x.total().get(org.rebound.domain.Indicator.GWP);
                case GPU_HOURS -> x.gpuHours();
            })).orElse(OptionalDouble.empty());
            OptionalDouble use = e.filter(x -> p.quantity() == PublishedFootprint.Quantity.GWP_KGCO2E)
                    .map(x -> OptionalDouble.of(x.use().get(org.rebound.domain.Indicator.GWP))).orElse(OptionalDouble.empty());
            result.add(new PublishedComparison(p, e, value, use));
        }
        return List.copyOf(result);
    }
}
