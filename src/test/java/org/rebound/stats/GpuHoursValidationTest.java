package org.rebound.stats;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.GpuHours;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/**
 * The validation's fits written out (method §3): pairs X = GPU-h2 × r against GPU-h1, the fit through the origin
 * (r = 1 / slope) and the log-log mean with its t interval, on pairs whose every number is chosen.
 */
class GpuHoursValidationTest {
    private static Estimate base;

    @BeforeAll
    static void aRealEstimate() {
        ProjectData data = ProjectDataReader.read(Project.data());
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        base = new Estimator(data, a).estimate(Fixture.models()).estimates().stream()
                .filter(e -> e.model().name().equals("BLOOM-176B")).findFirst().orElseThrow();
    }

    /** BLOOM with other GPU-hours: GPU-h1 = {@code h1}, and GPU-h2 at r = 0.5 such that X = {@code x}. */
    private static Estimate pair(String name, double x, double h1, String notes) {
        NotableModel m = base.model();
        NotableModel renamed = Models.from(m).name(name).computeNotes(notes).build();
        GpuHours b = base.gpuHours();
        GpuHours hours = new GpuHours(b.method(), h1, h1 > 0 ? OptionalDouble.of(h1) : OptionalDouble.empty(),
                x > 0 ? OptionalDouble.of(x * 2) : OptionalDouble.empty(), b.precision(), b.peakFlops(), 0.5, false,
                b.reason());
        return new Estimate(renamed, base.hardwareNote(), hours, base.cardFootprint(), base.server(), base.gridAndPue(), base.power(),
                base.lcaInputs(), base.footprint(), base.derivation(), base.notes());
    }

    private static List<String> names(List<GpuHoursValidation.Pair> pairs) {
        return pairs.stream().map(p -> p.estimate().model().name()).toList();
    }

    @Test
    void pairsFitsAndOutliersOfChosenNumbers() {
        List<Estimate> estimates = List.of(pair("a", 30, 100, ""), pair("b", 70, 200, "40% utilization, measured"),
                pair("c", 250, 1000, "no notes of use"), pair("d", 20, 50, "0.4 [assumed utilization]"),
                pair("only h1", 0, 10, ""), pair("only h2", 10, 0, ""));
        GpuHoursValidation.Result v = GpuHoursValidation.run(estimates, 0.27, 0.25, 0.35, 0.1);
        assertEquals(List.of("a", "b", "c", "d"), names(v.pairs()));
        GpuHoursValidation.Pair a = v.pairs().get(0);
        assertEquals(30, a.fullPeakHours());
        assertEquals(100, a.gpuHoursH1());
        assertEquals(0.3, a.ratio());
        assertEquals(Optional.empty(), a.circular());
        // b's notes state 40 % but assume nothing; d assumes 0.4 and reproduces it.
        assertEquals(Optional.empty(), v.pairs().get(1).circular());
        assertEquals(Optional.of("0.4 [assumed utilization]"), v.pairs().get(3).circular());
        assertEquals(List.of("d"), names(v.circular()));
        assertEquals(List.of("a", "b", "c"), names(v.fitted()));

        // Through the origin: slope = Σxy / Σx², r = 1 / slope, its interval from t(n − 1).
        double[] x = {30, 70, 250};
        double[] y = {100, 200, 1000};
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 3; i++) {
            sxy += x[i] * y[i];
            sxx += x[i] * x[i];
        }
        double b = sxy / sxx;
        double rss = 0;
        double syy = 0;
        for (int i = 0; i < 3; i++) {
            rss += (y[i] - b * x[i]) * (y[i] - b * x[i]);
            syy += y[i] * y[i];
        }
        double hw = new TDistribution(2).inverseCumulativeProbability(0.975) * Math.sqrt(rss / 2 / sxx);
        GpuHoursValidation.Fit origin = v.origin().orElseThrow();
        assertEquals("origin", origin.fit());
        assertEquals(3, origin.n());
        assertEquals(b, origin.slope(), 1e-12 * b);
        assertEquals(1 / b, origin.ratio(), 1e-12);
        assertEquals(1 / (b + hw), origin.ratioCiLow(), 1e-12);
        assertTrue(b - hw > 0);
        assertEquals(1 / (b - hw), origin.ratioCiHigh(), 1e-12);
        // R² through the origin: 1 − RSS / Σy².
        assertEquals(1 - rss / syy, origin.r2(), 1e-12);

        // Log-log: r = 10^mean(log10 ratio), interval mean ± t(n − 1) × sd / √n; slope and R² of the free OLS.
        double[] logRatio = {Math.log10(0.3), Math.log10(0.35), Math.log10(0.25)};
        double mean = (logRatio[0] + logRatio[1] + logRatio[2]) / 3;
        double ss = 0;
        for (double l : logRatio) {
            ss += (l - mean) * (l - mean);
        }
        double half = new TDistribution(2).inverseCumulativeProbability(0.975) * Math.sqrt(ss / 2) / Math.sqrt(3);
        GpuHoursValidation.Fit logLog = v.logLog().orElseThrow();
        assertEquals("log-log", logLog.fit());
        assertEquals(3, logLog.n());
        assertEquals(Math.pow(10, mean), logLog.ratio(), 1e-12);
        assertEquals(Math.pow(10, mean - half), logLog.ratioCiLow(), 1e-12);
        assertEquals(Math.pow(10, mean + half), logLog.ratioCiHigh(), 1e-12);
        double[] lx = {Math.log10(30), Math.log10(70), Math.log10(250)};
        double[] ly = {2, Math.log10(200), 3};
        double mx = (lx[0] + lx[1] + lx[2]) / 3;
        double my = (ly[0] + ly[1] + ly[2]) / 3;
        double cxy = 0;
        double cxx = 0;
        double cyy = 0;
        for (int i = 0; i < 3; i++) {
            cxy += (lx[i] - mx) * (ly[i] - my);
            cxx += (lx[i] - mx) * (lx[i] - mx);
            cyy += (ly[i] - my) * (ly[i] - my);
        }
        assertEquals(cxy / cxx, logLog.slope(), 1e-12);
        assertEquals(cxy * cxy / (cxx * cyy), logLog.r2(), 1e-12);

        // The plausible window [0.25, 0.35] holds its bounds: the same three pairs.
        GpuHoursValidation.Fit plausible = v.plausible().orElseThrow();
        assertEquals("log-log-plausible", plausible.fit());
        assertEquals(3, plausible.n());
        assertEquals(logLog.ratio(), plausible.ratio(), 1e-15);
        assertEquals(List.of("origin", "log-log", "log-log-plausible"), v.fits().stream()
                .map(GpuHoursValidation.Fit::fit).toList());

        // Outliers: furthest from the log-log ratio (0.297) first.
        assertEquals(List.of("c", "b", "a"), names(v.outliers()));
        assertEquals(0.27, v.assumedRatio());
        assertEquals(0.25, v.plausibleLow());
        assertEquals(0.35, v.plausibleHigh());
        assertTrue(v.agrees(logLog), "0.27 lies in [" + logLog.ratioCiLow() + ", " + logLog.ratioCiHigh() + "]");
    }

    @Test
    void aNarrowerWindowLeavesTooFewPairsForAPlausibleFit() {
        List<Estimate> estimates = List.of(pair("a", 30, 100, ""), pair("b", 70, 200, ""), pair("c", 250, 1000, ""));
        assertTrue(GpuHoursValidation.run(estimates, 0.27, 0.2500001, 0.35, 0.1).plausible().isEmpty());
        assertTrue(GpuHoursValidation.run(estimates, 0.27, 0.25, 0.3499999, 0.1).plausible().isEmpty());
        // Without a log-log fit, outliers are measured from the assumed ratio.
        GpuHoursValidation.Result two = GpuHoursValidation.run(estimates.subList(0, 2), 0.36, 0.25, 0.35, 0.1);
        assertTrue(two.origin().isEmpty() && two.logLog().isEmpty() && two.plausible().isEmpty());
        assertEquals(List.of("a", "b"), names(two.outliers()));
        assertEquals(List.of("b", "a"), names(GpuHoursValidation.run(estimates.subList(0, 2), 0.29, 0.25, 0.35, 0.1)
                .outliers()));
    }

    @Test
    void aScatterWiderThanTheSlopeHasNoUpperBound() {
        Estimate e = pair("e", 1, 1, "");
        List<GpuHoursValidation.Pair> wild = List.of(new GpuHoursValidation.Pair(e, 1, 1, 1, Optional.empty()),
                new GpuHoursValidation.Pair(e, 2, 100, 0.02, Optional.empty()),
                new GpuHoursValidation.Pair(e, 100, 1, 100, Optional.empty()));
        GpuHoursValidation.Fit f = GpuHoursValidation.origin(wild).orElseThrow();
        assertEquals(Double.POSITIVE_INFINITY, f.ratioCiHigh());
        assertTrue(f.ratioCiLow() > 0 && f.ratioCiLow() < f.ratio());
        assertTrue(GpuHoursValidation.origin(wild.subList(0, 2)).isEmpty());
        assertTrue(GpuHoursValidation.logLog(wild.subList(0, 2), "x").isEmpty());
        assertEquals(3, GpuHoursValidation.logLog(wild, "x").orElseThrow().n());
    }

    @Test
    void onlyFinitePositiveNonCircularPairsAreFitted() {
        Estimate e = pair("e", 1, 1, "");
        List<GpuHoursValidation.Pair> pairs = List.of(new GpuHoursValidation.Pair(e, 1, 2, 0.5, Optional.empty()),
                new GpuHoursValidation.Pair(e, 0, 2, 0, Optional.empty()),
                new GpuHoursValidation.Pair(e, 1, 0, Double.POSITIVE_INFINITY, Optional.empty()),
                new GpuHoursValidation.Pair(e, 1, 0, Double.NaN, Optional.empty()),
                new GpuHoursValidation.Pair(e, -1, 2, -0.5, Optional.empty()),
                new GpuHoursValidation.Pair(e, 1, 4, 0.25, Optional.of("0.25 utilization")));
        GpuHoursValidation.Result r = new GpuHoursValidation.Result(pairs, Optional.empty(), Optional.empty(),
                Optional.empty(), List.<GpuHoursValidation.Pair>of(), 0.27, 0.01, 1);
        assertEquals(List.of(pairs.get(0)), r.fitted());
        assertEquals(List.of(pairs.get(5)), r.circular());
        assertEquals(List.of(), r.fits());
    }

    @Test
    void theAssumedRatioAgreesWithAnIntervalThatHoldsItBoundsIncluded() {
        GpuHoursValidation.Result r = new GpuHoursValidation.Result(List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.<GpuHoursValidation.Pair>of(), 0.27, 0.01, 1);
        assertTrue(r.agrees(new GpuHoursValidation.Fit("f", 3, 0.3, 0.27, 0.4, 1, 1)));
        assertTrue(r.agrees(new GpuHoursValidation.Fit("f", 3, 0.2, 0.1, 0.27, 1, 1)));
        assertFalse(r.agrees(new GpuHoursValidation.Fit("f", 3, 0.3, 0.2700001, 0.4, 1, 1)));
        assertFalse(r.agrees(new GpuHoursValidation.Fit("f", 3, 0.2, 0.1, 0.2699999, 1, 1)));
    }

    @Test
    void aShareOfExactlyOneAndTheToleranceItselfCount() {
        assertEquals(Optional.of("1.0 utilization"), GpuHoursValidation.circularEvidence("1.0 utilization", 1.0, 0.1));
        assertEquals(Optional.of("assumed utilization"), GpuHoursValidation.circularEvidence(
                "at 0.5 of peak, assumed utilization", 0.75, 0.5));
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence("at 0.5 of peak, assumed utilization",
                0.75, 0.4999));
        assertEquals(Optional.empty(), GpuHoursValidation.circularEvidence("1.5 utilization", 1.5, 0.1));
    }
}
