package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.MemoryDensity;
import org.rebound.support.MlcaReference;
import org.rebound.support.Project;

/**
 * Lookups in the project's factor tables (die-gwp-by-node.csv: 3 to 28 nm; memory-density.csv: server DRAM DDR3 from
 * 2009, DDR4 from 2014, DDR5 from 2022) and the server and power arithmetic of method §4.2 and §5 on their numbers.
 */
class FactorsTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final Factors FACTORS = new Factors(DATA.components(), DATA.nodes(), DATA.memoryDensities());

    @Test
    void theNearestNodeRowTiesToTheOlderNode() {
        assertEquals(28.0, FACTORS.node(28).nodeNm());
        assertEquals(28.0, FACTORS.node(65).nodeNm(), "older nodes take the 28 nm row");
        assertEquals(28.0, FACTORS.node(24.1).nodeNm());
        assertEquals(20.0, FACTORS.node(23.9).nodeNm());
        assertEquals(7.0, FACTORS.node(6).nodeNm(), "6 nm is as far from 5 as from 7: the older");
        assertEquals(14.0, FACTORS.node(12).nodeNm());
        assertEquals(5.0, FACTORS.node(4).nodeNm());
        assertEquals(3.0, FACTORS.node(2).nodeNm());
        assertEquals(7.0, FACTORS.node(7).nodeNm());
        assertEquals(List.of(3.0, 5.0, 7.0, 8.0, 10.0, 14.0, 20.0, 28.0), FACTORS.nodes().stream()
                .map(n -> n.nodeNm()).toList());
    }

    @Test
    void theServerDramIsTheLatestGenerationNotAfterTheCardsYear() {
        assertEquals(Optional.of("DDR3"), dram(2000), "older cards take the earliest generation");
        assertEquals(Optional.of("DDR3"), dram(2009));
        assertEquals(Optional.of("DDR3"), dram(2013));
        assertEquals(Optional.of("DDR4"), dram(2014));
        assertEquals(Optional.of("DDR4"), dram(2021));
        assertEquals(Optional.of("DDR5"), dram(2022));
        assertEquals(Optional.of("DDR5"), dram(2030));
        assertEquals(Optional.empty(), new Factors(DATA.components(), DATA.nodes(), List.of()).serverDram(2020));
    }

    private static Optional<String> dram(int year) {
        return FACTORS.serverDram(year).map(MemoryDensity::memoryType);
    }

    @Test
    void ramIsCountedPerModule() {
        // 512 GB in 4 modules at 0.625 GB/cm²: 4 × (2.20 kg/cm² × 128 / 0.625 cm² + 5.22 kg) = 1,823.12 kg CO2 eq.
        ServerConfig four = new ServerConfig(4, 2, 2.10, 65, 512, 0.625, 4, 1000, 48.5, 2, 2.99);
        ServerFootprint s = ServerFootprint.of(four, FACTORS, "DDR4");
        ServerFootprint.Part ram = s.parts().stream().filter(p -> p.name().equals("RAM")).findFirst().orElseThrow();
        assertEquals(1823.12, ram.impacts().get(Indicator.GWP), 1e-9);
        assertEquals("4 × 128.0 GB DDR4 at 0.625 GB/cm²", ram.quantity());
        // One module: 2.20 × 819.2 + 5.22.
        ServerConfig one = new ServerConfig(4, 2, 2.10, 65, 512, 0.625, 1, 1000, 48.5, 2, 2.99);
        assertEquals(1807.46, ServerFootprint.of(one, FACTORS).parts().get(1).impacts().get(Indicator.GWP), 1e-9);
    }

    @Test
    void aCardWithoutMemoryHasNoMemoryProduction() {
        Assumptions a = Assumptions.from(DATA.parameters(), DATA.edition());
        CardFootprint none = new CardModel(a, FACTORS).footprint(MlcaReference.card("no memory", 1.0, 0, 300));
        assertEquals(Impacts.ZERO, none.memory());
        assertEquals(none.die().plus(none.base()), none.total());
        CardFootprint some = new CardModel(a, FACTORS).footprint(MlcaReference.card("some memory", 1.0, 1, 300));
        // 1 GB at MLCA's density (no memory type): 2.20 / density + 5.22 kg CO2 eq.
        assertEquals(2.20 / a.production().mlcaMemoryDensityGbPerCm2() + 5.22, some.memory().get(Indicator.GWP), 1e-9);
    }

    @Test
    void mlcasServerPowerAndEnergy() {
        ProjectData data = MlcaReferenceTest.mlcaData(6, 0.85, 0.5);
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        Lca lca = new Lca(a, FACTORS);
        GridAndPue grid = new GridAndPue(List.of("FRA"), Impacts.by(i -> 0.1), "test grid", GridAndPue.TRAINING_SITE);
        Lca.Result r = lca.run(new Lca.Run(100, MlcaReference.card("c", 8.26, 80, 400), 400, grid, 2022));
        // cards × TDP + CPUs × CPU TDP × CPU usage + RAM GB × W/GB = 4 × 400 + 2 × 65 × 0.5 + 512 × 0.3725 W.
        double serverWatts = 4 * 400 + 2 * 65 * 0.5 + 512 * 0.3725;
        assertEquals(1855.72, serverWatts, 1e-9);
        assertEquals(serverWatts, r.steps().stream().filter(s -> s.key().equals("server-power")).findFirst()
                .orElseThrow().value(), 1e-9);
        // GPU-hours ÷ cards per server × server kW × MLCA's overhead ratio.
        double energy = 100.0 / 4 * serverWatts / 1000 * 1.834862385321101;
        assertEquals(energy, r.output().energyKwh(), 1e-9 * energy);
        assertEquals(1.0, r.pue());
        assertEquals(0.1 * energy, r.output().electricity(Indicator.GWP), 1e-9 * energy);
    }
}
