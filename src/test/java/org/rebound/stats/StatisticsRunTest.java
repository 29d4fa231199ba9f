package org.rebound.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Catalogue;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/** What the statistics stage puts together: which fits, on which models, under which scenario key. */
class StatisticsRunTest {
    private static ProjectData data;
    private static Assumptions assumptions;
    private static List<Estimate> baseline;
    private static List<Estimate> study;
    private static Catalogue catalogue;

    @BeforeAll
    static void estimate() {
        data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
        Estimator rebound = new Estimator(data, assumptions, Configuration.REBOUND);
        baseline = rebound.estimate(Fixture.models()).estimates();
        study = new Estimator(data, assumptions).estimate(Fixture.models()).estimates();
        catalogue = Catalogue.of(data.accelerators(), rebound.lca());
    }

    /** The parameters with fewer draws (the draws are StatisticsTest's) and another subgroup minimum. */
    private static Parameters parameters(int minModels) {
        return data.parameters().with(Map.of(ParameterKey.TRENDS_MIN_MODELS, Integer.toString(minModels),
                ParameterKey.UNCERTAINTY_DRAWS, "40"));
    }

    @Test
    void belowTheSubgroupMinimumTheHeadlineGwpIsStillFitted() {
        // The fixture's ten models (Claude 2's card imputed) are fewer than a minimum of 11.
        assertEquals(10, baseline.size());
        Statistics s = Statistics.run(baseline, catalogue, parameters(11), assumptions);
        assertEquals(List.of(), s.trends());
        assertEquals(List.of(), s.studyTrends());
        assertEquals(Optional.empty(), s.fit(Measure.GWP));
        assertEquals(TrendTable.fit(Measure.GWP, baseline), s.gwpFit());
        assertEquals(10, s.gwpFit().orElseThrow().n());
    }

    @Test
    void theTrendsOfEverySubgroupAndTheStudysOfAllModels() {
        Statistics s = Statistics.run(baseline, study, catalogue, parameters(3), assumptions);
        assertEquals(TrendTable.fit(Statistics.BASELINE, baseline, 3), s.trends());
        assertEquals(Subgroup.values().length * TrendTable.MEASURES.size(), s.trends().size());
        // The headline and each measure's fit are those of all models, not of a subgroup listed after it.
        for (Measure m : TrendTable.MEASURES) {
            TrendFit all = s.trends().stream().filter(t -> t.subgroup().equals("all") && t.measure().equals(m.column()))
                    .findFirst().orElseThrow().fit();
            assertEquals(Optional.of(all), s.fit(m), m.column());
        }
        assertEquals(s.fit(Measure.GWP), s.gwpFit());
        assertEquals(TrendTable.fit(Measure.GWP, baseline), s.gwpFit());
        // The study's trends: all models only, under the study key, of the study's estimates.
        List<TrendRow> expected = TrendTable.fit(Statistics.STUDY, study, 3).stream()
                .filter(t -> t.subgroup().equals("all")).toList();
        assertEquals(TrendTable.MEASURES.size(), expected.size());
        assertEquals(expected, s.studyTrends());
        TrendRow studyGwp = expected.stream().filter(t -> t.measure().equals("gwp_kgco2e")).findFirst().orElseThrow();
        assertEquals("study", studyGwp.scenario());
        assertTrue(!studyGwp.fit().equals(s.gwpFit().orElseThrow()), "the study's estimates differ");
        // The validation and the card trends are the stage's own.
        assertEquals(GpuHoursValidation.run(baseline, assumptions.performanceRatio(),
                data.parameters().number(ParameterKey.PLAUSIBLE_SHARE_LOW),
                data.parameters().number(ParameterKey.PLAUSIBLE_SHARE_HIGH),
                data.parameters().number(ParameterKey.CIRCULAR_TOLERANCE)), s.validation());
        assertEquals(CardTrendFit.fit(catalogue.cards(), assumptions.startDate(), assumptions.endDate()), s.cardTrends());
        assertEquals(40, s.uncertainty().draws());
        assertEquals(10, s.uncertainty().models().size());
    }

    @Test
    void measuresOfTheFootprintAreAllButCompute() {
        assertEquals(Measure.values().subList(1, Measure.values().size()), Measure.footprintMeasures());
        assertEquals(Measure.values().size() - 1, Measure.footprintMeasures().size());
        assertEquals("training_compute_flop", Measure.values().get(0).column());
        assertEquals("gwp_embodied_kgco2e", Measure.GWP_EMBODIED.toString());
        assertEquals("GWP, production (kg CO2 eq)", Measure.GWP_EMBODIED.titleWithUnit());
    }
}
