package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Exclusion;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Units;
import org.rebound.stats.Uncertainty;
import org.rebound.support.Models;
import org.rebound.support.Project;

/**
 * The methodology's rule for a run whose row gives a compute estimate but no hardware (Which models are estimated):
 * the best estimate imputes its organisation's documented fleet, else the card most estimated runs of its years used,
 * its GPU-hours from compute alone, its range drawing the card among the window's; the study leaves it out.
 */
class ImputationTest {
    private static ProjectData data;
    private static Assumptions assumptions;

    @BeforeAll
    static void read() {
        data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
    }

    private static Estimation best(List<NotableModel> models) {
        return new Estimator(data, assumptions, Configuration.REBOUND).estimate(models);
    }

    private static Estimate named(Estimation e, String name) {
        return e.estimates().stream().filter(x -> x.model().name().equals(name)).findFirst().orElseThrow();
    }

    /** Ten runs of 2020 on the cards their rows name, six on V100, four on A100, each its own run. */
    private static List<NotableModel> tenRunsOf2020() {
        List<NotableModel> runs = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            runs.add(Models.model("Run " + k).organization("Lab").published("2020-0" + (1 + k % 9) + "-15")
                    .computeFlop(2e19 * (k + 1)).hours(100 + k).quantity(8).hardware(k < 6 ? "NVIDIA V100" : "NVIDIA A100")
                    .build());
        }
        return runs;
    }

    @Test
    void aRunOfAnOrganisationWithADocumentedFleetIsImputedItsCard() {
        NotableModel grok = Models.model("Grokish").organization("xAI").published("2025-01-15").computeFlop(1e25)
                .build();
        Estimation e = best(List.of(grok));
        assertEquals(List.of(), e.exclusions());
        Estimate x = named(e, "Grokish");
        Imputation how = x.imputation().orElseThrow();
        assertEquals(Imputation.Basis.FLEET, how.basis());
        assertEquals("nvidia-h100-sxm5-80gb", x.cardFootprint().accelerator().id());
        assertEquals(1, how.alternatives().size());
        assertEquals(1.0, how.alternatives().get(0).weight());
        assertEquals(GpuHoursMethod.GPU_H2, x.gpuHours().method());
        String said = how.explanation().render(org.rebound.domain.Num.writer(6));
        assertTrue(said.startsWith("Epoch's row names no training hardware: imputed NVIDIA H100 SXM5 80 GB, the "
                + "accelerator xAI documents for its runs of 2024-09-02 to 2025-07-31 ("), said);
        assertTrue(said.contains("Colossus 100K H100"), said);
        assertEquals(how.explanation(), x.hardwareNote());
    }

    @Test
    void withoutAFleetTheCardMostRunsOfTheYearUsedAndTheRangeDrawsAmongThem() {
        List<NotableModel> models = new ArrayList<>(tenRunsOf2020());
        // Time × cards given, card unknown: the cards may not be accelerators at all, so only compute counts.
        models.add(Models.model("Target").organization("Lab").published("2020-06-01").computeFlop(1e22).hours(100)
                .quantity(8).build());
        Estimation e = best(models);
        Estimate t = named(e, "Target");
        Imputation how = t.imputation().orElseThrow();
        assertEquals(Imputation.Basis.YEAR_MIX, how.basis());
        assertEquals(List.of("nvidia-tesla-v100-sxm2-16gb", "nvidia-a100-sxm4-40gb"),
                how.alternatives().stream().map(a -> a.card().id()).toList());
        assertEquals(List.of(0.6, 0.4), how.alternatives().stream().map(Imputation.Alternative::weight).toList());
        assertEquals("nvidia-tesla-v100-sxm2-16gb", t.cardFootprint().accelerator().id());
        assertEquals(GpuHoursMethod.GPU_H2, t.gpuHours().method());
        assertEquals(OptionalDouble.empty(), t.gpuHours().h1());
        double v100 = Units.tflopsToFlops(t.cardFootprint().accelerator().fp16TensorTflops().getAsDouble());
        assertEquals(1e22 / (v100 * data.parameters().number(ParameterKey.PERFORMANCE_RATIO)) / 3600,
                t.gpuHours().value(), 1e-6);
        // The draws: the first 60 % of the unit interval is the V100's, the rest the A100's.
        assertEquals(how.alternatives().get(0).inputs(), how.inputsAt(0.5999));
        assertEquals(how.alternatives().get(1).inputs(), how.inputsAt(0.6));
        assertEquals(how.alternatives().get(1).inputs(), how.inputsAt(0.9999));
        assertTrue(how.alternatives().get(1).gpuHours().value() < t.gpuHours().value(), "the A100 is faster");
        String said = how.explanation().render(org.rebound.domain.Num.writer(6));
        assertTrue(said.contains("the card most used by the 10 runs published in 2020 that Rebound estimates (6 of "
                + "them); its range draws the card among theirs, each by its share (NVIDIA Tesla V100 SXM2 16 GB 60 %, "
                + "NVIDIA A100 SXM4 40 GB 40 %)."), said);
        // Its range is wider than a twin's whose row names the V100: the card is drawn too.
        models.add(Models.model("Twin").organization("Lab").published("2020-06-01").computeFlop(1e22)
                .hardware("NVIDIA V100").build());
        Estimation both = best(models);
        Uncertainty.Result r = Uncertainty.run(both.estimates(), data.parameters(), assumptions, 400, 3);
        Uncertainty.Interval imputed = r.model(named(both, "Target").model()).orElseThrow().energyKwh();
        Uncertainty.Interval known = r.model(named(both, "Twin").model()).orElseThrow().energyKwh();
        assertTrue(imputed.p95() / imputed.p05() > known.p95() / known.p05(), imputed + " vs " + known);
    }

    @Test
    void theWindowWidensUntilItHoldsTheMinimumOfRuns() {
        List<NotableModel> models = new ArrayList<>(tenRunsOf2020().subList(0, 8));
        for (int k = 0; k < 3; k++) {
            models.add(Models.model("Early " + k).organization("Lab").published("2018-03-1" + k).computeFlop(3e17 * (k + 1))
                    .hours(10 + k).quantity(4).hardware("NVIDIA P100").build());
        }
        Estimation estimation = best(models);
        assertEquals(List.of(), estimation.exclusions().stream().map(x -> x.explanation((v, d) -> Double.toString(v)))
                .toList());
        List<Estimate> runs = estimation.estimates();
        assertEquals(11, runs.size());
        CardMix mix = CardMix.of(runs, 10);
        CardMix.Window w = mix.around(2019);
        assertEquals(2018, w.fromYear());
        assertEquals(2020, w.toYear());
        assertEquals(11, w.runs());
        assertEquals(List.of(6, 3, 2), w.shares().stream().map(CardMix.Share::runs).toList());
        // A year with enough runs of its own keeps to itself.
        CardMix.Window y2020 = CardMix.of(runs, 8).around(2020);
        assertEquals(2020, y2020.fromYear());
        assertEquals(8, y2020.runs());
        // Fewer runs than the minimum in all: all of them, from the years they were published in.
        CardMix.Window all = CardMix.of(runs, 100).around(2030);
        assertEquals(2018, all.fromYear());
        assertEquals(2020, all.toYear());
        assertEquals(11, all.runs());
        assertEquals(List.of(), CardMix.of(List.of(), 10).around(2020).shares());
    }

    @Test
    void theStudyLeavesTheRunOutAndAFineTuneWithoutItsOwnComputeIsNotImputed() {
        List<NotableModel> models = new ArrayList<>(tenRunsOf2020());
        models.add(Models.model("Target").organization("Lab").published("2020-06-01").computeFlop(1e22).build());
        models.add(Models.model("Tuned").organization("Lab").published("2020-06-01").computeFlop(1e22)
                .baseModel("Run 1").build());
        Estimation study = new Estimator(data, assumptions).estimate(models);
        assertEquals(List.of(Exclusion.Reason.NO_HARDWARE, Exclusion.Reason.NO_HARDWARE),
                study.exclusions().stream().map(Exclusion::reason).toList());
        assertTrue(study.estimates().stream().noneMatch(Estimate::hardwareImputed));
        Estimation best = best(models);
        assertEquals(List.of("Tuned: no training hardware"), best.exclusions().stream().map(x -> x.model().name() + ": "
                + x.explanation((v, d) -> Double.toString(v))).toList());
        assertTrue(named(best, "Target").hardwareImputed());
        assertEquals(1, best.estimates().stream().filter(Estimate::hardwareImputed).count());
    }

    @Test
    void twoOperatorsDocumentingDifferentFleetsLeaveTheYearsCards() {
        // Google's TPU v4 and Meta's A100 both cover mid-2023: neither is evidence for a joint run.
        List<NotableModel> models = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            models.add(Models.model("R" + k).organization("Lab").published("2023-0" + (1 + k % 9) + "-10")
                    .computeFlop(1e20 * (k + 1)).hours(50 + k).quantity(16).hardware("NVIDIA H100 SXM5 80GB").build());
        }
        models.add(Models.model("Joint").organization("Google,Meta AI").published("2023-06-01").computeFlop(1e23)
                .build());
        models.add(Models.model("Alone").organization("Meta AI").published("2023-06-01").computeFlop(1e23).build());
        Estimation e = best(models);
        assertEquals(Imputation.Basis.YEAR_MIX, named(e, "Joint").imputation().orElseThrow().basis());
        assertEquals("nvidia-h100-sxm5-80gb", named(e, "Joint").cardFootprint().accelerator().id());
        assertEquals(Imputation.Basis.FLEET, named(e, "Alone").imputation().orElseThrow().basis());
        assertEquals("nvidia-a100-sxm4-40gb", named(e, "Alone").cardFootprint().accelerator().id());
        assertFalse(named(e, "R1").hardwareImputed());
    }
}
