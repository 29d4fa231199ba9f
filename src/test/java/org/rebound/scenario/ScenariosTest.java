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

/**
 * Each scenario changes what it says and nothing else, the kernel gives what a full re-estimation gives, and results
 * are joined to estimates by model.
 */
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
                LcaKernel.Output got = r.footprint(baseline.get(k));
                String what = r.scenario().key() + " " + expected.model().name();
                assertEquals(baseline.get(k).model(), expected.model(), what);
                assertClose(expected.energyKwh(), got.energyKwh(), what + " energy");
                assertClose(expected.gpuHours().value(), got.gpuHours(), what + " GPU-hours");
                for (Indicator i : Indicator.ALL) {
                    assertClose(expected.productionCards().get(i), got.productionCards(i), what + " cards " + i);
                    assertClose(expected.productionServer().get(i), got.productionServer(i), what + " server " + i);
                    assertClose(expected.electricity().get(i), got.electricity(i), what + " electricity " + i);
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
                assertEquals(b.production().get(i), r.footprint(b).production(i), b.model().name());
                assertTrue(r.footprint(b).electricity(i) != b.electricity().get(i) || b.gridAndPue().iso3().equals(List.of("NOR")),
                        b.model().name());
            }
            assertEquals(b.energyKwh(), r.footprint(b).energyKwh(), 1e-9, b.model().name());
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
            double gwp = b.electricity().get(Indicator.GWP);
            assertEquals(gwp * expected, r.footprint(b).electricity(Indicator.GWP), 1e-9 * gwp, b.model().name());
            assertEquals(b.production().get(Indicator.GWP), r.footprint(b).production(Indicator.GWP), b.model().name());
        }
    }

    @Test
    void aLongerLifespanAllocatesLessProduction() {
        ScenarioResult r = scenario("lifespan-1");
        for (int k = 0; k < baseline.size(); k++) {
            Estimate b = baseline.get(k);
            double gwp = b.production().get(Indicator.GWP);
            assertEquals(gwp * 3, r.footprint(b).production(Indicator.GWP), 1e-9 * gwp);
            assertEquals(b.electricity(), r.footprint(b).electricity());
        }
        assertTrue(scenario("utilization-90").footprint(baseline.get(0)).production(Indicator.GWP)
                < baseline.get(0).production().get(Indicator.GWP));
    }

    @Test
    void scenariosJoinTheirResultsToEstimatesByModelNotByPosition() {
        List<Estimate> reversed = new java.util.ArrayList<>(baseline);
        java.util.Collections.reverse(reversed);
        Estimation estimation = new Estimator(data, Assumptions.from(data.parameters(), data.edition())).estimate(models);
        List<ScenarioResult> again = Scenarios.run(data, new Estimation(reversed, estimation.exclusions(),
                estimation.sameRunAs(), estimation.shareOfPeak()));
        for (int s = 0; s < results.size(); s++) {
            for (Estimate b : baseline) {
                LcaKernel.Output before = results.get(s).footprint(b);
                LcaKernel.Output after = again.get(s).footprint(b);
                String what = results.get(s).scenario().key() + " " + b.model().name();
                assertEquals(before.energyKwh(), after.energyKwh(), what);
                assertEquals(before.total(Indicator.GWP), after.total(Indicator.GWP), what);
            }
        }
        // BLOOM-176B (France, 2022, 2,808 h × 384 cards) moved to Norway: its production stays, its electricity changes.
        Estimate bloom = baseline.stream().filter(b -> b.model().name().equals("BLOOM-176B")).findFirst().orElseThrow();
        LcaKernel.Output moved = again.get(0).footprint(bloom);
        assertEquals(2808.0 * 384, moved.gpuHours());
        assertEquals(bloom.production().get(Indicator.GWP), moved.production(Indicator.GWP));
        assertTrue(moved.electricity(Indicator.GWP) < bloom.electricity().get(Indicator.GWP));
    }

    @Test
    void aScenarioThatChangesNothingGivesEachEstimatesOwnInputs() {
        Assumptions same = Assumptions.from(data.parameters(), data.edition());
        Estimator estimator = new Estimator(data, same, org.rebound.estimate.Configuration.REBOUND);
        for (Estimate e : estimator.estimate(models).estimates()) {
            assertEquals(e.lcaInputs(), Scenarios.inputs(e, same, java.util.Optional.empty()), e.model().name());
        }
        NotableModel alphaZero = org.rebound.support.Models.model("AlphaZero").organization("DeepMind")
                .published(java.time.LocalDate.of(2017, 12, 5)).domain("Games").hours(24)
                .hardware("Google TPU v2", "Google TPU v1").quantity(5064)
                .countries("United Kingdom of Great Britain and Northern Ireland").build();
        Estimate split = estimator.estimate(List.of(alphaZero)).estimates().get(0);
        assertEquals(split.lcaInputs(), Scenarios.inputs(split, same, java.util.Optional.empty()));
    }
}
