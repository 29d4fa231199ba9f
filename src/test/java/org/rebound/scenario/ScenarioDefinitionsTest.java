package org.rebound.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.ParameterKey;
import org.rebound.estimate.Assumptions;
import org.rebound.problem.InputException;
import org.rebound.support.Project;

/**
 * What each scenario of parameters.yaml (the tests' frozen copy) changes, in words and in the assumptions it hands the
 * estimator: the location, the grid's yearly scale, the lifespan, the utilization.
 */
class ScenarioDefinitionsTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());

    private static Scenario scenario(ProjectData data, String key) {
        return Scenarios.of(data).stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private static ProjectData with(ParameterKey key, String value) {
        return DATA.withParameters(DATA.parameters().with(Map.of(key, value)));
    }

    @Test
    void theLowestGridIsTheCountryWithTheLeastGwpPerKwh() {
        Scenario s = Scenarios.of(DATA).get(0);
        assertEquals("location-nor", s.key());
        assertEquals("location", s.group());
        assertEquals("Location shifting to Norway", s.label());
        assertEquals("Every run uses the electricity of Norway (0.031 kg CO2 eq/kWh); production is unchanged.",
                s.description());
        Assumptions a = Scenarios.assumptions(DATA, s);
        assertEquals(Optional.of("NOR"), a.location());
        assertEquals(1.0, a.gridScale().at(2030));
        assertEquals(DATA.parameters().number(ParameterKey.LIFESPAN), a.allocation().lifespanYears());
    }

    @Test
    void aNamedCountryIsUsedAsGivenAndAnUnknownOneRefused() {
        Scenario france = Scenarios.of(with(ParameterKey.SCENARIO_LOCATION, "FRA")).get(0);
        assertEquals("location-fra", france.key());
        assertEquals("Location shifting to France", france.label());
        assertEquals("Every run uses the electricity of France (0.098 kg CO2 eq/kWh); production is unchanged.",
                france.description());
        InputException e = assertThrows(InputException.class, () -> Scenarios.of(with(ParameterKey.SCENARIO_LOCATION,
                "XYZ")));
        assertEquals("parameters.yaml: scenario.location is 'XYZ', expected 'lowest' or an ISO code of "
                + "electricity-factors.csv", e.problems().get(0).toString());
    }

    @Test
    void theGridsFallEachYearAfterTheStartYearOnly() {
        Scenario s = scenario(DATA, "decarbonization-25");
        assertEquals("decarbonization", s.group());
        assertEquals("Grids −25 % a year", s.label());
        assertEquals("Electricity factors fall by 25 % a year after 2019: × (1 − 0.25)^(year − 2019).", s.description());
        Assumptions.GridScale scale = Scenarios.assumptions(DATA, s).gridScale();
        assertEquals(1.0, scale.at(2018));
        assertEquals(1.0, scale.at(2019));
        assertEquals(0.75, scale.at(2020), 1e-15);
        assertEquals(0.75 * 0.75 * 0.75, scale.at(2022), 1e-15);
        assertEquals(0.9, Scenarios.assumptions(DATA, scenario(DATA, "decarbonization-10")).gridScale().at(2020), 1e-15);
        assertEquals(Optional.empty(), Scenarios.assumptions(DATA, s).location());
        Scenario later = scenario(with(ParameterKey.SCENARIO_DECARBONIZATION_START, "2021"), "decarbonization-25");
        assertEquals(1.0, Scenarios.assumptions(DATA, later).gridScale().at(2021));
        assertEquals(0.75, Scenarios.assumptions(DATA, later).gridScale().at(2022), 1e-15);
    }

    @Test
    void lifespanAndUtilizationScenariosChangeTheirParameterOnly() {
        Scenario oneYear = scenario(DATA, "lifespan-1");
        assertEquals("lifespan", oneYear.group());
        assertEquals("Lifespan 1 y", oneYear.label());
        assertEquals("Hardware is replaced after 1 years.", oneYear.description());
        Assumptions a = Scenarios.assumptions(DATA, oneYear);
        assertEquals(1.0, a.allocation().lifespanYears());
        assertEquals(0.5, a.allocation().utilization());
        Scenario busy = scenario(DATA, "utilization-90");
        assertEquals("utilization", busy.group());
        assertEquals("Utilization 90 %", busy.label());
        assertEquals("Hardware is in use 90 % of its life.", busy.description());
        Assumptions b = Scenarios.assumptions(DATA, busy);
        assertEquals(0.9, b.allocation().utilization());
        assertEquals(3.0, b.allocation().lifespanYears());
        assertEquals(1.0, b.gridScale().at(2025));
        assertEquals(List.of("lifespan-1", "lifespan-2", "lifespan-3", "lifespan-4", "lifespan-5"),
                Scenarios.of(DATA).stream().filter(s -> s.group().equals("lifespan")).map(Scenario::key).toList());
        assertEquals(List.of("lifespan-1.5"), Scenarios.of(with(ParameterKey.SCENARIO_LIFESPANS, "1.5")).stream()
                .filter(s -> s.group().equals("lifespan")).map(Scenario::key).toList());
    }
}
