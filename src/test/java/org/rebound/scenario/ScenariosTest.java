package org.rebound.scenario;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.estimate.LcaKernel;
import org.rebound.support.Project;

/** Each scenario changes what it says and nothing else, and the kernel gives what a full re-estimation gives. */
class ScenariosTest {
    private static ProjectData data;
    private static List<NotableModel> models;
    private static List<ScenarioResult> results;
    private static List<Estimate> baseline;

    @BeforeAll
    static void run() throws IOException {
        data = ProjectDataReader.read(Project.data());
        // The project's own sample: models on both sides of 2019, several countries, both GPU-hours methods.
        Path sample = Fixture.SAMPLE;
        models = EpochReader.read(sample.toString(), Files.readAllBytes(sample)).models();
        Estimation estimation = new Estimator(data, Assumptions.from(data.parameters(), data.edition())).estimate(models);
        baseline = estimation.estimates();
        results = Scenarios.run(data, estimation);
    }

    private static ScenarioResult scenario(String key) {
        return results.stream().filter(r -> r.scenario().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theStudysScenariosAreAllThere() {
        assertEquals(List.of("location-nor", "decarbonization-10", "decarbonization-25", "lifespan-1", "lifespan-2",
                "lifespan-3", "lifespan-4", "lifespan-5", "utilization-30", "utilization-50", "utilization-70",
                "utilization-90"), results.stream().map(r -> r.scenario().key()).toList());
        assertEquals(35, baseline.size());
    }

    @Test
    void eachScenarioThroughTheKernelIsAFullReEstimation() {
        for (ScenarioResult r : results) {
            Estimation full = new Estimator(data, Scenarios.assumptions(data, r.scenario())).estimate(models);
            assertEquals(baseline.size(), full.estimates().size(), r.scenario().key());
            for (int k = 0; k < baseline.size(); k++) {
                Estimate expected = full.estimates().get(k);
                LcaKernel.Output got = r.footprint(k);
                String what = r.scenario().key() + " " + expected.model().name();
                assertEquals(baseline.get(k).model(), expected.model(), what);
                assertClose(expected.energyKwh(), got.energyKwh(), what + " energy");
                assertClose(expected.gpuHours(), got.gpuHours(), what + " GPU-hours");
                for (Indicator i : Indicator.ALL) {
                    assertClose(expected.embodiedCards().get(i), got.productionCards(i), what + " cards " + i);
                    assertClose(expected.embodiedServer().get(i), got.productionServer(i), what + " server " + i);
                    assertClose(expected.use().get(i), got.electricity(i), what + " electricity " + i);
                }
            }
            List<String> fullTrends = org.rebound.stats.TrendTable.fit(r.scenario().key(), full.estimates(),
                    (int) data.parameters().number(org.rebound.domain.ParameterKey.TRENDS_MIN_MODELS)).stream()
                    .map(t -> t.measure() + " " + t.subgroup() + " " + t.fit().n()).toList();
            assertEquals(fullTrends, r.trends().stream().map(t -> t.measure() + " " + t.subgroup() + " " + t.fit().n())
                    .toList(), r.scenario().key());
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
    }

    @Test
    void locationShiftingChangesElectricityNotProduction() {
        ScenarioResult r = scenario("location-nor");
        for (int k = 0; k < baseline.size(); k++) {
            Estimate b = baseline.get(k);
            for (Indicator i : Indicator.ALL) {
                assertEquals(b.embodied().get(i), r.footprint(k).production(i), b.model().name());
                assertTrue(r.footprint(k).electricity(i) != b.use().get(i) || b.grid().iso3().equals(List.of("NOR")),
                        b.model().name());
            }
            assertEquals(b.energyKwh(), r.footprint(k).energyKwh(), 1e-9, b.model().name());
        }
    }

    @Test
    void decarbonizationCompoundsYearlyAfter2019() {
        // The sample has models on both sides of 2019, so both branches are exercised.
        assertTrue(baseline.stream().anyMatch(b -> b.model().publicationDate().orElseThrow().getYear() > 2019));
        assertTrue(baseline.stream().anyMatch(b -> b.model().publicationDate().orElseThrow().getYear() <= 2019));
        ScenarioResult r = scenario("decarbonization-25");
        for (int k = 0; k < baseline.size(); k++) {
            Estimate b = baseline.get(k);
            int year = b.model().publicationDate().orElseThrow().getYear();
            double expected = year > 2019 ? Math.pow(0.75, year - 2019) : 1;
            double gwp = b.use().get(Indicator.GWP);
            assertEquals(gwp * expected, r.footprint(k).electricity(Indicator.GWP), 1e-9 * gwp, b.model().name());
            assertEquals(b.embodied().get(Indicator.GWP), r.footprint(k).production(Indicator.GWP), b.model().name());
        }
    }

    @Test
    void aLongerLifespanAllocatesLessProduction() {
        ScenarioResult r = scenario("lifespan-1");
        for (int k = 0; k < baseline.size(); k++) {
            Estimate b = baseline.get(k);
            double gwp = b.embodied().get(Indicator.GWP);
            assertEquals(gwp * 3, r.footprint(k).production(Indicator.GWP), 1e-9 * gwp);
            assertEquals(b.use(), r.footprint(k).electricity());
        }
        assertTrue(scenario("utilization-90").footprint(0).production(Indicator.GWP)
                < baseline.get(0).embodied().get(Indicator.GWP));
    }
}
