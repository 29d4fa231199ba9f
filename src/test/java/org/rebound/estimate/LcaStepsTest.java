package org.rebound.estimate;

import org.rebound.support.Steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Accelerator;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.support.Project;

/** The card steps of a run's derivation show the memory term with the table's factors; the PUE holds its anchors. */
class LcaStepsTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final Assumptions ASSUMPTIONS = Assumptions.from(DATA.parameters(), DATA.edition());
    private static final Lca LCA = new Lca(ASSUMPTIONS, new Factors(DATA.components(), DATA.nodes(),
            DATA.memoryDensities()));

    private static Accelerator card(String id) {
        return DATA.accelerators().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static DerivationStep cardStep(Accelerator card, Indicator i) {
        GridAndPue grid = new GridAndPue(List.of("FRA"), Impacts.by(x -> 0.1), "test", GridAndPue.TRAINING_SITE);
        Lca.Result r = LCA.run(new Lca.Run(1000, card, 400, grid, 2022));
        return r.steps().stream().filter(s -> s.key().equals("card-" + i.key())).findFirst().orElseThrow();
    }

    @Test
    void theMemoryTermNamesTheSizeDensityAndTheTablesFactors() {
        Accelerator a100 = card("nvidia-a100-sxm4-80gb");
        CardFootprint f = LCA.card(a100);
        DerivationStep gwp = cardStep(a100, Indicator.GWP);
        // manufacturing-factors.csv, card-memory: 2.20 kg CO2 eq per cm², 5.22 kg fixed.
        String memory = Steps.n(80) + " GB ÷ " + Steps.n(f.densityGbPerCm2()) + " GB/cm² × 2.2 + 5.22";
        assertEquals(Steps.n(f.logicDie().areaCm2()) + " cm² × " + Steps.n(f.die().get(Indicator.GWP) / f.logicDie().areaCm2()) + " + "
                + Steps.n(f.base().get(Indicator.GWP)) + " + " + memory, Steps.text(gwp.numbers()));
        assertEquals(f.total().get(Indicator.GWP), gwp.value());
        // The PE factors of the same row: 27.3 MJ per cm², 74 MJ fixed.
        String pe = Steps.text(cardStep(a100, Indicator.PE).numbers());
        assertTrue(pe.endsWith(" GB/cm² × 27.3 + 74"), pe);
    }

    @Test
    void aCardWhoseMemoryIsOnTheDieHasNoMemoryTerm() {
        DerivationStep gwp = cardStep(card("cerebras-cs-2"), Indicator.GWP);
        assertTrue(Steps.text(gwp.numbers()).endsWith(" + 0"), Steps.text(gwp.numbers()));
    }

    @Test
    void thePueOfTheAnchorYearsIsTheAnchors() {
        assertEquals(ASSUMPTIONS.use().pue().start(), ASSUMPTIONS.pue(ASSUMPTIONS.use().pue().startYear()));
        assertEquals(ASSUMPTIONS.use().pue().end(), ASSUMPTIONS.pue(ASSUMPTIONS.use().pue().endYear()));
        assertEquals(ASSUMPTIONS.use().pue().start(), ASSUMPTIONS.pue(ASSUMPTIONS.use().pue().startYear() - 5));
        assertEquals(ASSUMPTIONS.use().pue().end(), ASSUMPTIONS.pue(ASSUMPTIONS.use().pue().endYear() + 5));
    }
}
