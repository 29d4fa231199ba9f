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
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.domain.Units;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;

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

    /** Measures whose growth rates get an interval. */
    public static final List<Measure> GROWTH_MEASURES = List.of(Measure.GPU_HOURS, Measure.ENERGY, Measure.GWP,
            Measure.GWP_EMBODIED, Measure.GWP_USE, Measure.ADPE, Measure.ADPE_EMBODIED, Measure.ADPE_USE, Measure.PE,
            Measure.PE_EMBODIED, Measure.PE_USE);

    private Uncertainty() {
    }

    /** A 5–95 % interval. */
    public record Interval(double p05, double p95) {
    }

    /** A model's intervals of energy, GWP, ADPe and PE. */
    public record ModelRange(Interval energyKwh, Interval gwpKgCo2e, Interval adpeKgSbEq, Interval peMj) {
        public Interval of(Indicator i) {
            return switch (i) {
                case GWP -> gwpKgCo2e;
                case ADPE -> adpeKgSbEq;
                case PE -> peMj;
            };
        }
    }

    /** Result: per model (by slug) and per growth rate (by measure column), growth as factor per year. */
    public record Result(int draws, long seed, Map<String, ModelRange> models, Map<String, Interval> growthPerYear) {
        public Optional<ModelRange> model(String slug) {
            return Optional.ofNullable(models.get(slug));
        }
    }

    /** The parameters drawn, each with its distribution and the value the baseline used. */
    record Drawn(ParameterKey key, Distribution distribution) {
    }

    /** What a model's footprint depends on, reduced to constants. */
    private record Kernel(double gpuHours, boolean fromCompute, double energyPerGpuHourAtOne, Impacts grid,
            Impacts server, Impacts cardFixed, Impacts cardMemoryDies, int cards, double hoursPerYear, double year) {
    }

    public static Result run(List<Estimate> estimates, Parameters parameters, Assumptions baseline) {
        int draws = (int) parameters.number(ParameterKey.UNCERTAINTY_DRAWS);
        long seed = (long) parameters.number(ParameterKey.UNCERTAINTY_SEED);
        return run(estimates, parameters, baseline, draws, seed);
    }

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

        // 2. Kernels, and the weights that give each draw's OLS slope as a weighted sum of log10 values.
        int n = estimates.size();
        List<Kernel> kernels = new ArrayList<>(n);
        for (Estimate e : estimates) {
            kernels.add(kernel(e, baseline));
        }
        double[] weights = slopeWeights(kernels);
        int measures = GROWTH_MEASURES.size();
        double[][] slopes = new double[measures][draws];
        double[][][] values = new double[4][n][draws];

        // 3. Every model under every draw. Draws are split into blocks computed in parallel; within a draw,
        // models are summed in one fixed order, so the result never depends on the threads.
        int blocks = Math.max(1, Math.min(draws, Runtime.getRuntime().availableProcessors() * 4));
        IntStream.range(0, blocks).parallel().forEach(block -> {
            double[] v = new double[measures];
            for (int d = block * draws / blocks; d < (block + 1) * draws / blocks; d++) {
                for (int m = 0; m < n; m++) {
                    Kernel k = kernels.get(m);
                    double gpuHours = k.fromCompute ? k.gpuHours * baseline.performanceRatio() / ratio[d] : k.gpuHours;
                    double energy = gpuHours * k.energyPerGpuHourAtOne * drawShare[d] * pueMultiplier[d];
                    double share = gpuHours / k.cards / (lifespan[d] * k.hoursPerYear * utilization[d]);
                    double g = gridMultiplier[d];
                    double dm = densityMultiplier[d];
                    double gwpE = share * (k.server.gwpKgCo2e() + k.cards * (k.cardFixed.gwpKgCo2e()
                            + k.cardMemoryDies.gwpKgCo2e() / dm));
                    double adpeE = share * (k.server.adpeKgSbEq() + k.cards * (k.cardFixed.adpeKgSbEq()
                            + k.cardMemoryDies.adpeKgSbEq() / dm));
                    double peE = share * (k.server.peMj() + k.cards * (k.cardFixed.peMj()
                            + k.cardMemoryDies.peMj() / dm));
                    double gwpU = energy * k.grid.gwpKgCo2e() * g;
                    double adpeU = energy * k.grid.adpeKgSbEq() * g;
                    double peU = energy * k.grid.peMj() * g;
                    v[0] = gpuHours;
                    v[1] = energy;
                    v[2] = gwpE + gwpU;
                    v[3] = gwpE;
                    v[4] = gwpU;
                    v[5] = adpeE + adpeU;
                    v[6] = adpeE;
                    v[7] = adpeU;
                    v[8] = peE + peU;
                    v[9] = peE;
                    v[10] = peU;
                    values[0][m][d] = energy;
                    values[1][m][d] = v[2];
                    values[2][m][d] = v[5];
                    values[3][m][d] = v[8];
                    double w = weights[m];
                    if (w != 0) {
                        for (int i = 0; i < measures; i++) {
                            slopes[i][d] += w * (v[i] > 0 ? Math.log10(v[i]) : 0);
                        }
                    }
                }
            }
        });

        // 4. Percentiles.
        ModelRange[] ranges = new ModelRange[n];
        IntStream.range(0, n).parallel().forEach(m -> ranges[m] = new ModelRange(interval(values[0][m]),
                interval(values[1][m]), interval(values[2][m]), interval(values[3][m])));
        Map<String, ModelRange> models = new LinkedHashMap<>();
        for (int m = 0; m < n; m++) {
            models.put(estimates.get(m).slug(), ranges[m]);
        }
        Map<String, Interval> growth = new LinkedHashMap<>();
        if (n >= Trends.MIN_POINTS) {
            for (int i = 0; i < measures; i++) {
                Interval slope = interval(slopes[i]);
                growth.put(GROWTH_MEASURES.get(i).column(), new Interval(Math.pow(10, slope.p05()),
                        Math.pow(10, slope.p95())));
            }
        }
        return new Result(draws, seed, models, growth);
    }

    private static Kernel kernel(Estimate e, Assumptions a) {
        boolean fromCompute = e.method() == GpuHoursMethod.GPU_H2;
        double energyPerGpuHour = e.energyKwh() / e.gpuHours() / a.tdpDrawShare();
        Impacts grid = e.use().times(1 / e.energyKwh());
        Impacts cardFixed = e.card().die().plus(e.card().base()).plus(e.card().memoryBase());
        return new Kernel(e.gpuHours(), fromCompute, energyPerGpuHour, grid, e.server().total(), cardFixed,
                e.card().memoryDies(), a.server().cards(), a.hoursPerYear(),
                Units.decimalYear(e.model().publicationDate().orElseThrow()));
    }

    /** w_m = (x_m − mean x) / Sxx, so that slope = Σ w_m log10 y_m. */
    private static double[] slopeWeights(List<Kernel> kernels) {
        double mean = 0;
        for (Kernel k : kernels) {
            mean += k.year;
        }
        mean /= Math.max(1, kernels.size());
        double sxx = 0;
        for (Kernel k : kernels) {
            sxx += (k.year - mean) * (k.year - mean);
        }
        double[] w = new double[kernels.size()];
        for (int i = 0; i < w.length && sxx > 0; i++) {
            w[i] = (kernels.get(i).year - mean) / sxx;
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
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return new Interval(sorted[rank(LOW, sorted.length)], sorted[rank(HIGH, sorted.length)]);
    }

    private static int rank(double p, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(p * n) - 1));
    }
}
