package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;
import org.rebound.support.Fixture;

/** Production's share of a run, early and recent, and the narrative that says it. */
class ProductionShareTest {
    private static final List<Estimate> RUNS = Fixture.site().summary().report().estimation().runs();

    @Test
    void theGroupsAreBefore2018AndTheEditionsLastThreeYears() {
        // The fixture's runs: 2014, 2017 ×2 before 2018; 2024 in 2024–2026.
        ProductionShare p = ProductionShare.of(RUNS, 2026);
        assertEquals(2018, p.earlyUntil());
        assertEquals(2024, p.recentFrom());
        List<Double> early = RUNS.stream().filter(e -> e.model().publicationDate().get().getYear() < 2018)
                .map(e -> e.production().get(Indicator.GWP) / e.total().get(Indicator.GWP)).sorted().toList();
        assertEquals(3, early.size());
        assertEquals(OptionalDouble.of(early.get(1)), p.earlyShare(), "the middle of three");
        Estimate recent = RUNS.stream().filter(e -> e.model().publicationDate().get().getYear() >= 2024).findFirst()
                .orElseThrow();
        assertEquals(OptionalDouble.of(recent.energyKwh() / recent.gpuHours().value()), p.recentKwhPerGpuHour());
        assertTrue(p.earlyShare().getAsDouble() > p.recentShare().getAsDouble(), p.toString());
        ProductionShare none = ProductionShare.of(RUNS, 2040);
        assertEquals(OptionalDouble.empty(), none.recentShare(), "no run in 2038–2040");
    }

    @Test
    void theNarrativeSaysBothWithTheCardsGrowth() {
        Map<String, String> n = Fixture.site().summary().report().summary().narrative();
        ProductionShare p = ProductionShare.of(RUNS, 2026);
        assertEquals(org.rebound.domain.Num.percent(p.earlyShare().getAsDouble(), 0), n.get("production_share_early"));
        assertEquals("2024–2026", n.get("production_share_recent_period"));
        assertEquals("2018", n.get("production_share_early_until"));
        assertTrue(n.get("card_gwp_growth").startsWith("×"), n.get("card_gwp_growth"));
        assertTrue(ReportBuilder.productionNarrative(List.of(), List.of(), 2026).get("card_gwp_growth").equals("n/a"));
        assertEquals("n/a", ReportBuilder.productionNarrative(List.of(), List.of(), 2026).get("production_share_early"));
    }
}
