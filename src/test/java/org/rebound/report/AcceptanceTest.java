package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.Indicator;
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
