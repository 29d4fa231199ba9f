package org.rebound.estimate;

import java.util.List;
import java.util.OptionalDouble;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.Impacts;
import org.rebound.domain.NotableModel;

/**
 * The footprint of one model's training, with everything needed to redo it.
 *
 * @param hardwareNote    how the card was chosen (alias; several hardware types), for the model page
 * @param gpuHours        GPU-hours used
 * @param gpuHoursH1      training time × quantity, when both are reported
 * @param gpuHoursH2      compute / (peak × r) / 3600, when compute and a peak are known
 * @param precision       the peak used for GPU-h2 ({@code FP16/BF16 tensor}…), empty when none is known
 * @param peakFlops       that peak, FLOP/s (0 when none)
 * @param performanceRatio the share of that peak GPU-h2 assumes: the run's measured one or the parameter's
 * @param ratioMeasured   whether that share is the run's own, measured (Epoch's MFU), rather than the parameter
 * @param tdpWatts        the card TDP used
 * @param drawMeasured    whether the power per card is a published measurement of training draw, not TDP × share
 * @param pue             the PUE used (1 with use-model mlca)
 * @param lcaInputs       what the LCA kernel was given, for scenarios and the Monte Carlo to vary
 * @param footprint       what it gave: energy, production and electricity impacts
 * @param notes           fallbacks and choices worth telling the reader, one sentence each
 */
public record Estimate(
        NotableModel model,
        String hardwareNote,
        GpuHoursMethod method,
        double gpuHours,
        OptionalDouble gpuHoursH1,
        OptionalDouble gpuHoursH2,
        String precision,
        double peakFlops,
        double performanceRatio,
        boolean ratioMeasured,
        CardFootprint card,
        ServerFootprint server,
        GridChoice grid,
        double tdpWatts,
        boolean drawMeasured,
        double pue,
        LcaKernel.Inputs lcaInputs,
        LcaKernel.Output footprint,
        List<DerivationStep> derivation,
        List<String> notes) {

    public Estimate {
        derivation = List.copyOf(derivation);
        notes = List.copyOf(notes);
    }

    /** The share of a server's useful life the run takes. */
    public double allocationShare() {
        return footprint.allocationShare();
    }

    /** Electricity of the run, kWh. */
    public double energyKwh() {
        return footprint.energyKwh();
    }

    /** Production impacts of the cards allocated to the run. */
    public Impacts embodiedCards() {
        return footprint.productionCards();
    }

    /** Production impacts of the rest of the servers allocated to the run. */
    public Impacts embodiedServer() {
        return footprint.productionServer();
    }

    /** Impacts of the electricity. */
    public Impacts use() {
        return footprint.electricity();
    }

    /** Production impacts allocated to the run, cards and servers. */
    public Impacts embodied() {
        return Impacts.by(footprint::production);
    }

    /** Production and electricity. */
    public Impacts total() {
        return Impacts.by(footprint::total);
    }
}
