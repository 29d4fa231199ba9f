package org.rebound.estimate;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Exclusion;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/** A fine-tune counts its own compute in Rebound's best estimate, never its base model's. */
class FineTuneTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final double BASE_FLOP = 1e24;
    private static final double OWN_FLOP = 1e21;

    private static NotableModel model(String name, String base, OptionalDouble ownFlop, OptionalDouble hours) {
        return Models.model(name).published(LocalDate.of(2024, 5, 1)).computeFlop(BASE_FLOP).hours(hours)
                .hardware("NVIDIA H100 SXM5 80GB").quantity(hours.isPresent() ? OptionalDouble.of(64)
                        : OptionalDouble.empty()).baseModel(base).finetuneComputeFlop(ownFlop).build();
    }

    private static Estimation estimate(Configuration c, NotableModel m) {
        return new Estimator(DATA, Assumptions.from(DATA.parameters(), DATA.edition()), c).estimate(List.of(m));
    }

    @Test
    void aFineTuneIsEstimatedFromItsOwnComputeNotItsBases() {
        NotableModel m = model("Tuned", "Base 70B", OptionalDouble.of(OWN_FLOP), OptionalDouble.empty());
        Estimate rebound = estimate(Configuration.REBOUND, m).estimates().get(0);
        assertEquals(GpuHoursMethod.GPU_H2, rebound.gpuHours().method(), "its own compute, not the base's");
        assertEquals(OWN_FLOP / (rebound.gpuHours().peakFlops() * 0.27) / 3600, rebound.gpuHours().value(), 1e-9 * rebound.gpuHours().value());
        assertTrue(org.rebound.support.Steps.texts(rebound.notes()).contains("Fine-tune of Base 70B: estimated from its "
                + "own fine-tuning compute (Epoch's Finetune compute), not its base model's."),
                org.rebound.support.Steps.texts(rebound.notes()).toString());
    }

    @Test
    void aFineTunesOwnTimeAndCardsComeFirstAndAreCheckedAgainstItsOwnCompute() {
        double peak = estimate(Configuration.REBOUND, model("Tuned", "Base 70B", OptionalDouble.of(OWN_FLOP),
                OptionalDouble.empty())).estimates().get(0).gpuHours().peakFlops();
        // 10 h on 64 cards at 30 % of their peak: a consistent pair, so its time × cards are used.
        double consistent = 0.3 * peak * 3600 * 10 * 64;
        NotableModel m = model("Tuned", "Base 70B", OptionalDouble.of(consistent), OptionalDouble.of(10));
        Estimate rebound = estimate(Configuration.REBOUND, m).estimates().get(0);
        assertEquals(GpuHoursMethod.GPU_H1, rebound.gpuHours().method());
        assertEquals(640, rebound.gpuHours().value(), 1e-9);
        assertTrue(org.rebound.support.Steps.texts(rebound.notes()).contains("Fine-tune of Base 70B: estimated from its "
                + "own training time × cards, as Epoch gives them."));
        // 1,000 h on 64 cards for 10²¹ FLOP: 0.0004 % of peak, the base model's time × cards beside the fine-tune's
        // compute. The plausibility check covers fine-tunes: excluded with the reason.
        Estimation implausible = estimate(Configuration.REBOUND, model("Tuned", "Base 70B", OptionalDouble.of(OWN_FLOP),
                OptionalDouble.of(1000)));
        assertEquals(List.of(), implausible.estimates());
        assertEquals(Exclusion.Reason.IMPLAUSIBLE_VALUE, implausible.exclusions().get(0).reason());
        assertTrue(org.rebound.support.Steps.text(implausible.exclusions().get(0).detail())
                .startsWith("its training time × cards and its fine-tuning compute imply "),
                org.rebound.support.Steps.text(implausible.exclusions().get(0).detail()));
        // The study's choices: time × cards, with no check.
        Estimate study = estimate(Configuration.STUDY, model("Tuned", "Base 70B", OptionalDouble.of(OWN_FLOP),
                OptionalDouble.of(1000))).estimates().get(0);
        assertEquals(GpuHoursMethod.GPU_H1, study.gpuHours().method(), "the study's choices: time × cards");
        assertEquals(1000 * 64, study.gpuHours().value(), 1e-9);
    }

    @Test
    void aFineTuneWithoutItsOwnComputeOrTimeIsExcludedWithTheReason() {
        NotableModel m = model("Tuned", "Base 70B", OptionalDouble.empty(), OptionalDouble.empty());
        Estimation rebound = estimate(Configuration.REBOUND, m);
        assertEquals(List.of(), rebound.estimates());
        Exclusion x = rebound.exclusions().get(0);
        assertEquals(Exclusion.Reason.FINETUNE_WITHOUT_OWN_COMPUTE, x.reason());
        assertEquals("fine-tune without its own compute", x.reason().label());
        assertEquals(1, estimate(Configuration.STUDY, m).estimates().size(), "the study used the base's compute");
    }

    @Test
    void aFineTuneWithOnlyItsTimeUsesIt() {
        NotableModel m = model("Tuned", "Base 70B", OptionalDouble.empty(), OptionalDouble.of(10));
        Estimate rebound = estimate(Configuration.REBOUND, m).estimates().get(0);
        assertEquals(GpuHoursMethod.GPU_H1, rebound.gpuHours().method());
        assertEquals(10 * 64, rebound.gpuHours().value(), 1e-9);
    }
}
