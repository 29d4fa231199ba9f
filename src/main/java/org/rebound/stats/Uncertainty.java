package org.rebound.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.ranking.NaNStrategy;
import org.rebound.domain.Distribution;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.domain.Units;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.GridAndPue;
import org.rebound.estimate.GuessedInputs;
import org.rebound.estimate.Imputation;
import org.rebound.estimate.LcaKernel;

/**
 * Monte Carlo over the uncertain parameters (method §8): each draw takes every parameter from its stated
 * distribution, recomputes every model and refits the growth rates; the 5th and 95th percentiles give the
 * ranges. The draws are seeded, so a build is byte-identical.
 *
 * <p>A model's footprint is linear in most parameters, so each model is reduced once to a kernel of
 * constants, and a draw costs a few multiplications per model.
 */
public final class Uncertainty {
    /** Percentiles reported. */
    public static final double LOW = 0.05;
    public static final double HIGH = 0.95;
    /** The median, reported beside them. */
    public static final double MEDIAN = 0.5;
    /** Blocks of draws computed in parallel, each with its own random stream; fixed, so results never depend on cores. */
    private static final int BLOCKS = 16;

    /** Measures whose growth rates get an interval: every measure of the footprint. */
    public static final List<Measure> GROWTH_MEASURES = Measure.footprintMeasures();

    private Uncertainty() {
    }

    /** A 5–95 % interval, with the median. */
    public record Interval(double p05, double p50, double p95) {
    }

    /**
     * A model's intervals of energy and of each indicator's total.
     *
     * @param indicators      by indicator ordinal
     * @param energyPointRank the share of the draws at or below the point estimate of energy
     * @param pointRanks      the same for each indicator's total, by indicator ordinal
     */
    public record ModelRange(Interval energyKwh, List<Interval> indicators, double energyPointRank,
            List<Double> pointRanks) {
        public ModelRange {
            indicators = List.copyOf(indicators);
            pointRanks = List.copyOf(pointRanks);
        }

        /** The share of the draws at or below the point estimate of one indicator's total. */
        public double pointRank(Indicator i) {
            return pointRanks.get(i.ordinal());
        }

        /** The interval of one indicator's total. */
        public Interval of(Indicator i) {
            return indicators.get(i.ordinal());
        }

    }

    /**
     * Result: per model and per growth rate (by measure column), growth as factor per year.
     *
     * @param models the range of each estimated model, in the order of the estimates
     */
    public record Result(int draws, long seed, Map<NotableModel, ModelRange> models, Map<String, Interval> growthPerYear) {
        public Result {
            models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
            growthPerYear = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(growthPerYear));
        }

        /** The range of an estimated model. */
        public Optional<ModelRange> model(NotableModel model) {
            return Optional.ofNullable(models.get(model));
        }
    }

    /** Runs the draws and seed of {@code parameters.yaml}. */
    public static Result run(List<Estimate> estimates, Parameters parameters, Assumptions baseline) {
        int draws = (int) parameters.number(ParameterKey.UNCERTAINTY_DRAWS);
        long seed = (long) parameters.number(ParameterKey.UNCERTAINTY_SEED);
        return run(estimates, parameters, baseline, draws, seed);
    }

    /**
     * Runs {@code draws} draws from {@code seed}. Parameters that describe the hardware's life and technology
     * (lifespan, utilization, memory density) are drawn once per draw, shared by every model; a run's own unknowns
     * are drawn per model, each from its own seeded stream: its share of peak (GPU-h2 without a measured MFU), its
     * share of TDP drawn (without a measured draw), its PUE (without a published one) and its grid factor (where
     * its country is assumed; a known site's factor moves with one shared draw).
     */
    public static Result run(List<Estimate> estimates, Parameters parameters, Assumptions baseline, int draws, long seed) {
        // 1. The shared parameters, one value per draw.
        Well19937c random = new Well19937c(seed);
        double[] lifespan = sample(parameters, ParameterKey.LIFESPAN, draws, random);
        double[] utilization = sample(parameters, ParameterKey.UTILIZATION, draws, random);
        double[] densityMultiplier = sample(parameters, ParameterKey.MEMORY_DENSITY_MULTIPLIER, draws, random);
        double[] knownGridMultiplier = sample(parameters, ParameterKey.GRID_MULTIPLIER, draws, random);
        double[] tRegression = studentT(estimates.size(), draws, random);

        // 2. The weights that give each draw's OLS slope as a weighted sum of log10 values.
        int n = estimates.size();
        double[] years = years(estimates);
        double[] weights = slopeWeights(years);
        double sxx = sxx(years);
        int measures = GROWTH_MEASURES.size();
        double[][] slopes = new double[measures][draws];
        double[][] sums = new double[measures][draws];
        double[][] squares = new double[measures][draws];

        // 3. Every model under every draw, through the LCA kernel, one model at a time so that memory does not
        // grow with the number of models: its own unknowns are drawn from its stream, its draws split into blocks
        // computed in parallel, its percentiles taken, and its share of each draw's slope added. Models are added
        // in one fixed order, so the result never depends on the threads.
        int blocks = Math.min(draws, BLOCKS);
        Indicator[] indicators = Indicator.values();
        Measure[] growthMeasures = GROWTH_MEASURES.toArray(new Measure[0]);
        double[] energy = new double[draws];
        double[][] totals = new double[Indicator.COUNT][draws];
        ModelRange[] ranges = new ModelRange[n];
        // The share of peak: around the best estimate's fit of the measured utilisations where it has one.
        Optional<RealDistribution> ratioDistribution = baseline.ranges().performanceRatio().map(Distribution::real)
                .or(() -> real(parameters, ParameterKey.PERFORMANCE_RATIO));
        // The share of TDP drawn: around the best estimate's fit of the measured draws where it has one.
        Optional<RealDistribution> drawDistribution = baseline.ranges().drawShare().map(Distribution::real)
                .or(() -> real(parameters, ParameterKey.TDP_DRAW_SHARE));
        Optional<RealDistribution> pueDistribution = real(parameters, ParameterKey.PUE_MULTIPLIER);
        Optional<RealDistribution> gridDistribution = real(parameters, ParameterKey.GRID_MULTIPLIER);
        // A run whose time or compute Epoch guessed: its GPU-hours drawn around the point.
        Optional<RealDistribution> guessDistribution = real(parameters, ParameterKey.GUESSED_INPUT_MULTIPLIER);
        GuessedInputs guesses = GuessedInputs.of(parameters);
        double drawShareValue = baseline.use().tdpDrawShare();
        double pueValue = parameters.number(ParameterKey.PUE_MULTIPLIER);
        double gridValue = parameters.number(ParameterKey.GRID_MULTIPLIER);
        for (int m = 0; m < n; m++) {
            Estimate e = estimates.get(m);
            int model = m;
            boolean drawRatio = e.gpuHours().dependsOnAssumedRatio();
            boolean drawShare = !e.power().drawMeasured();
            boolean drawPue = e.gridAndPue().sitePue().isEmpty();
            boolean drawGrid = !e.gridAndPue().basis().equals(GridAndPue.TRAINING_SITE);
            double w = weights[m];
            Imputation imputation = e.imputation().orElse(null);
            boolean drawGuess = guesses.guessed(e);
            // A fixed number of blocks, each with its own stream of the model's own unknowns: the draws never
            // depend on the machine's cores.
            IntStream.range(0, blocks).parallel().forEach(block -> {
                Well19937c own = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), model + 1, block});
                LcaKernel.Output f = LcaKernel.Output.scratch();
                for (int d = block * draws / blocks; d < (block + 1) * draws / blocks; d++) {
                    // Always four numbers a draw, so a run's draws do not depend on which of its unknowns are known.
                    double u1 = own.nextDouble();
                    double u2 = own.nextDouble();
                    double u3 = own.nextDouble();
                    double u4 = own.nextDouble();
                    // An imputed card is drawn among its alternatives: a fifth number, for those runs only.
                    LcaKernel.Inputs on = imputation == null ? e.lcaInputs() : imputation.inputsAt(own.nextDouble());
                    // A guessed time or compute scales the GPU-hours: one more number, for those runs only.
                    double guess = drawGuess ? draw(guessDistribution, 1, own.nextDouble(), true) : 1;
                    double ratio = draw(ratioDistribution, e.gpuHours().performanceRatio(), u1, drawRatio);
                    double share = draw(drawDistribution, drawShareValue, u2, drawShare);
                    double pue = draw(pueDistribution, pueValue, u3, drawPue);
                    double grid = drawGrid ? draw(gridDistribution, gridValue, u4, true) : knownGridMultiplier[d];
                    LcaKernel.run(drawn(e, on, baseline, ratio, drawShare ? share : on.drawShare(),
                            lifespan[d], utilization[d], drawPue ? pue : 1, densityMultiplier[d], grid, guess), f);
                    energy[d] = f.energyKwh();
                    for (Indicator i : indicators) {
                        totals[i.ordinal()][d] = f.total(i);
                    }
                    for (int k = 0; k < measures; k++) {
                        double v = growthMeasures[k].of(e.model(), f);
                        double log = v > 0 ? Math.log10(v) : 0;
                        slopes[k][d] += w * log;
                        sums[k][d] += log;
                        squares[k][d] += log * log;
                    }
                }
            });

            // 4. The model's percentiles, and where its point estimate lies among its draws: energy's and each
            // indicator's at once (each its own Percentile), placed by index, so the threads change nothing.
            Interval[] intervals = new Interval[Indicator.COUNT + 1];
            double[] ranks = new double[Indicator.COUNT + 1];
            IntStream.rangeClosed(0, Indicator.COUNT).parallel().forEach(k -> {
                double[] values = k == Indicator.COUNT ? energy : totals[k];
                intervals[k] = interval(values);
                ranks[k] = rank(values, k == Indicator.COUNT ? e.energyKwh() : e.total().get(indicators[k]));
            });
            List<Interval> byIndicator = new ArrayList<>(Indicator.COUNT);
            List<Double> pointRanks = new ArrayList<>(Indicator.COUNT);
            for (Indicator i : Indicator.ALL) {
                byIndicator.add(intervals[i.ordinal()]);
                pointRanks.add(ranks[i.ordinal()]);
            }
            ranges[m] = new ModelRange(intervals[Indicator.COUNT], byIndicator, ranks[Indicator.COUNT], pointRanks);
        }

        // 5. Each draw's slope with the regression's own error added: slope + SE × t(n − 2), SE from the draw's
        // residuals, so the interval holds both the parameters' and the fit's uncertainty.
        Map<String, Interval> growth = new LinkedHashMap<>();
        if (n >= Trends.MIN_POINTS) {
            for (int k = 0; k < measures; k++) {
                double[] combined = new double[draws];
                for (int d = 0; d < draws; d++) {
                    double syy = squares[k][d] - sums[k][d] * sums[k][d] / n;
                    double rss = Math.max(0, syy - slopes[k][d] * slopes[k][d] * sxx);
                    double se = Math.sqrt(rss / (n - 2) / sxx);
                    combined[d] = slopes[k][d] + se * tRegression[d];
                }
                Interval slope = interval(combined);
                growth.put(GROWTH_MEASURES.get(k).column(), new Interval(Math.pow(10, slope.p05()),
                        Math.pow(10, slope.p50()), Math.pow(10, slope.p95())));
            }
        }
        Map<NotableModel, ModelRange> models = new LinkedHashMap<>();
        for (int m = 0; m < n; m++) {
            models.put(estimates.get(m).model(), ranges[m]);
        }
        return new Result(draws, seed, models, growth);
    }

    /** The share of {@code values} at or below {@code point}. */
    static double rank(double[] values, double point) {
        int atOrBelow = 0;
        for (double v : values) {
            if (v <= point) {
                atOrBelow++;
            }
        }
        return values.length == 0 ? Double.NaN : (double) atOrBelow / values.length;
    }

    /** A parameter's distribution, as Hipparchus's (made once, outside the loops of draws). */
    private static Optional<RealDistribution> real(Parameters p, ParameterKey key) {
        return p.get(key).distribution().map(Distribution::real);
    }

    /** The quantile at {@code u}, kept off 0 and 1 (where a log-normal's or t's quantile is infinite). */
    private static double at(RealDistribution distribution, double u) {
        return distribution.inverseCumulativeProbability(Math.max(1e-12, Math.min(1 - 1e-12, u)));
    }

    /** A value from the distribution at {@code u} when drawn and the parameter has one, else {@code fixed}. */
    private static double draw(Optional<RealDistribution> distribution, double fixed, double u, boolean drawn) {
        if (!drawn || distribution.isEmpty()) {
            return fixed;
        }
        return at(distribution.get(), u);
    }

    /** Draws of Student's t with n − 2 degrees of freedom (zeros when there are too few models for a fit). */
    private static double[] studentT(int n, int draws, Well19937c random) {
        double[] values = new double[draws];
        TDistribution t = n > 2 ? new TDistribution(n - 2) : null;
        for (int d = 0; d < draws; d++) {
            double u = random.nextDouble();
            values[d] = t == null ? 0 : at(t, u);
        }
        return values;
    }

    /**
     * The kernel's inputs of an estimate under one draw: GPU-h2 scales with the performance ratio, the
     * TDP draw share replaces the baseline's (use-model study), the multipliers multiply PUE, grid factors and
     * memory density, lifespan and utilization set the useful life.
     */
    static LcaKernel.Inputs drawn(Estimate e, Assumptions baseline, double ratio, double drawShare, double lifespan,
            double utilization, double pueMultiplier, double densityMultiplier, double gridMultiplier) {
        return drawn(e, e.lcaInputs(), baseline, ratio, drawShare, lifespan, utilization, pueMultiplier,
                densityMultiplier, gridMultiplier, 1);
    }

    /**
     * The same, on {@code b}: the run's inputs on the card of the draw (an imputed run's card is drawn too), its
     * GPU-hours multiplied by {@code guessMultiplier} where Epoch guessed its time or compute.
     */
    static LcaKernel.Inputs drawn(Estimate e, LcaKernel.Inputs b, Assumptions baseline, double ratio, double drawShare,
            double lifespan, double utilization, double pueMultiplier, double densityMultiplier,
            double gridMultiplier, double guessMultiplier) {
        double gpuHours = e.gpuHours().atRatio(b.gpuHours(), ratio) * guessMultiplier;
        boolean study = baseline.use().useModel() == Assumptions.UseModel.STUDY;
        return new LcaKernel.Inputs(gpuHours, b.kwPerGpu(), study ? drawShare : b.drawShare(), b.pue() * pueMultiplier,
                b.gridPerKwh(), b.gridScale() * gridMultiplier, b.cardFixed(), b.cardMemoryDies(), densityMultiplier,
                b.server(), b.cardsPerServer(), lifespan * baseline.allocation().hoursPerYear() * utilization);
    }

    private static double[] years(List<Estimate> estimates) {
        double[] years = new double[estimates.size()];
        for (int i = 0; i < years.length; i++) {
            years[i] = Units.decimalYear(estimates.get(i).model().publicationDate().orElseThrow());
        }
        return years;
    }

    private static double mean(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        return mean / Math.max(1, values.length);
    }

    /** Σ (x − mean x)². */
    private static double sxx(double[] years) {
        double mean = mean(years);
        double sxx = 0;
        for (double year : years) {
            sxx += (year - mean) * (year - mean);
        }
        return sxx;
    }

    /** w_m = (x_m − mean x) / Sxx, so that slope = Σ w_m log10 y_m. */
    private static double[] slopeWeights(double[] years) {
        double mean = mean(years);
        double sxx = sxx(years);
        double[] w = new double[years.length];
        for (int i = 0; i < w.length && sxx > 0; i++) {
            w[i] = (years[i] - mean) / sxx;
        }
        return w;
    }

    private static double[] sample(Parameters p, ParameterKey key, int draws, Well19937c random) {
        double[] values = new double[draws];
        Optional<RealDistribution> distribution = real(p, key);
        double fixed = p.number(key);
        for (int d = 0; d < draws; d++) {
            // Always consume one number, so adding a distribution to one parameter leaves the others' draws as they were.
            double u = random.nextDouble();
            values[d] = distribution.isPresent() ? at(distribution.get(), u) : fixed;
        }
        return values;
    }

    /**
     * The 5th, 50th and 95th percentiles by nearest rank: the ⌈pn⌉-th smallest of n values, which is Hipparchus's
     * estimation type R-1 (the inverse of the empirical distribution). Every draw counts: none is dropped, not even
     * a NaN ({@link NaNStrategy#FIXED}); {@code values} is not modified.
     */
    static Interval interval(double[] values) {
        // setData keeps its own copy, and the selections of one percentile speed up the next.
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_1)
                .withNaNStrategy(NaNStrategy.FIXED);
        percentile.setData(values);
        return new Interval(percentile.evaluate(100 * LOW), percentile.evaluate(100 * MEDIAN),
                percentile.evaluate(100 * HIGH));
    }

    /**
     * The index of the {@code p} quantile in {@code n} sorted values, by nearest rank: ⌈pn⌉ − 1, within [0, n − 1].
     * The same as {@link #interval}'s (Hipparchus's R-1), for code that keeps its values sorted.
     */
    public static int nearestRank(double p, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(p * n) - 1));
    }
}
