package org.rebound.estimate;

/**
 * The named ways of estimating a run. {@link #STUDY} makes the study's choices (Morand, Ligozat and Névéol
 * 2025): the grid of the organisation's countries and the method's PUE. {@link #REBOUND}, the site's default, is
 * Rebound's best estimate: where a source says where the run took place (data/training-sites.csv), that
 * country's grid and, where published, that data centre's PUE; a card's measured draw where published; a fine-tune
 * from its own compute; the GPU-hours its makers published. {@link #BLIND} is the best estimate's method on Epoch's
 * data alone: nothing a maker published about the run itself (its site, its GPU-hours, its cards of each type), so
 * that its distance to the makers' figures measures the method's skill, not the figures it was given.
 */
public enum Configuration {
    /** The study's choices. */
    STUDY,
    /** Rebound's best estimate. */
    REBOUND,
    /** The best estimate's method without the makers' figures about each run. */
    BLIND;

    /** The best estimate's method: REBOUND and BLIND. */
    private boolean method() {
        return this != STUDY;
    }

    /**
     * Whether the site draws this configuration's Monte Carlo ranges (the best estimate's): an imputed card's
     * alternatives are estimated for them.
     */
    public boolean drawsRanges() {
        return this == REBOUND;
    }

    /**
     * Whether the GPU-hours a run's makers published (data/published-footprints.csv) replace GPU-h1 and GPU-h2;
     * the best estimate only.
     */
    public boolean usesPublishedGpuHours() {
        return this == REBOUND;
    }

    /**
     * Whether a fine-tune is estimated from its own compute (Epoch's Finetune compute) or its own time × cards,
     * never from its base model's; without either it is excluded.
     */
    public boolean estimatesFineTunesAlone() {
        return method();
    }

    /** Whether entries that describe one training run count once in totals and trends. */
    public boolean countsRunsOnce() {
        return method();
    }

    /**
     * Whether a card's measured training draw (data/power-draw.csv, system power per card) replaces its TDP × the
     * draw share.
     */
    public boolean usesMeasuredDraws() {
        return method();
    }

    /**
     * Whether a grid's carbon intensity is that of the run's training year (data/grid-gwp-by-year.csv) rather than the
     * single year of electricity-factors.csv.
     */
    public boolean usesYearlyGrids() {
        return method();
    }

    /**
     * Whether a run without a site PUE takes the fleet PUE its operator published for the training year
     * (data/operator-pue.csv).
     */
    public boolean usesOperatorPues() {
        return method();
    }

    /** Whether GPU-h2 divides by the run's measured model FLOP utilisation (Epoch's MFU) where Epoch gives one. */
    public boolean usesMeasuredUtilisation() {
        return method();
    }

    /**
     * Whether a run whose row lists several hardware types is split by the quantities a source states
     * (data/hardware-splits.csv); otherwise the first type takes all GPU-hours, as the method says.
     */
    public boolean splitsStatedQuantities() {
        return this == REBOUND;
    }

    /**
     * Whether a row whose time × cards and compute imply a share of peak outside the plausible window is excluded
     * (its GPU-hours and compute describe different runs); the study kept them.
     */
    public boolean excludesImplausibleShares() {
        return method();
    }

    /**
     * Whether a card without a measured draw draws the median share of TDP of the cards measured
     * ({@link DrawShareFit}), and the Monte Carlo draws around it; the study takes TDP × the parameter's share (1).
     */
    public boolean fitsDrawShare() {
        return method();
    }

    /**
     * Whether GPU-h2 without a measured MFU divides by the share of peak fitted to the input's measured
     * utilisations ({@link ShareOfPeakFit}), and the Monte Carlo draws around it; the study keeps its parameter.
     */
    public boolean fitsShareOfPeak() {
        return method();
    }

    /**
     * Whether a run with a compute estimate but no hardware in its row is estimated on an imputed card
     * ({@link Imputation}); the study excludes it.
     */
    public boolean imputesHardware() {
        return method();
    }

    /** Whether a run's known training site sets its grid and PUE. */
    public boolean usesTrainingSites() {
        return this == REBOUND;
    }
}
