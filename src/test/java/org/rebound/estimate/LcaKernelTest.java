package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.support.Project;

/** The kernel gives, on every model of the 2026 snapshot, what the method's formulas written out give. */
class LcaKernelTest {
    private static ProjectData data;
    private static Assumptions assumptions;
    private static Estimator estimator;
    private static Estimation estimation;

    @BeforeAll
    static void estimateTheSnapshot() throws IOException {
        data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
        Path snapshot = Path.of("data/epoch/notable_ai_models_2026-07-19.csv");
        estimator = new Estimator(data, assumptions);
        estimation = estimator.estimate(EpochReader.read(snapshot.toString(), Files.readAllBytes(snapshot)).models());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
    }

    @Test
    void theKernelIsTheMethodsFormulasOnEveryModel() {
        assertEquals(294, estimation.estimates().size());
        for (Estimate e : estimation.estimates()) {
            String name = e.model().name();
            int year = e.model().publicationDate().orElseThrow().getYear();
            // Method §5: GPU-hours × TDP × draw share × PUE(year).
            double energy = e.gpuHours().value() * e.power().tdpWatts() / 1000 * assumptions.use().tdpDrawShare() * assumptions.pue(year);
            // Method §4.3: share = GPU-hours ÷ cards ÷ (lifespan × hours a year × utilization).
            int cards = assumptions.server().cards();
            double share = e.gpuHours().value() / cards / (assumptions.allocation().lifespanYears() * assumptions.allocation().hoursPerYear()
                    * assumptions.allocation().utilization());
            Impacts card = e.cardFootprint().total();
            Impacts server = e.server().total();
            LcaKernel.Output f = LcaKernel.run(e.lcaInputs());
            assertClose(energy, f.energyKwh(), name);
            assertClose(energy, e.energyKwh(), name);
            assertClose(share, f.allocationShare(), name);
            for (Indicator i : Indicator.ALL) {
                assertClose(share * cards * card.get(i), f.productionCards(i), name + " cards " + i);
                assertClose(share * server.get(i), f.productionServer(i), name + " server " + i);
                assertClose(energy * e.gridAndPue().perKwh().get(i), f.electricity(i), name + " electricity " + i);
                assertClose(f.total(i), e.total().get(i), name + " total " + i);
            }
        }
    }

    @Test
    void lcaRunWritesTheKernelsValuesIntoItsSteps() {
        Lca lca = estimator.lca();
        for (Estimate e : estimation.estimates()) {
            Lca.Result r = lca.run(new Lca.Run(e.gpuHours().value(), e.cardFootprint().accelerator(), e.power().tdpWatts(), e.gridAndPue(),
                    e.model().publicationDate().orElseThrow().getYear()));
            LcaKernel.Output f = LcaKernel.run(e.lcaInputs());
            assertEquals(f.energyKwh(), r.output().energyKwh(), e.model().name());
            for (Indicator i : Indicator.ALL) {
                assertEquals(f.total(i), r.output().total(i), e.model().name());
                assertEquals(f.total(i), step(r.steps(), "total-" + i.key()).value(), e.model().name());
                assertEquals(f.production(i), step(r.steps(), "embodied-" + i.key()).value(), e.model().name());
                assertEquals(f.electricity(i), step(r.steps(), "use-" + i.key()).value(), e.model().name());
            }
            assertEquals(f.energyKwh(), step(r.steps(), "energy").value(), e.model().name());
        }
    }

    private static DerivationStep step(List<DerivationStep> steps, String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void estimatesAreOrderedByDateNameOrganisationAndLine() {
        List<Estimate> estimates = estimation.estimates();
        Comparator<Estimate> order = Comparator.comparing((Estimate e) -> e.model().publicationDate().orElseThrow())
                .thenComparing(e -> e.model().name()).thenComparing(e -> e.model().organization())
                .thenComparingLong(e -> e.model().source().line());
        for (int k = 1; k < estimates.size(); k++) {
            assertTrue(order.compare(estimates.get(k - 1), estimates.get(k)) < 0, estimates.get(k).model().name());
        }
        assertTrue(!estimates.get(0).model().publicationDate().orElseThrow().isBefore(assumptions.startDate()));
    }
}
