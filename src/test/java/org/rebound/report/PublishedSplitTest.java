package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;
import org.rebound.support.Fixture;

/** The gap to a maker's published figures, split into GPU-hours, energy per GPU-hour and grid. */
class PublishedSplitTest {
    @Test
    void theFactorsMultiplyToTheElectricityGwpRatio() {
        Report report = Fixture.site().summary().report();
        List<PublishedComparison> bloom = report.validation().published().stream()
                .filter(c -> c.published().model().equals("BLOOM-176B")).toList();
        assertEquals(3, bloom.size(), "BLOOM's makers published energy, GPU-hours and GWP");
        PublishedComparison.Split s = PublishedComparison.split(bloom).orElseThrow();
        Estimate e = bloom.get(0).estimate().orElseThrow();
        double gwp = bloom.stream().filter(c -> c.published().quantity().key().equals("gwp_kgco2e")).findFirst()
                .orElseThrow().published().value();
        assertEquals(e.electricity().get(Indicator.GWP) / gwp, s.gpuHours() * s.energyPerHour() * s.gridPerKwh(), 1e-9);
        assertTrue(Math.abs(s.gpuHours() - 1) < 0.01, "BLOOM's GPU-hours come from its reported time × cards");
    }

    @Test
    void withOneFigureThereIsNothingToSplit() {
        Report report = Fixture.site().summary().report();
        List<PublishedComparison> gopher = report.validation().published().stream()
                .filter(c -> c.published().model().equals("Gopher (280B)")).toList();
        assertEquals(1, gopher.size());
        assertTrue(PublishedComparison.split(gopher).isEmpty());
    }
}
