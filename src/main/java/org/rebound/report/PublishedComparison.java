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
 * @param reboundElectricity   Rebound's electricity part (GWP of the electricity; energy itself), for footprints that
 *                     leave out production
 */
public record PublishedComparison(PublishedFootprint published, Optional<Estimate> estimate, OptionalDouble rebound,
        OptionalDouble reboundElectricity, OptionalDouble matchedElectricity, String matchedBasis) {

    /** How a location-based (or unstated) published GWP is compared: with Rebound's location-based electricity GWP. */
    public static final String LOCATION_BASED = "location-based, both";
    /**
     * How a market-based published GWP with its factor is compared: Rebound's energy × the factor the makers used,
     * so that both count the electricity's carbon alike.
     */
    public static final String MARKET_BASED = "market-based, both (Rebound's energy × the makers' factor)";
    /** A market-based published GWP without its factor: no like-for-like figure. */
    public static final String UNMATCHED = "market-based, factor not published: not matched";

    /** The matched ratio: Rebound's electricity GWP on the published figure's basis ÷ published. */
    public OptionalDouble matchedRatio() {
        return matchedElectricity.isPresent()
                ? OptionalDouble.of(matchedElectricity.getAsDouble() / published.value()) : OptionalDouble.empty();
    }

    /** Rebound ÷ published, when estimated. */
    public OptionalDouble ratio() {
        return rebound.isPresent() ? OptionalDouble.of(rebound.getAsDouble() / published.value()) : OptionalDouble.empty();
    }

    /** Rebound's electricity part ÷ published. */
    public OptionalDouble electricityRatio() {
        return reboundElectricity.isPresent() ? OptionalDouble.of(reboundElectricity.getAsDouble() / published.value())
                : OptionalDouble.empty();
    }

    /**
     * How far an estimate is from what its makers published, split into its factors where they published enough:
     * GPU-hours, then energy per GPU-hour (card power, draw and PUE), then the grid's factor (electricity GWP per
     * kWh). Each is Rebound ÷ published; NaN where the two figures it needs were not both published.
     *
     * @param gpuHours       GPU-hours, Rebound ÷ published
     * @param energyPerHour  energy per GPU-hour, Rebound ÷ published
     * @param gridPerKwh     electricity GWP per kWh, Rebound ÷ published
     */
    public record Split(double gpuHours, double energyPerHour, double gridPerKwh) {
    }

    /** The split of one model's published figures against its estimate, if its makers published two or more. */
    public static java.util.Optional<Split> split(List<PublishedComparison> ofOneModel) {
        double gpuHours = ratio(ofOneModel, PublishedFootprint.Quantity.GPU_HOURS, false);
        double energy = ratio(ofOneModel, PublishedFootprint.Quantity.ENERGY_KWH, false);
        double gwp = ratio(ofOneModel, PublishedFootprint.Quantity.GWP_KGCO2E, true);
        Split s = new Split(gpuHours, energy / gpuHours, gwp / energy);
        // A split needs two figures that share a factor: GPU-hours and energy, or energy and GWP.
        boolean any = Double.isFinite(s.energyPerHour()) || Double.isFinite(s.gridPerKwh());
        return any ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    private static double ratio(List<PublishedComparison> rows, PublishedFootprint.Quantity q, boolean electricity) {
        return rows.stream().filter(c -> c.published().quantity() == q).findFirst()
                .map(c -> electricity ? c.electricityRatio() : c.ratio())
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).orElse(Double.NaN);
    }

    /** Every published footprint, in file order, matched to the estimate of the model of the same name. */
    public static List<PublishedComparison> of(List<PublishedFootprint> published, List<Estimate> estimates) {
        List<PublishedComparison> result = new ArrayList<>();
        for (PublishedFootprint p : published) {
            Optional<Estimate> e = estimates.stream().filter(x -> x.model().name().equals(p.model())).findFirst();
            OptionalDouble value = e.map(x -> OptionalDouble.of(switch (p.quantity()) {
                case ENERGY_KWH -> x.energyKwh();
                case GWP_KGCO2E -> x.total().get(org.rebound.domain.Indicator.GWP);
                case GPU_HOURS -> x.gpuHours().value();
            })).orElse(OptionalDouble.empty());
            boolean gwp = p.quantity() == PublishedFootprint.Quantity.GWP_KGCO2E;
            OptionalDouble electricity = e.filter(x -> gwp)
                    .map(x -> OptionalDouble.of(x.electricity().get(org.rebound.domain.Indicator.GWP))).orElse(OptionalDouble.empty());
            OptionalDouble matched = OptionalDouble.empty();
            String basis = "";
            if (gwp && p.marketBased()) {
                basis = p.kgco2ePerKwh().isPresent() ? MARKET_BASED : UNMATCHED;
                if (e.isPresent() && p.kgco2ePerKwh().isPresent()) {
                    matched = OptionalDouble.of(e.get().energyKwh() * p.kgco2ePerKwh().getAsDouble());
                }
            } else if (gwp) {
                basis = LOCATION_BASED;
                matched = electricity;
            }
            result.add(new PublishedComparison(p, e, value, electricity, matched, basis));
        }
        return List.copyOf(result);
    }
}
