package org.rebound.estimate;

import org.rebound.support.Steps;
import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/** GPU-h2 divides by the run's measured MFU where Epoch gives one (best estimate), by the parameter otherwise. */
class ShareOfPeakTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final double FLOP = 1e24;
    /** H100 SXM5's dense BF16 tensor peak in the catalogue, FLOP/s. */
    private static final double H100_BF16 = 989.4e12;

    private static NotableModel model(OptionalDouble mfu) {
        return Models.model("m").published(LocalDate.of(2024, 5, 1)).computeFlop(FLOP).hardware("NVIDIA H100 SXM5 80GB")
                .numericalFormat("BF16").mfu(mfu).build();
    }

    private static Estimate estimate(Configuration c, NotableModel m) {
        return new Estimator(DATA, Assumptions.from(DATA.parameters(), DATA.edition()), c).estimate(List.of(m))
                .estimates().get(0);
    }

    @Test
    void aMeasuredMfuSetsTheShareOfPeakInTheBestEstimateOnly() {
        NotableModel m = model(OptionalDouble.of(0.4));
        Estimate rebound = estimate(Configuration.REBOUND, m);
        Estimate study = estimate(Configuration.STUDY, m);
        assertEquals(GpuHoursMethod.GPU_H2, rebound.gpuHours().method());
        assertEquals(FLOP / (H100_BF16 * 0.4) / 3600, rebound.gpuHours().value(), 1e-9 * rebound.gpuHours().value());
        assertTrue(rebound.gpuHours().ratioMeasured());
        DerivationStep step = rebound.derivation().get(0);
        assertTrue(Steps.text(step.formula()).contains("measured MFU"), Steps.text(step.formula()));
        assertEquals(FLOP / (H100_BF16 * 0.27) / 3600, study.gpuHours().value(), 1e-9 * study.gpuHours().value());
        assertFalse(study.gpuHours().ratioMeasured());
        assertEquals(0.27, study.gpuHours().performanceRatio());
    }

    @Test
    void withoutMfuBothUseTheParameter() {
        NotableModel m = model(OptionalDouble.empty());
        assertEquals(estimate(Configuration.STUDY, m).gpuHours().value(), estimate(Configuration.REBOUND, m).gpuHours().value());
    }
}
