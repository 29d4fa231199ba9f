package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.domain.PublishedFootprint;
import org.rebound.domain.PublishedFootprint.Quantity;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.support.Models;
import org.rebound.support.Project;

/** The acceptance figures against published footprints: like for like, median |log10| and the count within a factor. */
class AcceptanceTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final Estimation ESTIMATION = new Estimator(DATA, Assumptions.from(DATA.parameters(),
            DATA.edition()), Configuration.REBOUND).estimate(List.of(
                    // GPU-h1: training time × cards.
                    Models.model("Timed").organization("Lab T").published("2022-05-01").computeFlop(1e23).hours(1000)
                            .hardware("NVIDIA A100 SXM4 40 GB").quantity(100).countries("United States of America")
                            .line(1).build(),
                    // GPU-h2: compute ÷ peak, no training time.
                    Models.model("Computed").organization("Lab C").published("2022-06-01").computeFlop(1e23)
                            .hardware("NVIDIA A100 SXM4 40 GB").quantity(100).countries("United States of America")
                            .line(2).build()));

    private static Estimate estimate(String name) {
        return ESTIMATION.estimates().stream().filter(e -> e.model().name().equals(name)).findFirst().orElseThrow();
    }

    private static PublishedFootprint published(String model, Quantity q, double value) {
        return new PublishedFootprint(model, q, value, q.unit(), "training", "t", "https://example.org/" + model, "");
    }

    @Test
    void eachFigureIsComparedLikeForLike() {
        Estimate timed = estimate("Timed");
        Estimate computed = estimate("Computed");
        assertEquals(GpuHoursMethod.GPU_H1, timed.gpuHours().method());
        assertEquals(GpuHoursMethod.GPU_H2, computed.gpuHours().method());
        List<PublishedComparison> comparisons = PublishedComparison.of(List.of(
                published("Timed", Quantity.ENERGY_KWH, timed.energyKwh() / 2),
                published("Timed", Quantity.GWP_KGCO2E, timed.electricity().get(Indicator.GWP) / 4),
                published("Timed", Quantity.GPU_HOURS, timed.gpuHours().value() * 2),
                published("Computed", Quantity.GPU_HOURS, computed.gpuHours().value() / 8),
                published("Computed", Quantity.ENERGY_KWH, computed.energyKwh() * 10),
                published("Unknown", Quantity.ENERGY_KWH, 5),
                published("Unknown", Quantity.GWP_KGCO2E, 5),
                published("Unknown", Quantity.GPU_HOURS, 5)), ESTIMATION.estimates());
        Acceptance a = Acceptance.of(comparisons);
        assertEquals(List.of("Timed", "Computed"), a.energy().stream().map(Acceptance.Ratio::model).toList());
        assertEquals(2, a.energy().get(0).ratio(), 1e-12);
        assertEquals(0.1, a.energy().get(1).ratio(), 1e-12);
        // The electricity part of the estimate against a published GWP, not the total.
        assertEquals(1, a.electricity().size());
        assertEquals("Timed", a.electricity().get(0).model());
        assertEquals(4, a.electricity().get(0).ratio(), 1e-12);
        // Only GPU-hours from training time are compared with published GPU-hours.
        assertEquals(1, a.gpuHoursFromTime().size());
        assertEquals("Timed", a.gpuHoursFromTime().get(0).model());
        assertEquals(0.5, a.gpuHoursFromTime().get(0).ratio(), 1e-12);
        // Every published GPU-hours figure, whatever the method, in the score over all of them.
        assertEquals(List.of(0.5, 8.0), a.gpuHours().stream().map(Acceptance.Ratio::ratio).toList());
        assertEquals(0.5, Acceptance.shareWithin(a.gpuHours(), 2), 1e-12);
        assertTrue(Double.isNaN(Acceptance.shareWithin(List.of(), 2)));
    }

    /**
     * A market-based published GWP is compared with Rebound's energy × the factor its makers used, both counting the
     * electricity's carbon alike; without the factor it is not matched; a location-based one with Rebound's
     * location-based electricity GWP.
     */
    @Test
    void aGwpIsComparedOnItsOwnAccountingBasis() {
        Estimate timed = estimate("Timed");
        double energy = timed.energyKwh();
        double location = timed.electricity().get(Indicator.GWP);
        PublishedFootprint market = new PublishedFootprint("Timed", Quantity.GWP_KGCO2E, energy * 0.079 / 2, "kg",
                "net", "t", "https://example.org/m", "", PublishedFootprint.MARKET, java.util.OptionalDouble.of(0.079));
        PublishedFootprint marketNoFactor = new PublishedFootprint("Timed", Quantity.GWP_KGCO2E, 100, "kg", "net", "t",
                "https://example.org/n", "", PublishedFootprint.MARKET, java.util.OptionalDouble.empty());
        PublishedFootprint byLocation = new PublishedFootprint("Timed", Quantity.GWP_KGCO2E, location / 3, "kg",
                "gross", "t", "https://example.org/l", "", PublishedFootprint.LOCATION, java.util.OptionalDouble.empty());
        List<PublishedComparison> c = PublishedComparison.of(List.of(market, marketNoFactor, byLocation),
                ESTIMATION.estimates());
        assertEquals(List.of(PublishedComparison.MARKET_BASED, PublishedComparison.UNMATCHED,
                PublishedComparison.LOCATION_BASED), c.stream().map(PublishedComparison::matchedBasis).toList());
        assertEquals(energy * 0.079, c.get(0).matchedElectricity().getAsDouble(), 1e-9 * energy);
        assertEquals(2, c.get(0).matchedRatio().getAsDouble(), 1e-12);
        assertTrue(c.get(1).matchedRatio().isEmpty());
        assertEquals(3, c.get(2).matchedRatio().getAsDouble(), 1e-12);
        // The location-based electricity GWP stays beside every one of them.
        assertEquals(location, c.get(0).reboundElectricity().getAsDouble());
        Acceptance a = Acceptance.of(c);
        assertEquals(List.of(2.0, 3.0), a.electricity().stream().map(r -> Math.round(r.ratio() * 1e9) / 1e9).toList());
        assertTrue(market.marketBased());
        assertTrue(!byLocation.marketBased());
    }

    /**
     * The best estimate takes the GPU-hours its makers published; the blind estimate (Epoch's data alone) and the
     * study never do.
     */
    @Test
    void publishedGpuHoursAreInputsOfTheBestEstimateOnly() {
        NotableModel m = Models.model("BLOOM-176B").organization("Hugging Face").published("2022-07-11")
                .computeFlop(3.65664e23).hours(2820).quantity(384).hardware("NVIDIA A100 SXM4 80 GB")
                .countries("France").build();
        Assumptions as = Assumptions.from(DATA.parameters(), DATA.edition());
        Estimate best = new Estimator(DATA, as, Configuration.REBOUND).estimate(List.of(m)).estimates().get(0);
        Estimate blind = new Estimator(DATA, as, Configuration.BLIND).estimate(List.of(m)).estimates().get(0);
        Estimate study = new Estimator(DATA, as, Configuration.STUDY).estimate(List.of(m)).estimates().get(0);
        assertEquals(GpuHoursMethod.PUBLISHED, best.gpuHours().method());
        assertEquals(1082990, best.gpuHours().value());
        assertEquals(2820.0 * 384, best.gpuHours().other().getAsDouble(), 1e-9, "GPU-h1 beside it");
        assertTrue(best.derivation().get(0).label().contains("published"));
        assertEquals(GpuHoursMethod.GPU_H1, blind.gpuHours().method());
        assertEquals(2820.0 * 384, blind.gpuHours().value(), 1e-9);
        assertEquals(GpuHoursMethod.GPU_H1, study.gpuHours().method());
        // Blind: no training site either (BLOOM's Jean Zay), so the organisation's country.
        assertEquals(org.rebound.estimate.GridAndPue.TRAINING_SITE, best.gridAndPue().basis());
        assertEquals(org.rebound.estimate.GridAndPue.ORGANISATION, blind.gridAndPue().basis());
        assertTrue(!best.gpuHours().dependsOnAssumedRatio());
    }

    @Test
    void theMedianOfTenfoldsOffEitherWay() {
        Acceptance.Ratio tenTimes = new Acceptance.Ratio("a", 10);
        Acceptance.Ratio hundredth = new Acceptance.Ratio("b", 0.01);
        Acceptance.Ratio thousand = new Acceptance.Ratio("c", 1000);
        assertEquals(3, thousand.absLog10(), 1e-12);
        assertEquals(2, hundredth.absLog10(), 1e-12);
        assertEquals(2, Acceptance.medianAbsLog10(List.of(thousand, tenTimes, hundredth)), 1e-12);
        assertEquals(1.5, Acceptance.medianAbsLog10(List.of(hundredth, tenTimes)), 1e-12);
        assertEquals(2.5, Acceptance.medianAbsLog10(List.of(thousand, tenTimes, hundredth, new Acceptance.Ratio("d",
                1e-4))), 1e-12);
        assertEquals(1, Acceptance.medianAbsLog10(List.of(tenTimes)), 1e-12);
        assertTrue(Double.isNaN(Acceptance.medianAbsLog10(List.of())));
    }

    @Test
    void withinAFactorCountsTheBoundIn() {
        List<Acceptance.Ratio> ratios = List.of(new Acceptance.Ratio("a", 1), new Acceptance.Ratio("b", 2),
                new Acceptance.Ratio("c", 0.25), new Acceptance.Ratio("d", 3));
        assertEquals(2, Acceptance.within(ratios, 2));
        assertEquals(4, Acceptance.within(ratios, 4));
        assertEquals(1, Acceptance.within(ratios, 1.5));
        assertEquals(0, Acceptance.within(List.of(), 2));
    }
}
