package org.rebound.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hipparchus.random.Well19937c;
import org.rebound.domain.Distribution;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.domain.Units;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
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
     * @param indicators by indicator ordinal
     */
    public record ModelRange(Interval energyKwh, List<Interval> indicators) {
        public ModelRange {
            indicators = List.copyOf(indicators);
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

    /** Runs {@code draws} draws from {@code seed}. */
    public static Result run(List<Estimate> estimates, Parameters parameters, Assumptions baseline, int draws, long seed) {
        // 1. Draw every uncertain parameter; a parameter without a distribution keeps its value.
        Well19937c random = new Well19937c(seed);
        double[] ratio = sample(parameters, ParameterKey.PERFORMANCE_RATIO, draws, random);
        double[] drawShare = sample(parameters, ParameterKey.TDP_DRAW_SHARE, draws, random);
        double[] lifespan = sample(parameters, ParameterKey.LIFESPAN, draws, random);
        double[] utilization = sample(parameters, ParameterKey.UTILIZATION, draws, random);
        double[] pueMultiplier = sample(parameters, ParameterKey.PUE_MULTIPLIER, draws, random);
        double[] densityMultiplier = sample(parameters, ParameterKey.MEMORY_DENSITY_MULTIPLIER, draws, random);
        double[] gridMultiplier = sample(parameters, ParameterKey.GRID_MULTIPLIER, draws, random);

        // 2. The weights that give each draw's OLS slope as a weighted sum of log10 values.
        int n = estimates.size();
        double[] weights = slopeWeights(estimates);
        int measures = GROWTH_MEASURES.size();
        double[][] slopes = new double[measures][draws];

        // 3. Every model under every draw, through the LCA kernel, one model at a time so that memory does not
        // grow with the number of models: its draws are split into blocks computed in parallel (each block its
        // own draws), its percentiles taken, and its share of each draw's slope added. Models are added to the
        // slopes in one fixed order, so the result never depends on the threads.
        int blocks = Math.max(1, Math.min(draws, Runtime.getRuntime().availableProcessors() * 4));
        Indicator[] indicators = Indicator.values();
        Measure[] growthMeasures = GROWTH_MEASURES.toArray(new Measure[0]);
        double[] energy = new double[draws];
        double[][] totals = new double[Indicator.COUNT][draws];
        ModelRange[] ranges = new ModelRange[n];
        for (int m = 0; m < n; m++) {
            Estimate e = estimates.get(m);
            double w = weights[m];
            IntStream.range(0, blocks).parallel().forEach(block -> {
                LcaKernel.Output f = LcaKernel.Output.scratch();
                for (int d = block * draws / blocks; d < (block + 1) * draws / blocks; d++) {
                    LcaKernel.run(drawn(e, baseline, ratio[d], drawShare[d], lifespan[d], utilization[d],
                            pueMultiplier[d], densityMultiplier[d], gridMultiplier[d]), f);
                    energy[d] = f.energyKwh();
                    for (Indicator i : indicators) {
                        totals[i.ordinal()][d] = f.total(i);
                    }
                    if (w != 0) {
                        for (int k = 0; k < measures; k++) {
                            double v = growthMeasures[k].of(e.model(), f);
                            slopes[k][d] += w * (v > 0 ? Math.log10(v) : 0);
                        }
                    }
                }
            });

            // 4. The model's percentiles.
            List<Interval> byIndicator = new ArrayList<>(Indicator.COUNT);
            for (Indicator i : Indicator.ALL) {
                byIndicator.add(interval(totals[i.ordinal()]));
            }
            ranges[m] = new ModelRange(interval(energy), byIndicator);
        }
        Map<String, Interval> growth = new LinkedHashMap<>();
        if (n >= Trends.MIN_POINTS) {
            for (int i = 0; i < measures; i++) {
                Interval slope = interval(slopes[i]);
                growth.put(GROWTH_MEASURES.get(i).column(), new Interval(Math.pow(10, slope.p05()),
                        Math.pow(10, slope.p50()), Math.pow(10, slope.p95())));
            }
        }
        Map<NotableModel, ModelRange> models = new LinkedHashMap<>();
        for (int m = 0; m < n; m++) {
            models.put(estimates.get(m).model(), ranges[m]);
        }
        return new Result(draws, seed, models, growth);
    }

    /**
     * The kernel's inputs of an estimate under one draw: GPU-h2 scales with the performance ratio, the
     * TDP draw share replaces the baseline's (use-model study), the multipliers multiply PUE, grid factors and
     * memory density, lifespan and utilization set the useful life.
     */
    static LcaKernel.Inputs drawn(Estimate e, Assumptions baseline, double ratio, double drawShare, double lifespan,
            double utilization, double pueMultiplier, double densityMultiplier, double gridMultiplier) {
        LcaKernel.Inputs b = e.lcaInputs();
        double gpuHours = e.method() == GpuHoursMethod.GPU_H2 && !e.ratioMeasured()
                ? b.gpuHours() * e.performanceRatio() / ratio : b.gpuHours();
        boolean study = baseline.useModel() == Assumptions.UseModel.STUDY;
        return new LcaKernel.Inputs(gpuHours, b.kwPerGpu(), study ? drawShare : b.drawShare(), b.pue() * pueMultiplier,
                b.gridPerKwh(), b.gridScale() * gridMultiplier, b.cardFixed(), b.cardMemoryDies(), densityMultiplier,
                b.server(), b.cardsPerServer(), lifespan * baseline.hoursPerYear() * utilization);
    }

    /** w_m = (x_m − mean x) / Sxx, so that slope = Σ w_m log10 y_m. */
    private static double[] slopeWeights(List<Estimate> estimates) {
        double[] years = new double[estimates.size()];
        for (int i = 0; i < years.length; i++) {
            years[i] = Units.decimalYear(estimates.get(i).model().publicationDate().orElseThrow());
        }
        double mean = 0;
        for (double year : years) {
            mean += year;
        }
        mean /= Math.max(1, years.length);
        double sxx = 0;
        for (double year : years) {
            sxx += (year - mean) * (year - mean);
        }
        double[] w = new double[years.length];
        for (int i = 0; i < w.length && sxx > 0; i++) {
            w[i] = (years[i] - mean) / sxx;
        }
        return w;
    }

    private static double[] sample(Parameters p, ParameterKey key, int draws, Well19937c random) {
        double[] values = new double[draws];
        Optional<Distribution> distribution = p.get(key).distribution();
        double fixed = p.number(key);
        for (int d = 0; d < draws; d++) {
            // Always consume one number, so adding a distribution to one parameter leaves the others' draws as they were.
            double u = random.nextDouble();
            values[d] = distribution.map(x -> x.quantile(Math.max(1e-12, Math.min(1 - 1e-12, u)))).orElse(fixed);
        }
        return values;
    }

    /** The 5th and 95th percentiles (nearest rank on a sorted copy). */
    static Interval interval(double[] values) {
        double[] work = values.clone();
        int n = work.length;
        int low = nearestRank(LOW, n);
        int median = nearestRank(MEDIAN, n);
        int high = nearestRank(HIGH, n);
        select(work, 0, n - 1, median);
        select(work, 0, median, low);
        select(work, median, n - 1, high);
        return new Interval(work[low], work[median], work[high]);
    }

    /** The index of the {@code p} quantile in {@code n} sorted values, by nearest rank. */
    public static int nearestRank(double p, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(p * n) - 1));
    }

    /**
     * Puts into {@code a[k]} the value a sort would put there, with smaller-or-equal values before it and
     * greater-or-equal after, looking only at {@code a[from..to]} (quickselect, median-of-three pivot).
     */
    private static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double x = a[lo];
            double y = a[mid];
            double z = a[hi];
            double pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }
}
