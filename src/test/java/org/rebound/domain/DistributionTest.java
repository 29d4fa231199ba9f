package org.rebound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The distributions of {@code parameters.yaml} as Hipparchus's: their quantiles are, bit for bit, the closed forms
 * Rebound computed by hand before (so a build's draws did not move), and their CDFs invert them.
 */
class DistributionTest {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private static Distribution parse(String text) {
        return Distribution.parse(text, new StringBuilder()).orElseThrow();
    }

    @Test
    void quantilesAreTheClosedFormsBitForBit() {
        SplittableRandom random = new SplittableRandom(17);
        double a = 0.3;
        double c = 0.45;
        double b = 0.9;
        double median = 1.2;
        double sigma = 0.25;
        Distribution uniform = parse("uniform(0.3, 0.9)");
        Distribution triangular = parse("triangular(0.3, 0.45, 0.9)");
        Distribution lognormal = parse("lognormal(1.2, 0.25)");
        for (int k = 0; k < 10_000; k++) {
            double u = Math.max(1e-12, Math.min(1 - 1e-12, random.nextDouble()));
            assertEquals(a + u * (b - a), uniform.quantile(u), 0, "uniform at " + u);
            double f = (c - a) / (b - a);
            double byHand = u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
            assertEquals(byHand, triangular.quantile(u), 0, "triangular at " + u);
            assertEquals(median * Math.exp(sigma * STANDARD_NORMAL.inverseCumulativeProbability(u)),
                    lognormal.quantile(u), 0, "lognormal at " + u);
        }
    }

    @Test
    void theCumulativeProbabilityInvertsTheQuantile() {
        for (String text : new String[] {"uniform(0.3, 0.9)", "triangular(0.3, 0.45, 0.9)", "triangular(1, 1, 2)",
                "lognormal(1.2, 0.25)"}) {
            RealDistribution real = parse(text).real();
            for (double u : new double[] {0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999}) {
                assertEquals(u, real.cumulativeProbability(real.inverseCumulativeProbability(u)), 1e-12, text + " at " + u);
            }
        }
        assertEquals(1.2, parse("lognormal(1.2, 0.25)").quantile(0.5), 1e-15, "the median");
        assertEquals(0.55, parse("triangular(0.3, 0.45, 0.9)").real().getNumericalMean(), 1e-15);
    }
}
