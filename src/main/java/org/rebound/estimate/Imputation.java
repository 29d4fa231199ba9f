package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Expression;

/**
 * How the accelerator of a run without hardware in Epoch's row was imputed (the best estimate only): the card of
 * the point estimate, and the cards the Monte Carlo draws over, each with its weight and the run's GPU-hours and LCA
 * inputs on it.
 *
 * @param basis        where the cards come from
 * @param explanation  the sentence the model page gives: what is known and what is imputed
 * @param alternatives the cards the run may have used, their weights adding up to 1; the point estimate's card
 *                     among them
 */
public record Imputation(Basis basis, Expression explanation, List<Alternative> alternatives) {

    /** Where an imputed card comes from. */
    public enum Basis {
        /** The fleet the run's organisation documents for the period (data/organisation-fleets.csv). */
        FLEET("organisation's fleet"),
        /** The cards that estimated runs of the same years used. */
        YEAR_MIX("cards of the year");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        /** How models.csv and the pages name the basis. */
        public String label() {
            return label;
        }
    }

    /**
     * One card the run may have used.
     *
     * @param weight   its probability: the share of the year's estimated runs that used it, or 1 for a fleet
     * @param gpuHours the run's GPU-hours on it (GPU-h2, its peak)
     * @param inputs   the LCA kernel's inputs of the run on it
     */
    public record Alternative(Accelerator card, double weight, GpuHours gpuHours, LcaKernel.Inputs inputs) {
    }

    public Imputation {
        alternatives = List.copyOf(alternatives);
    }

    /** The inputs of the alternative at {@code u} in [0, 1): each alternative takes a slice of its weight's width. */
    public LcaKernel.Inputs inputsAt(double u) {
        double cumulative = 0;
        for (Alternative a : alternatives) {
            cumulative += a.weight();
            if (u < cumulative) {
                return a.inputs();
            }
        }
        return alternatives.get(alternatives.size() - 1).inputs();
    }
}
