package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.support.MlcaReference;
import org.rebound.support.Project;
import org.rebound.support.Shared;

/**
 * With MLCA's switches, Rebound reproduces MLCA's own results (method §9): the BLOOM training run and the
 * GPU production test vectors, both read from ../shared/data/reference.
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
    void reproducesMlcasBloomRun() throws IOException {
        JsonNode setup = new ObjectMapper().readTree(Shared.path("data/reference/mlca_setup_test_bloom.json").toFile());
        JsonNode usage = setup.get("usage");
        double hours = usage.get("days_use_time").asDouble() * 24 + usage.get("hours_use_time").asDouble()
                + usage.get("minute_use_time").asDouble() / 60;
        int nodes = setup.get("nb_nodes").asInt();
        int cardsPerNode = setup.get("gpu").get(0).get("units").asInt();
        String gpuModel = setup.get("gpu").get(0).get("model").asText();
        String cpuModel = setup.get("server").get("configuration").get("cpu").get("model").asText();
        int cpus = setup.get("server").get("configuration").get("cpu").get("units").asInt();
        double ramGb = setup.get("server").get("configuration").get("ram").get(0).get("capacity").asDouble();

        CSVRecord gpu = MlcaReference.row("mlca_gpu_infos.csv", gpuModel);
        Accelerator card = MlcaReference.card(gpuModel,
                Double.parseDouble(gpu.get(MlcaReference.column("mlca_gpu_infos.csv", "die_size"))),
                Double.parseDouble(gpu.get(MlcaReference.column("mlca_gpu_infos.csv", "memory"))),
                Double.parseDouble(gpu.get(MlcaReference.column("mlca_gpu_infos.csv", "TDP"))));
        CSVRecord cpu = MlcaReference.row("mlca_cpu_infos.csv", cpuModel);
        double cpuDie = Double.parseDouble(cpu.get(MlcaReference.column("mlca_cpu_infos.csv", "die_size")));
        double cpuTdp = Double.parseDouble(cpu.get(MlcaReference.column("mlca_cpu_infos.csv", "TDP")));

        CSVRecord france = electricityRow(usage.get("usage_location").asText());
        Map<Indicator, Double> factors = Map.of(Indicator.GWP, usage.get("gwp_factor").asDouble(),
                Indicator.ADPE, Double.parseDouble(france.get("adpe_emission_factor")),
                Indicator.PE, Double.parseDouble(france.get("pe_emission_factor")));
        Impacts perKwh = Impacts.by(factors::get);

        ProjectData data = mlcaData(6, 0.85, setup.get("cpu_usage").asDouble());
        Assumptions defaults = Assumptions.from(data.parameters(), data.edition());
        ServerConfig server = new ServerConfig(cardsPerNode, cpus, cpuDie, cpuTdp, ramGb,
                defaults.server().ramDensityGbPerCm2(), 1, defaults.server().ssdGb(),
                defaults.server().ssdDensityGbPerCm2(), defaults.server().powerSupplies(),
                defaults.server().powerSupplyKg());
        Lca lca = new Lca(defaults.withServer(server), new Factors(data.components(), data.nodes(), data.memoryDensities()));
        Lca.Result r = lca.run(new Lca.Run(hours * nodes * cardsPerNode, card, card.tdpWatts().getAsDouble(),
                new GridChoice(List.of("FRA"), perKwh, "France, BLOOM set-up", GridChoice.TRAINING_SITE), 2022));

        Impacts embodied = r.output().productionCards().plus(r.output().productionServer());
        // method.md §9, MLCA's unrounded results for BLOOM.
        assertClose(15_088.8, embodied.get(Indicator.GWP), "embodied GWP");
        assertClose(43_484.5, r.output().electricity().get(Indicator.GWP), "direct GWP");
        assertClose(847_982, r.output().energyKwh(), "energy");
        assertClose(185_892, embodied.get(Indicator.PE), "embodied PE");
        assertClose(9_572_872, r.output().electricity().get(Indicator.PE), "direct PE");
        assertClose(1.173, embodied.get(Indicator.ADPE), "embodied ADPe");
        assertClose(0.0412, r.output().electricity().get(Indicator.ADPE), "direct ADPe");
    }

    private static CSVRecord electricityRow(String iso3) throws IOException {
        try (var reader = java.nio.file.Files.newBufferedReader(
                Shared.path("data/reference/mlca_electricity_impact_factors.csv"))) {
            for (CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                if (r.get("code").equals(iso3)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException(iso3);
    }

    @Test
    void reproducesTheA100Sxm480GbCardVector() {
        ProjectData data = mlcaData(6, 0.85, 1);
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        CardModel model = new CardModel(a, new Factors(data.components(), data.nodes(), data.memoryDensities()));
        Impacts card = model.footprint(MlcaReference.card("NVIDIA A100 SXM4 80 GB", 8.26, 80, 400)).total();
        assertClose(330.06, card.get(Indicator.GWP), "A100 GWP");
        assertClose(3_943.29, card.get(Indicator.PE), "A100 PE");
        assertClose(0.026828, card.get(Indicator.ADPE), "A100 ADPe");
    }

    /** Every row of MLCA's GPU test vectors, at both memory densities. */
    @Test
    void reproducesEveryMlcaGpuTestVector() throws IOException {
        int checked = 0;
        ProjectData mlca = mlcaData(6, 0.85, 1);
        try (var reader = java.nio.file.Files.newBufferedReader(
                Shared.path("data/reference/mlca_gpu_embodied_testvectors.csv"))) {
            for (CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                ProjectData data = mlca.withParameters(mlca.parameters().with(Map.of(ParameterKey.MLCA_MEMORY_DENSITY,
                        r.get("memory_density_GB_per_cm2"))));
                Assumptions a = Assumptions.from(data.parameters(), data.edition());
                CardModel model = new CardModel(a, new Factors(data.components(), data.nodes(), data.memoryDensities()));
                Impacts card = model.footprint(MlcaReference.card(r.get("model"),
                        Double.parseDouble(r.get("die_size_cm2")), Double.parseDouble(r.get("memory_GB")), 250)).total();
                String what = r.get("model") + " at " + r.get("memory_density_GB_per_cm2");
                assertClose(Double.parseDouble(r.get("gwp_kgCO2eq")), card.get(Indicator.GWP), what + " GWP");
                assertClose(Double.parseDouble(r.get("pe_MJ")), card.get(Indicator.PE), what + " PE");
                assertClose(Double.parseDouble(r.get("adpe_kgSbeq")), card.get(Indicator.ADPE), what + " ADPe");
                checked++;
            }
        }
        assertEquals(50, checked, "rows of mlca_gpu_embodied_testvectors.csv");
    }
}
