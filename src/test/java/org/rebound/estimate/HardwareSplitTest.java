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
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/** A row of several hardware types is split by the quantities a source states (AlphaZero: 5,000 TPU v1, 64 TPU v2). */
class HardwareSplitTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());

    /**
     * AlphaZero as Epoch's 2026 export gives it: TPU v2 listed first, 5,064 chips, 24 hours; its compute (1.06e20 FLOP)
     * only when the time is not given (with both, they imply 0.5 % of peak and the row is excluded as implausible).
     */
    private static NotableModel alphaZero(OptionalDouble hours, OptionalDouble quantity) {
        return Models.model("AlphaZero").organization("DeepMind").published(LocalDate.of(2017, 12, 5)).domain("Games")
                .computeFlop(hours.isPresent() ? OptionalDouble.empty() : OptionalDouble.of(1.06e20)).hours(hours)
                .hardware("Google TPU v2", "Google TPU v1").quantity(quantity)
                .countries("United Kingdom of Great Britain and Northern Ireland").build();
    }

    private static Estimate estimate(Configuration c, NotableModel m) {
        return new Estimator(DATA, Assumptions.from(DATA.parameters(), DATA.edition()), c).estimate(List.of(m))
                .estimates().get(0);
    }

    private static Estimate single(NotableModel m, String hardware, double quantity) {
        NotableModel one = Models.from(m).hardware(hardware).quantity(quantity).build();
        return estimate(Configuration.REBOUND, one);
    }

    @Test
    void theRunIsTheSumOfItsPartsEachOnItsOwnCard() {
        NotableModel m = alphaZero(OptionalDouble.of(24), OptionalDouble.of(5064));
        Estimate split = estimate(Configuration.REBOUND, m);
        assertEquals(5064 * 24, split.gpuHours().value(), 1e-9);
        assertEquals("google-tpu-v1", split.cardFootprint().accelerator().id(), "the card with the most GPU-hours is shown");
        Estimate v1 = single(m, "Google TPU v1", 5000);
        Estimate v2 = single(m, "Google TPU v2", 64);
        assertEquals(v1.energyKwh() + v2.energyKwh(), split.energyKwh(), 1e-9 * split.energyKwh());
        for (Indicator i : Indicator.ALL) {
            double sum = v1.total().get(i) + v2.total().get(i);
            assertEquals(sum, split.total().get(i), 1e-9 * sum, i.key());
        }
        assertTrue(org.rebound.support.Steps.text(split.hardwareNote()).contains("5,000 × Google TPU v1"), org.rebound.support.Steps.text(split.hardwareNote()));
        assertEquals(split.energyKwh(), LcaKernel.run(split.lcaInputs()).energyKwh(), 1e-9 * split.energyKwh());
    }

    @Test
    void theStudyGivesAllGpuHoursToTheFirstListedType() {
        Estimate study = estimate(Configuration.STUDY, alphaZero(OptionalDouble.of(24), OptionalDouble.of(5064)));
        assertEquals("google-tpu-v2", study.cardFootprint().accelerator().id());
        assertEquals(5064 * 24, study.gpuHours().value(), 1e-9);
    }

    @Test
    void fromComputeEveryTypeRunsTheSameTime() {
        Estimate split = estimate(Configuration.REBOUND, alphaZero(OptionalDouble.empty(), OptionalDouble.empty()));
        // time = compute ÷ (share × Σ quantity × peak); each type's GPU-hours = time × its quantity.
        double v1Peak = 92e12;
        double v2Peak = 46e12;
        double time = 1.06e20 / (0.27 * (5000 * v1Peak + 64 * v2Peak)) / 3600;
        assertEquals(time * 5064, split.gpuHours().value(), 1e-6 * split.gpuHours().value());
    }
}
