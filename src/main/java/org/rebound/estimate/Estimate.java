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
 * @param slug            stable, unique page name
 * @param hardwareNote    how the card was chosen (alias; several hardware types), for the model page
 * @param gpuHours        GPU-hours used
 * @param gpuHoursH1      training time × quantity, when both are reported
 * @param gpuHoursH2      compute / (peak × r) / 3600, when compute and a peak are known
 * @param precision       the peak used for GPU-h2 ({@code FP16/BF16 tensor}…), empty when none is known
 * @param peakFlops       that peak, FLOP/s (0 when none)
 * @param tdpWatts        the card TDP used
 * @param pue             the PUE used (1 with use-model mlca)
 * @param allocationShare the share of a server's useful life the run takes
 * @param energyKwh       electricity of the run
 * @param embodiedCards   production impacts of the cards allocated to the run
 * @param embodiedServer  production impacts of the rest of the servers allocated to the run
 * @param use             impacts of the electricity
 * @param notes           fallbacks and choices worth telling the reader, one sentence each
 */
public record Estimate(
        String slug,
        NotableModel model,
        String hardwareNote,
        GpuHoursMethod method,
        double gpuHours,
        OptionalDouble gpuHoursH1,
        OptionalDouble gpuHoursH2,
        String precision,
        double peakFlops,
        CardFootprint card,
        ServerFootprint server,
        GridChoice grid,
        double tdpWatts,
        double pue,
        double allocationShare,
        double energyKwh,
        Impacts embodiedCards,
        Impacts embodiedServer,
        Impacts use,
        List<DerivationStep> derivation,
        List<String> notes) {

    public Estimate {
        derivation = List.copyOf(derivation);
        notes = List.copyOf(notes);
    }

    public Impacts embodied() {
        return embodiedCards.plus(embodiedServer);
    }

    public Impacts total() {
        return embodied().plus(use);
    }

    public Estimate withSlug(String newSlug) {
        return new Estimate(newSlug, model, hardwareNote, method, gpuHours, gpuHoursH1, gpuHoursH2, precision, peakFlops,
                card, server, grid, tdpWatts, pue, allocationShare, energyKwh, embodiedCards, embodiedServer, use,
                derivation, notes);
    }
}
