package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Expression;
import org.rebound.domain.Impacts;
import org.rebound.domain.NotableModel;

/**
 * The footprint of one model's training, with everything needed to redo it: immutable, it is what the estimate stage
 * hands to scenarios, statistics, report and site.
 *
 * @param hardwareNote    how the card was chosen (alias; several hardware types), for the model page
 * @param gpuHours        the GPU-hours used, both estimates and why one was chosen
 * @param cardFootprint   the production of one card of the run's type (the one with the most GPU-hours when split)
 * @param server          the production of one server around it, without its cards
 * @param gridAndPue      the grid and the published PUE of where the run drew its electricity
 * @param power           how the electricity per card and at the data centre was counted
 * @param lcaInputs       what the LCA kernel was given, for scenarios and the Monte Carlo to vary
 * @param footprint       what it gave: energy, production and electricity impacts
 * @param notes           fallbacks and choices worth telling the reader, one sentence each (its numbers as numbers)
 * @param imputation      how the card was imputed, when Epoch's row names no hardware (best estimate only)
 */
public record Estimate(
        NotableModel model,
        Expression hardwareNote,
        GpuHours gpuHours,
        CardFootprint cardFootprint,
        ServerFootprint server,
        GridAndPue gridAndPue,
        Power power,
        LcaKernel.Inputs lcaInputs,
        LcaKernel.Output footprint,
        List<DerivationStep> derivation,
        List<Expression> notes,
        java.util.Optional<Imputation> imputation) {

    /**
     * How a run's electricity was counted, per card and at the data centre.
     *
     * @param tdpWatts     the card TDP used, W
     * @param drawMeasured whether the power per card is a published measurement of training draw, not TDP × share
     * @param pue          the PUE used (1 with use-model mlca)
     */
    public record Power(double tdpWatts, boolean drawMeasured, double pue) {
    }

    public Estimate {
        derivation = List.copyOf(derivation);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(imputation, "imputation");
    }

    /** An estimate on the hardware Epoch's row names. */
    public Estimate(NotableModel model, Expression hardwareNote, GpuHours gpuHours, CardFootprint cardFootprint,
            ServerFootprint server, GridAndPue gridAndPue, Power power, LcaKernel.Inputs lcaInputs,
            LcaKernel.Output footprint, List<DerivationStep> derivation, List<Expression> notes) {
        this(model, hardwareNote, gpuHours, cardFootprint, server, gridAndPue, power, lcaInputs, footprint, derivation,
                notes, java.util.Optional.empty());
    }

    /** Whether the run's card was imputed, Epoch's row naming no hardware. */
    public boolean hardwareImputed() {
        return imputation.isPresent();
    }

    /** The same estimate, its card imputed as {@code how} says. */
    public Estimate imputed(Imputation how) {
        return new Estimate(model, hardwareNote, gpuHours, cardFootprint, server, gridAndPue, power, lcaInputs,
                footprint, derivation, notes, java.util.Optional.of(how));
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
    public Impacts productionCards() {
        return footprint.productionCards();
    }

    /** Production impacts of the rest of the servers allocated to the run. */
    public Impacts productionServer() {
        return footprint.productionServer();
    }

    /** Impacts of the electricity. */
    public Impacts electricity() {
        return footprint.electricity();
    }

    /** Production impacts allocated to the run, cards and servers. */
    public Impacts production() {
        return Impacts.by(footprint::production);
    }

    /** Production and electricity. */
    public Impacts total() {
        return Impacts.by(footprint::total);
    }
}
