package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.support.MlcaReference;
import org.rebound.support.MlcaReference.Fact;
import org.rebound.support.MlcaReference.Vector;
import org.rebound.support.Project;

/**
 * With MLCA's switches, Rebound reproduces MLCA's own results (method §9): the BLOOM training run and the
 * GPU production test vectors, read from our cited restatement of them ({@code reference/mlca/}, see the README there).
 */
class MlcaReferenceTest {
    private static final double TOLERANCE = 0.001;

    /** The project's data with the MLCA switches of the reference set-up. */
    static ProjectData mlcaData(double lifespanYears, double utilization, double cpuUsage) {
        ProjectData data = ProjectDataReader.read(Project.data());
        Parameters p = data.parameters().with(Map.of(
                ParameterKey.DIE_MODEL, "mlca",
                ParameterKey.USE_MODEL, "mlca",
                ParameterKey.LIFESPAN, Double.toString(lifespanYears),
                ParameterKey.UTILIZATION, Double.toString(utilization),
                ParameterKey.MLCA_CPU_USAGE, Double.toString(cpuUsage)));
        return data.withParameters(p);
    }

    private static void assertClose(double expected, double actual, String what) {
        double relative = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(relative <= TOLERANCE, what + ": expected " + expected + " within 0.1 %, got " + actual
                + " (" + relative * 100 + " % off)");
    }

    @Test
    void reproducesMlcasBloomRun() {
        Map<String, Fact> bloom = MlcaReference.bloom();
        double hours = bloom.get("days").number() * 24 + bloom.get("hours").number()
                + bloom.get("minutes").number() / 60;
        int nodes = (int) bloom.get("nodes").number();
        int cardsPerNode = (int) bloom.get("gpus_per_node").number();
        Accelerator card = MlcaReference.card(bloom.get("gpu_model").value(), bloom.get("gpu_die_size").number(),
                bloom.get("gpu_memory").number(), bloom.get("gpu_tdp").number());
        Map<Indicator, Double> factors = Map.of(Indicator.GWP, bloom.get("gwp_factor").number(),
                Indicator.ADPE, bloom.get("adpe_factor").number(),
                Indicator.PE, bloom.get("pe_factor").number());
        // MLCA reports these three indicators; another of Rebound's gets no factor here (0), and is not compared.
        Impacts perKwh = Impacts.by(i -> factors.getOrDefault(i, 0.0));

        ProjectData data = mlcaData(bloom.get("lifespan").number(), bloom.get("average_usage").number(),
                bloom.get("cpu_usage").number());
        Assumptions defaults = Assumptions.from(data.parameters(), data.edition());
        ServerConfig server = new ServerConfig(cardsPerNode, (int) bloom.get("cpus_per_node").number(),
                bloom.get("cpu_die_size").number(), bloom.get("cpu_tdp").number(), bloom.get("ram_per_node").number(),
                defaults.server().ramDensityGbPerCm2(), 1, defaults.server().ssdGb(),
                defaults.server().ssdDensityGbPerCm2(), defaults.server().powerSupplies(),
                defaults.server().powerSupplyKg());
        Lca lca = new Lca(defaults.toBuilder().server(server).build(), new Factors(data.components(), data.nodes(), data.memoryDensities()));
        Lca.Result r = lca.run(new Lca.Run(hours * nodes * cardsPerNode, card, card.tdpWatts().getAsDouble(),
                new GridAndPue(List.of(bloom.get("location").value()), perKwh, "France, BLOOM set-up",
                        GridAndPue.TRAINING_SITE), 2022));

        Impacts production = r.output().productionCards().plus(r.output().productionServer());
        // MLCA's unrounded results for BLOOM (15,088.8 kg, 43,484.5 kg, 847,982 kWh, 185,892 MJ, 9,572,872 MJ,
        // 1.173 kg Sb eq, 0.0412 kg Sb eq), cited in bloom-reference.csv.
        assertClose(bloom.get("embodied_gwp").number(), production.get(Indicator.GWP), "production GWP");
        assertClose(bloom.get("direct_gwp").number(), r.output().electricity().get(Indicator.GWP), "direct GWP");
        assertClose(bloom.get("energy").number(), r.output().energyKwh(), "energy");
        assertClose(bloom.get("embodied_pe").number(), production.get(Indicator.PE), "production PE");
        assertClose(bloom.get("direct_pe").number(), r.output().electricity().get(Indicator.PE), "direct PE");
        assertClose(bloom.get("embodied_adpe").number(), production.get(Indicator.ADPE), "production ADPe");
        assertClose(bloom.get("direct_adpe").number(), r.output().electricity().get(Indicator.ADPE), "direct ADPe");
    }

    /** The BLOOM facts are the set-up of method §9 and the results the tests have always asserted. */
    @Test
    void theBloomFactsAreTheMethodsSetUpAndResults() {
        Map<String, Fact> bloom = MlcaReference.bloom();
        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("nodes", 48.0);
        expected.put("gpus_per_node", 8.0);
        expected.put("cpus_per_node", 2.0);
        expected.put("ram_per_node", 518.0);
        expected.put("gwp_factor", 0.05128);
        expected.put("cpu_usage", 0.0);
        expected.put("lifespan", 6.0);
        expected.put("average_usage", 0.85);
        expected.put("embodied_gwp", 15_088.8);
        expected.put("direct_gwp", 43_484.5);
        expected.put("energy", 847_982.0);
        expected.put("embodied_pe", 185_892.0);
        expected.put("direct_pe", 9_572_872.0);
        expected.put("embodied_adpe", 1.173);
        expected.put("direct_adpe", 0.0412);
        expected.forEach((quantity, value) -> assertEquals(value, bloom.get(quantity).number(), quantity));
        assertEquals(2_837.68, bloom.get("days").number() * 24 + bloom.get("hours").number()
                + bloom.get("minutes").number() / 60, 0.005, "hours of the run");
        assertEquals("NVIDIA A100 SXM4 80 GB", bloom.get("gpu_model").value());
        assertEquals("EPYC 7543", bloom.get("cpu_model").value());
        assertEquals("FRA", bloom.get("location").value());
    }

    /**
     * Every fact is the value MLCA's file gives at its key, or, where MLCA prints a rounded value (its results),
     * rounds to it: within half a unit of the printed value's last significant digit (15,088.8 prints as 15000.0).
     */
    @Test
    void everyBloomFactIsMlcasValueOrRoundsToIt() {
        List<String> problems = new ArrayList<>();
        for (Fact f : MlcaReference.bloom().values()) {
            if (f.citation().isBlank() || f.mlcaPath().isBlank() || f.mlcaKey().isBlank() || f.note().isBlank()) {
                problems.add(f.quantity() + ": no citation, path, key or note");
            }
            if (!f.citation().contains("d2d8a42a030ea6259959b7d13a2b8637c8501044")
                    || !f.citation().contains("hal-04643414")) {
                problems.add(f.quantity() + ": the citation names neither MLCA's commit nor its paper");
            }
            if (!isNumber(f.value())) {
                if (!f.value().equals(f.mlcaValue())) {
                    problems.add(f.quantity() + ": " + f.value() + ", MLCA's file " + f.mlcaValue());
                }
                continue;
            }
            BigDecimal value = new BigDecimal(f.value());
            BigDecimal printed = new BigDecimal(f.mlcaValue());
            BigDecimal halfUnit = BigDecimal.valueOf(5, printed.stripTrailingZeros().scale() + 1);
            boolean rounded = f.note().contains("rounded");
            if (rounded ? value.subtract(printed).abs().compareTo(halfUnit) > 0 : value.compareTo(printed) != 0) {
                problems.add(f.quantity() + ": " + value + (rounded ? " does not round to " : " is not ") + printed);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    @Test
    void reproducesTheA100Sxm480GbCardVector() {
        Map<String, Fact> bloom = MlcaReference.bloom();
        ProjectData data = mlcaData(6, 0.85, 1);
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        CardModel model = new CardModel(a, new Factors(data.components(), data.nodes(), data.memoryDensities()));
        Impacts card = model.footprint(MlcaReference.card(bloom.get("gpu_model").value(),
                bloom.get("gpu_die_size").number(), bloom.get("gpu_memory").number(), bloom.get("gpu_tdp").number()))
                .total();
        // 330.06 kg, 3,943.29 MJ, 0.026828 kg Sb eq: MLCA prints 330 / 3900 / 0.027.
        assertClose(bloom.get("gpu_manufacture_gwp").number(), card.get(Indicator.GWP), "A100 GWP");
        assertClose(bloom.get("gpu_manufacture_pe").number(), card.get(Indicator.PE), "A100 PE");
        assertClose(bloom.get("gpu_manufacture_adpe").number(), card.get(Indicator.ADPE), "A100 ADPe");
    }

    /** Every row of MLCA's GPU test vectors, at both memory densities. */
    @Test
    void reproducesEveryMlcaGpuTestVector() {
        int checked = 0;
        ProjectData mlca = mlcaData(6, 0.85, 1);
        for (Vector v : MlcaReference.vectors()) {
            ProjectData data = mlca.withParameters(mlca.parameters().with(Map.of(ParameterKey.MLCA_MEMORY_DENSITY,
                    v.memoryDensity())));
            Assumptions a = Assumptions.from(data.parameters(), data.edition());
            CardModel model = new CardModel(a, new Factors(data.components(), data.nodes(), data.memoryDensities()));
            Impacts card = model.footprint(MlcaReference.card(v.model(), v.dieCm2(), v.memoryGb(), 250)).total();
            String what = v.model() + " at " + v.memoryDensity();
            assertClose(v.gwp(), card.get(Indicator.GWP), what + " GWP");
            assertClose(v.pe(), card.get(Indicator.PE), what + " PE");
            assertClose(v.adpe(), card.get(Indicator.ADPE), what + " ADPe");
            checked++;
        }
        assertEquals(50, checked, "rows of " + MlcaReference.VECTORS);
    }
}
