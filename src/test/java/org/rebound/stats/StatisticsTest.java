package org.rebound.stats;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.domain.Parameter;
import org.rebound.domain.Indicator;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.estimate.LcaKernel;
import org.rebound.support.Project;

/** The GPU-hours validation recovers a planted ratio; the Monte Carlo is seeded and brackets the baseline. */
class StatisticsTest {
    private static ProjectData data;
    private static Assumptions assumptions;
    private static List<NotableModel> models;

    @BeforeAll
    static void read() throws IOException {
        data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
        models = Fixture.models();
    }

    /**
     * Models whose reported training time is planted so that runs achieve {@code ratio} of the H100's peak,
     * with log-normal scatter: the validation must find the ratio within its interval.
     */
    @Test
    void recoversAPlantedPerformanceRatio() {
        Random random = new Random(3);
        List<NotableModel> planted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double flop = Math.pow(10, 20 + 5 * random.nextDouble());
            double quantity = 1024;
            double fullPeakHours = flop / 989.4e12 / 3600;
            double hours = fullPeakHours / 0.35 / quantity * Math.pow(10, 0.2 * random.nextGaussian());
            planted.add(Models.model("m" + i).published(LocalDate.of(2024, 1, 1 + i % 28)).computeFlop(flop)
                    .hours(hours).hardware("NVIDIA H100 SXM5 80GB").quantity(quantity).line(i + 2).build());
        }
        Estimation e = new Estimator(data, assumptions).estimate(planted);
        GpuHoursValidation.Result v = GpuHoursValidation.run(e.estimates(), 0.27, 0.01, 1.0, 0.1);
        assertEquals(200, v.pairs().size());
        GpuHoursValidation.Fit logLog = v.logLog().orElseThrow();
        assertTrue(logLog.ratioCiLow() < 0.35 && 0.35 < logLog.ratioCiHigh(), logLog.toString());
        assertEquals(0.35, logLog.ratio(), 0.02);
        assertFalse(v.agrees(logLog), "0.27 is outside the interval of a planted 0.35");
        // Through the origin, the largest runs dominate (the data span five decades): a rough check only.
        assertEquals(0.35, v.origin().orElseThrow().ratio(), 0.35 * 0.35);
        assertEquals(GpuHoursValidation.OUTLIERS, v.outliers().size());
    }

    @Test
    void theMonteCarloIsSeededAndBracketsTheBaseline() {
        List<Estimate> estimates = new Estimator(data, assumptions).estimate(models).estimates();
        Uncertainty.Result a = Uncertainty.run(estimates, data.parameters(), assumptions, 500, 42);
        Uncertainty.Result b = Uncertainty.run(estimates, data.parameters(), assumptions, 500, 42);
        assertEquals(a, b, "same seed, same draws");
        Uncertainty.Result c = Uncertainty.run(estimates, data.parameters(), assumptions, 500, 43);
        assertNotEquals(a.growthPerYear(), c.growthPerYear());
        Estimate bloom = estimates.stream().filter(x -> x.model().name().equals("BLOOM-176B")).findFirst().orElseThrow();
        Uncertainty.ModelRange r = a.model(bloom.model()).orElseThrow();
        assertTrue(r.of(Indicator.GWP).p05() < bloom.total().get(Indicator.GWP) && bloom.total().get(Indicator.GWP) < r.of(Indicator.GWP).p95());
        assertTrue(r.energyKwh().p05() < r.energyKwh().p95());
        Uncertainty.Interval growth = a.growthPerYear().get("gwp_kgco2e");
        assertTrue(growth.p05() < growth.p95());
    }

    /** GPU-h1 models do not depend on the performance ratio: a run with only r uncertain leaves them fixed. */
    @Test
    void onlyTheRatioUncertainMovesGpuH2ModelsAndLeavesGpuH1ModelsFixed() {
        List<Estimate> estimates = new Estimator(data, assumptions).estimate(models).estimates();
        assertTrue(data.parameters().get(ParameterKey.PERFORMANCE_RATIO).distribution().isPresent());
        List<Parameter> entries = new ArrayList<>();
        for (Parameter p : data.parameters().entries()) {
            entries.add(p.key() == ParameterKey.PERFORMANCE_RATIO ? p : new Parameter(p.key(), p.value(), p.unit(),
                    p.section(), p.reason(), p.source(), Optional.empty()));
        }
        Uncertainty.Result onlyRatio = Uncertainty.run(estimates, new Parameters(entries), assumptions, 500, 42);
        int h1 = 0;
        int h2 = 0;
        for (Estimate e : estimates) {
            Uncertainty.Interval energy = onlyRatio.model(e.model()).orElseThrow().energyKwh();
            Uncertainty.Interval gwp = onlyRatio.model(e.model()).orElseThrow().of(Indicator.GWP);
            if (e.gpuHours().method() == GpuHoursMethod.GPU_H1) {
                h1++;
                assertEquals(e.energyKwh(), energy.p05(), 1e-9 * e.energyKwh(), e.model().name());
                assertEquals(e.energyKwh(), energy.p95(), 1e-9 * e.energyKwh(), e.model().name());
                assertEquals(e.total().get(Indicator.GWP), gwp.p05(), 1e-9 * e.total().get(Indicator.GWP), e.model().name());
                assertEquals(e.total().get(Indicator.GWP), gwp.p95(), 1e-9 * e.total().get(Indicator.GWP), e.model().name());
            } else {
                h2++;
                assertTrue(energy.p05() < e.energyKwh() && e.energyKwh() < energy.p95(), e.model().name() + " " + energy);
                assertTrue(gwp.p05() < gwp.p95(), e.model().name() + " " + gwp);
            }
        }
        // The fixture has both kinds: BLOOM, GPT-3, Gopher... (GPU-h1); Llama 3.3, ERNIE, AlphaGo Zero, StyleGAN (GPU-h2).
        assertEquals(5, h1);
        assertEquals(4, h2);
    }

    @Test
    void withoutDistributionsEveryDrawIsTheBaseline() {
        List<Estimate> estimates = new Estimator(data, assumptions).estimate(models).estimates();
        List<Parameter> entries = new ArrayList<>();
        for (Parameter p : data.parameters().entries()) {
            entries.add(new Parameter(p.key(), p.value(), p.unit(), p.section(), p.reason(), p.source(),
                    Optional.empty()));
        }
        Uncertainty.Result r = Uncertainty.run(estimates, new Parameters(entries), assumptions, 4000, 1);
        for (Estimate e : estimates) {
            Uncertainty.ModelRange range = r.model(e.model()).orElseThrow();
            String name = e.model().name();
            for (Indicator i : Indicator.ALL) {
                double total = e.total().get(i);
                assertEquals(total, range.of(i).p05(), 1e-9 * total, name);
                assertEquals(total, range.of(i).p95(), 1e-9 * total, name);
            }
            assertEquals(e.energyKwh(), range.energyKwh().p05(), 1e-9 * e.energyKwh(), name);
        }
        // The growth interval is then the regression's own: slope ± SE × t(n − 2) at 5 % and 95 %.
        TrendFit fit = TrendTable.fit(Measure.GWP, estimates).orElseThrow();
        Uncertainty.Interval growth = r.growthPerYear().get("gwp_kgco2e");
        int df = fit.n() - 2;
        org.hipparchus.distribution.continuous.TDistribution t = new org.hipparchus.distribution.continuous.TDistribution(df);
        double se = Math.log10(fit.growthFactorCiHigh() / fit.growthFactorPerYear()) / t.inverseCumulativeProbability(0.975);
        double half = se * t.inverseCumulativeProbability(0.95);
        assertEquals(Math.log10(fit.growthFactorPerYear()), Math.log10(growth.p50()), 0.05 * half);
        assertEquals(half, Math.log10(growth.p95() / fit.growthFactorPerYear()), 0.1 * half);
        assertEquals(half, Math.log10(fit.growthFactorPerYear() / growth.p05()), 0.1 * half);
    }

    @Test
    void monteCarloMediansAreNearThePointEstimates() {
        List<Estimate> estimates = new Estimator(data, assumptions).estimate(models).estimates();
        Uncertainty.Result r = Uncertainty.run(estimates, data.parameters(), assumptions);
        assertEquals(2000, r.draws());
        for (Estimate e : estimates) {
            Uncertainty.ModelRange range = r.model(e.model()).orElseThrow();
            String name = e.model().name();
            // The point estimate with every uncertain parameter at its median: the median of a product of
            // independent draws is near the product of their medians.
            LcaKernel.Output atMedians = LcaKernel.run(Uncertainty.drawn(e, assumptions, median(ParameterKey.PERFORMANCE_RATIO),
                    median(ParameterKey.TDP_DRAW_SHARE), median(ParameterKey.LIFESPAN), median(ParameterKey.UTILIZATION),
                    median(ParameterKey.PUE_MULTIPLIER), median(ParameterKey.MEMORY_DENSITY_MULTIPLIER),
                    median(ParameterKey.GRID_MULTIPLIER)));
            assertEquals(1, range.energyKwh().p50() / atMedians.energyKwh(), 0.05, name + " energy");
            for (Indicator i : Indicator.ALL) {
                double ratio = range.of(i).p50() / atMedians.total(i);
                assertEquals(1, ratio, 0.10, name + " " + i);
                assertTrue(range.of(i).p05() <= range.of(i).p50() && range.of(i).p50() <= range.of(i).p95(), name);
            }
        }
        TrendFit gwp = TrendTable.fit(Measure.GWP, estimates).orElseThrow();
        assertEquals(gwp.growthFactorPerYear(), r.growthPerYear().get("gwp_kgco2e").p50(), 0.02 * gwp.growthFactorPerYear());
    }

    private static double median(ParameterKey key) {
        return data.parameters().get(key).distribution().orElseThrow().quantile(0.5);
    }

    @Test
    void percentilesOfOneToTwentyAreTheirNearestRanksByHand() {
        // 1..20, shuffled: the 5th percentile is the ⌈0.05 × 20⌉ = 1st smallest, the median the 10th, the 95th the
        // 19th; with 21 values the 2nd, 11th and 20th (⌈1.05⌉, ⌈10.5⌉, ⌈19.95⌉). No interpolation.
        double[] twenty = {7, 20, 1, 14, 3, 18, 11, 5, 16, 9, 2, 19, 12, 6, 15, 4, 17, 10, 13, 8};
        double[] kept = twenty.clone();
        assertEquals(new Uncertainty.Interval(1, 10, 19), Uncertainty.interval(twenty));
        assertArrayEquals(kept, twenty, "the draws are left as they were");
        double[] twentyOne = java.util.Arrays.copyOf(twenty, 21);
        twentyOne[20] = 21;
        assertEquals(new Uncertainty.Interval(2, 11, 20), Uncertainty.interval(twentyOne));
        assertEquals(new Uncertainty.Interval(4, 4, 4), Uncertainty.interval(new double[] {4}));
    }

    @Test
    void percentilesAreTheNearestRanksOfTheSortedDraws() {
        Random random = new Random(11);
        for (int n : new int[] {1, 2, 3, 19, 20, 21, 1000, 2001}) {
            double[] values = new double[n];
            for (int k = 0; k < n; k++) {
                values[k] = random.nextInt(5) == 0 ? Math.floor(random.nextGaussian() * 3) : random.nextGaussian();
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            Uncertainty.Interval got = Uncertainty.interval(values);
            int low = Math.min(n - 1, Math.max(0, (int) Math.ceil(0.05 * n) - 1));
            int median = Math.min(n - 1, Math.max(0, (int) Math.ceil(0.5 * n) - 1));
            int high = Math.min(n - 1, Math.max(0, (int) Math.ceil(0.95 * n) - 1));
            assertEquals(new Uncertainty.Interval(sorted[low], sorted[median], sorted[high]), got, "n = " + n);
        }
    }

    @Test
    void aRunWhoseUnknownsAreAllKnownHasNoEnergyRangeAndEachRunDrawsItsOwn() {
        List<Estimate> estimates = new Estimator(data, assumptions, org.rebound.estimate.Configuration.REBOUND)
                .estimate(models).estimates();
        Uncertainty.Result r = Uncertainty.run(estimates, data.parameters(), assumptions, 2000, 7);
        // Gopher: GPU-h1, Google's Georgia site with its published PUE, the TPU v3's measured draw.
        Estimate gopher = estimates.stream().filter(e -> e.model().name().equals("Gopher (280B)")).findFirst()
                .orElseThrow();
        Uncertainty.Interval energy = r.model(gopher.model()).orElseThrow().energyKwh();
        assertEquals(gopher.energyKwh(), energy.p05(), 1e-9 * gopher.energyKwh());
        assertEquals(gopher.energyKwh(), energy.p95(), 1e-9 * gopher.energyKwh());
        // Llama 3.3 70B (GPU-h2, TDP, organisation's country): its energy varies, and its point estimate lies
        // inside its draws.
        Estimate llama = estimates.stream().filter(e -> e.model().name().equals("Llama 3.3 70B")).findFirst()
                .orElseThrow();
        Uncertainty.ModelRange range = r.model(llama.model()).orElseThrow();
        assertTrue(range.energyKwh().p95() > 1.5 * range.energyKwh().p05(), range.toString());
        double rank = range.pointRank(Indicator.GWP);
        assertTrue(rank > 0.05 && rank < 0.95, "rank " + rank);
        // The same seed gives the same ranges.
        assertEquals(range, Uncertainty.run(estimates, data.parameters(), assumptions, 2000, 7).model(llama.model())
                .orElseThrow());
    }
}
