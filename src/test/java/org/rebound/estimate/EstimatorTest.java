package org.rebound.estimate;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Exclusion;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.Indicator;
import org.rebound.support.Project;

/** The estimation on the repository's sample, with hand-checked values. */
class EstimatorTest {
    private static Estimation estimation;
    private static Assumptions assumptions;

    @BeforeAll
    static void estimateTheSample() throws IOException {
        ProjectData data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
        Path sample = Fixture.SAMPLE;
        estimation = new Estimator(data, assumptions).estimate(
                EpochReader.read(sample.toString(), Files.readAllBytes(sample)).models());
    }

    private static Estimate estimate(String name) {
        return estimation.estimates().stream().filter(e -> e.model().name().equals(name)).findFirst().orElseThrow();
    }

    private static Exclusion exclusion(String name) {
        return estimation.exclusions().stream().filter(e -> e.model().name().equals(name)).findFirst().orElseThrow();
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-6);
    }

    @Test
    void bloomUsesGpuH1AndTheMeanOfItsTwoCountries() {
        Estimate bloom = estimate("BLOOM-176B");
        assertEquals(GpuHoursMethod.GPU_H1, bloom.gpuHours().method());
        assertClose(2808 * 384, bloom.gpuHours().value());
        assertEquals(1.2, bloom.power().pue());
        // 1,078,272 GPU-h × 0.4 kW × PUE 1.2
        assertClose(517_570.56, bloom.energyKwh());
        assertEquals(List.of("FRA", "USA"), bloom.gridAndPue().iso3());
        // France 0.098 and the USA 0.37 kg CO2 eq/kWh (Boavizta/Ember), mean 0.234
        assertClose(517_570.56 * (0.098 + 0.37) / 2, bloom.electricity().get(Indicator.GWP));
    }

    @Test
    void aComputeOnlyModelUsesGpuH2AtTheCardsTensorPeak() {
        Estimate llama = estimate("Llama 3.3 70B");
        assertEquals(GpuHoursMethod.GPU_H2, llama.gpuHours().method());
        assertEquals("FP16/BF16 tensor", llama.gpuHours().precision());
        // 6.8649768e24 FLOP ÷ (989.4e12 FLOP/s dense BF16 of an H100 SXM5 × 0.27) ÷ 3,600 s/h
        assertClose(6.8649768e24 / (989.4e12 * 0.27) / 3600, llama.gpuHours().value());
    }

    @Test
    void anInt8OnlyChipUsesItsInt8Peak() {
        Estimate alphaGo = estimate("AlphaGo Zero");
        assertEquals(GpuHoursMethod.GPU_H2, alphaGo.gpuHours().method());
        assertEquals("INT8", alphaGo.gpuHours().precision());
        // 6.49e20 OP ÷ (92e12 OP/s of a TPU v1 × 0.27) ÷ 3,600 s/h
        assertClose(6.49439910290227e20 / (92e12 * 0.27) / 3600, alphaGo.gpuHours().value());
    }

    @Test
    void pueFallsLinearlyFrom2010To2018() {
        assertEquals(1.75, assumptions.pue(2009));
        assertEquals(1.75 - 0.55 * 3 / 8, assumptions.pue(2013), 1e-12);
        assertEquals(1.2, assumptions.pue(2018));
        assertEquals(1.2, assumptions.pue(2024));
    }

    @Test
    void modelsThatCannotBeEstimatedAreListedWithTheirReason() {
        assertEquals(Exclusion.Reason.OUT_OF_DATE_RANGE, exclusion("AlexNet").reason());
        assertEquals(Exclusion.Reason.NO_HARDWARE, exclusion("Claude 2").reason());
        assertEquals(3, estimation.exclusions().size());
        assertEquals(38, estimation.estimates().size() + estimation.exclusions().size());
    }

    @Test
    void aRowWithSeveralHardwareTypesSaysWhichWasUsed() {
        Estimate ernie = estimate("ERNIE 3.0 Titan");
        assertTrue(org.rebound.support.Steps.text(ernie.hardwareNote()).contains("several hardware types"), org.rebound.support.Steps.text(ernie.hardwareNote()));
        assertEquals("nvidia-tesla-v100-sxm2-32gb", ernie.cardFootprint().accelerator().id(), "Epoch's DGXS name is remapped to the cluster board");
    }

    /** The derivation's steps add up to the published numbers, for every model. */
    @Test
    void theDerivationStepsAddUpToTheResults() {
        for (Estimate e : estimation.estimates()) {
            Map<String, Double> step = new HashMap<>();
            for (DerivationStep s : e.derivation()) {
                step.put(s.key(), s.value());
            }
            int cards = assumptions.server().cards();
            assertClose(e.gpuHours().value(), step.get("gpu-hours"));
            assertClose(e.energyKwh(), step.get("energy"));
            for (Indicator i : Indicator.values()) {
                String k = i.key();
                double production = step.get("share") * (step.get("server-" + k) + cards * step.get("card-" + k));
                assertClose(production, step.get("embodied-" + k));
                assertClose(e.production().get(i), step.get("embodied-" + k));
                assertClose(e.electricity().get(i), step.get("use-" + k));
                assertClose(e.total().get(i), step.get("embodied-" + k) + step.get("use-" + k));
                assertClose(e.total().get(i), step.get("total-" + k));
            }
        }
    }

    @Test
    void memoryDensityIsAppliedAlikeToOneGenerationAndServersGetTheDramOfTheirTime() {
        ProjectData d = ProjectDataReader.read(Project.data());
        Lca lca = new Estimator(d, Assumptions.from(d.parameters(), d.edition())).lca();
        java.util.function.Function<String, org.rebound.domain.Accelerator> card = id -> d.accelerators().stream()
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        // H100 SXM5 (HBM3) and H100 PCIe (HBM2e): same die, same 80 GB, memory dies of one density.
        CardFootprint sxm = lca.card(card.apply("nvidia-h100-sxm5-80gb"));
        CardFootprint pcie = lca.card(card.apply("nvidia-h100-pcie-80gb"));
        assertEquals(sxm.densityGbPerCm2(), pcie.densityGbPerCm2());
        double sxmGwp = sxm.total().get(org.rebound.domain.Indicator.GWP);
        double pcieGwp = pcie.total().get(org.rebound.domain.Indicator.GWP);
        assertTrue(Math.abs(sxmGwp / pcieGwp - 1) <= 0.1, sxmGwp + " against " + pcieGwp);
        assertTrue(org.rebound.support.Steps.text(pcie.densitySource()).contains("derived"), org.rebound.support.Steps.text(pcie.densitySource()));
        // HBM2 is half the 8 Gb DDR4 density (1.71 GB/cm²).
        assertEquals(1.71 * 0.5, lca.card(card.apply("nvidia-tesla-v100-sxm2-32gb")).densityGbPerCm2(), 1e-12);
        // Servers: a V100 (2017) gets DDR4, an H100 (2022) DDR5, a K40 (2013) DDR3.
        assertTrue(lca.server(card.apply("nvidia-tesla-v100-sxm2-32gb")).parts().get(1).quantity().contains("DDR4"));
        assertTrue(lca.server(card.apply("nvidia-h100-sxm5-80gb")).parts().get(1).quantity().contains("DDR5 at 2.62"));
        assertTrue(lca.server(card.apply("nvidia-tesla-k40m")).parts().get(1).quantity().contains("DDR3"));
    }
}
