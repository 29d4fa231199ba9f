package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.support.Project;

/** Both GPU-hours formulas and the choice between them, on real numbers. */
class GpuHoursTest {
    /** Llama 3.3 70B: 6.8649768e24 FLOP on H100s, FP16/BF16 tensor peak 989.4 TFLOP/s. */
    private static final double LLAMA_FLOP = 6.8649768e24;
    private static final double H100_BF16 = 989.4e12;
    private static final GpuHours.Rule RULE = GpuHours.Rule.of(ProjectDataReader.read(Project.data()).parameters());

    private static GpuHours.Run run(double hours, double cards, double flop, double peak, double ratio, boolean mfu,
            boolean fineTune) {
        return new GpuHours.Run(hours > 0 ? OptionalDouble.of(hours) : OptionalDouble.empty(),
                cards > 0 ? OptionalDouble.of(cards) : OptionalDouble.empty(),
                flop > 0 ? OptionalDouble.of(flop) : OptionalDouble.empty(), peak, "FP16/BF16 tensor", ratio, mfu,
                fineTune);
    }

    @Test
    void gpuH1IsTrainingTimeTimesHardwareQuantity() {
        // BLOOM-176B: 2,808 h on 384 A100s.
        assertEquals(OptionalDouble.of(1_078_272), GpuHours.h1(OptionalDouble.of(2808), OptionalDouble.of(384)));
        assertEquals(OptionalDouble.empty(), GpuHours.h1(OptionalDouble.of(2808), OptionalDouble.empty()));
    }

    @Test
    void gpuH2IsComputeOverPeakTimesRatioInHours() {
        // 6.8649768e24 ÷ (989.4e12 × 0.27) ÷ 3,600 = 7,138,400 GPU-h.
        double h2 = GpuHours.h2(LLAMA_FLOP, H100_BF16, 0.27);
        assertEquals(7_138_400, h2, 1);
        assertEquals(LLAMA_FLOP / (H100_BF16 * 0.27) / 3600, h2);
    }

    @Test
    void timeAndCardsWinWhenBothAreReported() {
        GpuHours g = RULE.choose(run(2808, 384, 3.65e23, 312e12, 0.27, false, false)).orElseThrow();
        assertEquals(GpuHoursMethod.GPU_H1, g.method());
        assertEquals(1_078_272, g.value());
        assertEquals(GpuHours.TIME_AND_QUANTITY_REPORTED, g.reason());
        // GPU-h2 is kept beside it: 3.65e23 ÷ (312e12 × 0.27) ÷ 3,600 = 1,203,572 GPU-h, a share of peak of 0.30.
        assertEquals(1_203_572, g.h2().getAsDouble(), 1);
        assertEquals(g.h2().getAsDouble(), g.other().getAsDouble());
        assertEquals(3.65e23 / 312e12 / 3600 / 1_078_272, g.impliedShareOfPeak().getAsDouble(), 1e-12);
        assertFalse(g.dependsOnAssumedRatio());
        assertEquals(1_078_272, g.atRatio(1_078_272, 0.5), "GPU-h1 does not depend on the share of peak");
    }

    @Test
    void computeIsUsedWithoutTimeAndCards() {
        GpuHours g = RULE.choose(run(0, 0, LLAMA_FLOP, H100_BF16, 0.27, false, false)).orElseThrow();
        assertEquals(GpuHoursMethod.GPU_H2, g.method());
        assertEquals(GpuHours.h2(LLAMA_FLOP, H100_BF16, 0.27), g.value());
        assertEquals(GpuHours.NO_TIME_AND_QUANTITY, g.reason());
        assertEquals(OptionalDouble.empty(), g.other());
        assertTrue(g.dependsOnAssumedRatio());
        // At a share of peak of 0.54, twice the parameter's, the run takes half the GPU-hours.
        assertEquals(g.value() / 2, g.atRatio(g.value(), 0.54), 1e-6);
        assertEquals(LLAMA_FLOP / H100_BF16 / 3600, g.fullPeakHours().getAsDouble(), 1e-6);
    }

    @Test
    void aFineTuneWithItsOwnTimeAndCardsUsesThemAndKeepsItsComputeForTheCheck() {
        // Segment Anything's case: Epoch gives the fine-tune's own 68 h × 256 cards beside its compute.
        GpuHours g = RULE.choose(run(1000, 64, 1e21, H100_BF16, 0.27, false, true)).orElseThrow();
        assertEquals(GpuHoursMethod.GPU_H1, g.method());
        assertEquals(64_000, g.value());
        assertEquals(GpuHours.TIME_AND_QUANTITY_REPORTED, g.reason());
        assertEquals(1e21 / (H100_BF16 * 0.27) / 3600, g.other().getAsDouble());
        assertEquals(1e21 / H100_BF16 / 3600 / 64_000, g.impliedShareOfPeak().getAsDouble(), 1e-12);
        // Without time × cards, its own compute.
        GpuHours computeOnly = RULE.choose(run(0, 0, 1e21, H100_BF16, 0.27, false, true)).orElseThrow();
        assertEquals(GpuHoursMethod.GPU_H2, computeOnly.method());
        assertEquals(GpuHours.NO_TIME_AND_QUANTITY, computeOnly.reason());
        // Without a peak it has only its time × cards.
        GpuHours noPeak = RULE.choose(run(1000, 64, 1e21, 0, 0.27, false, true)).orElseThrow();
        assertEquals(GpuHoursMethod.GPU_H1, noPeak.method());
        assertEquals("", noPeak.precision(), "no peak, no precision");
    }

    @Test
    void aMeasuredMfuIsNotDrawnAndNeitherEstimateMeansNone() {
        GpuHours g = RULE.choose(run(0, 0, LLAMA_FLOP, H100_BF16, 0.4, true, false)).orElseThrow();
        assertEquals(LLAMA_FLOP / (H100_BF16 * 0.4) / 3600, g.value());
        assertFalse(g.dependsOnAssumedRatio());
        assertTrue(RULE.choose(run(2808, 0, 0, H100_BF16, 0.27, false, false)).isEmpty());
        assertTrue(RULE.choose(run(0, 0, LLAMA_FLOP, 0, 0.27, false, false)).isEmpty(), "compute without a peak");
    }
}
