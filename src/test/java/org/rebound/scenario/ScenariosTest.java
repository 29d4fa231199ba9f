package org.rebound.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Impacts;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.support.Shared;

/** Each scenario changes what it says and nothing else. */
class ScenariosTest {
    private static ProjectData data;
    private static List<ScenarioResult> results;
    private static Map<String, Estimate> baseline;

    @BeforeAll
    static void run() throws IOException {
        data = ProjectDataReader.read(Shared.projectData());
        Path sample = Shared.projectData().resolve(data.edition().models());
        List<NotableModel> models = EpochReader.read(sample.toString(), Files.readAllBytes(sample)).models();
        baseline = new Estimator(data, Assumptions.from(data.parameters(), data.edition())).estimate(models).estimates()
                .stream().collect(Collectors.toMap(Estimate::slug, e -> e));
        results = Scenarios.run(data, models);
    }

    private static ScenarioResult scenario(String key) {
        return results.stream().filter(r -> r.scenario().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theStudysScenariosAreAllThere() {
        assertEquals(List.of("location-nor", "decarbonization-10", "decarbonization-25", "lifespan-1", "lifespan-2",
                "lifespan-3", "lifespan-4", "lifespan-5", "utilization-30", "utilization-50", "utilization-70",
                "utilization-90"), results.stream().map(r -> r.scenario().key()).toList());
    }

    /** Every scenario estimates the same models as the baseline (so the loops below check every one). */
    @Test
    void everyScenarioEstimatesTheBaselinesModels() {
        assertEquals(35, baseline.size());
        for (ScenarioResult r : results) {
            assertEquals(baseline.keySet(), r.estimation().estimates().stream().map(Estimate::slug)
                    .collect(Collectors.toSet()), r.scenario().key());
        }
    }

    @Test
    void locationShiftingChangesElectricityNotProduction() {
        Impacts norway = data.gridFactors().stream().filter(g -> g.iso3().equals("NOR")).findFirst().orElseThrow()
                .perKwh();
        for (Estimate e : scenario("location-nor").estimation().estimates()) {
            Estimate b = baseline.get(e.slug());
            assertEquals(b.embodied(), e.embodied(), e.slug());
            assertEquals(b.energyKwh(), e.energyKwh(), 1e-9, e.slug());
            assertEquals(List.of("NOR"), e.grid().iso3());
            assertEquals(e.energyKwh() * norway.gwpKgCo2e(), e.use().gwpKgCo2e(), 1e-9 * e.use().gwpKgCo2e(), e.slug());
            assertEquals(e.energyKwh() * norway.peMj(), e.use().peMj(), 1e-9 * e.use().peMj(), e.slug());
        }
    }

    @Test
    void decarbonizationCompoundsYearlyAfter2019() {
        // The sample has models on both sides of 2019, so both branches are exercised.
        assertTrue(baseline.values().stream().anyMatch(b -> b.model().publicationDate().orElseThrow().getYear() > 2019));
        assertTrue(baseline.values().stream().anyMatch(b -> b.model().publicationDate().orElseThrow().getYear() <= 2019));
        for (Estimate e : scenario("decarbonization-25").estimation().estimates()) {
            Estimate b = baseline.get(e.slug());
            int year = e.model().publicationDate().orElseThrow().getYear();
            double expected = year > 2019 ? Math.pow(0.75, year - 2019) : 1;
            assertEquals(b.use().gwpKgCo2e() * expected, e.use().gwpKgCo2e(), 1e-9 * b.use().gwpKgCo2e(), e.slug());
            assertEquals(b.embodied(), e.embodied(), e.slug());
        }
    }

    @Test
    void aLongerLifespanAllocatesLessProduction() {
        for (Estimate e : scenario("lifespan-1").estimation().estimates()) {
            Estimate b = baseline.get(e.slug());
            assertEquals(b.embodied().gwpKgCo2e() * 3, e.embodied().gwpKgCo2e(), 1e-9 * b.embodied().gwpKgCo2e());
            assertEquals(b.use(), e.use());
        }
        assertTrue(scenario("utilization-90").estimation().estimates().get(0).embodied().gwpKgCo2e()
                < baseline.get(scenario("utilization-90").estimation().estimates().get(0).slug()).embodied().gwpKgCo2e());
    }
}
