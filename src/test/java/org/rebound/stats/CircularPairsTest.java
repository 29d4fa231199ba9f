package org.rebound.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pair is circular when Epoch's notes assume a utilisation and the pair reproduces it. Notes from Epoch's export. */
class CircularPairsTest {
    private static final double TOLERANCE = 0.1;

    @Test
    void anAssumedUtilisationThePairReproducesIsCircular() {
        String deepLoc = "6691000000000 FLOP / GPU / sec [Titan X reported] * 1 GPU [assumed] * 80 hours * 3600 sec / "
                + "hour * 0.3 [assumed utilization] = 5.781024e+17 FLOP";
        assertEquals(Optional.of("0.3 [assumed utilization]"), GpuHoursValidation.circularEvidence(deepLoc, 0.300,
                TOLERANCE));
        String jft = "Tesla K80 performance: 8.13 TFLOP/s  Assume 40% utilization  60 days * 50 GPUs * 40% utilization";
        assertEquals(Optional.of("Assume 40% utilization"), GpuHoursValidation.circularEvidence(jft, 0.395, TOLERANCE));
        // The share is elsewhere in the notes than the phrase.
        String bidaf = "flops = (8) * (6691 * 10**9) * (60 * 3600) * 0.3 // (num gpu) * (peak flops) * (time in seconds) "
                + "* (assumed utilization rate)";
        assertEquals(Optional.of("assumed utilization rate"), GpuHoursValidation.circularEvidence(bidaf, 0.3,
                TOLERANCE));
    }

    @Test
    void aPairFarFromTheAssumptionOrNotesWithoutOneAreNot() {
        // DCNN: Epoch counted operations; the hardware estimate at 0.3 is only an alternative: the pair implies 12 %.
        String dcnn = "Total compute: 1535436288 forward pass flops *3* 1000000 iterations * 128 batch size ... "
                + "0.3 [assumed utilization] = 1.3e18";
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence(dcnn, 0.123, TOLERANCE));
        // PaLM reports a measured MFU, not an assumption.
        String palm = "6144 TPUv4 for 1200 hours + 3072 TPUv4 for 336 hours.  46.2% model FLOPs utilization";
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence(palm, 0.462, TOLERANCE));
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence("", 0.3, TOLERANCE));
        // A count is not a share: MedBERT's single GPU does not make a pair at 99.9 % circular.
        String medBert = "flops = (1) * (3.13e13) * (24*7 * 3600) * (0.5) = 9.47e18 (num gpu) * (peak flops) * (time in "
                + "seconds) * (assumed utilization rate)";
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence(medBert, 0.999, TOLERANCE));
        assertEquals(Optional.of("assumed utilization rate"), GpuHoursValidation.circularEvidence(medBert, 0.5,
                TOLERANCE));
        // Just outside the tolerance: 0.3 × 1.11.
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence("0.3 utilization", 0.333, TOLERANCE));
        assertEquals(Optional.of("0.3 utilization"), GpuHoursValidation.circularEvidence("0.3 utilization", 0.329,
                TOLERANCE));
    }
}
