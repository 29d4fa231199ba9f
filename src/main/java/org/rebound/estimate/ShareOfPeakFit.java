package org.rebound.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.distribution.continuous.TDistribution;
import org.rebound.domain.Distribution;
import org.rebound.domain.NotableModel;
import org.rebound.domain.Units;

/**
 * The share of peak a training run reaches, from evidence: the model FLOP utilisations Epoch AI gives for runs of the
 * export (its {@code Hardware utilization (MFU)} column), fitted as a log-normal. Rebound's best estimate divides a
 * run's compute by its median where the run has no MFU of its own, and the Monte Carlo draws from it; the study keeps
 * its parameter (0.27). A trend by year of publication is fitted too and reported: where its 95 % interval holds no
 * change, one share serves every year.
 *
 * @param median          the geometric mean of the measured shares
 * @param sigma           the sample standard deviation of their natural logarithms
 * @param medianCiLow     the 95 % confidence interval of the median, low end (Student's t on the logarithms)
 * @param medianCiHigh    its high end
 * @param n               how many runs the fit is made of
 * @param changePerYear   the fitted factor of the share a year (exp of the slope of ln share on decimal year)
 * @param changeCiLow     its 95 % interval, low end
 * @param changeCiHigh    its high end
 */
public record ShareOfPeakFit(double median, double sigma, double medianCiLow, double medianCiHigh, int n,
        double changePerYear, double changeCiLow, double changeCiHigh) {

    /** The fewest measured runs the fit is made from; with fewer, the parameter's share stays. */
    public static final int MIN_RUNS = 10;
    /** The two-sided confidence of the intervals. */
    public static final double CONFIDENCE = 0.95;
    /** A spread of the logarithms below this is rounding, not a spread: identical values make no fit. */
    static final double MIN_SIGMA = 1e-9;

    /** The fit of the measured utilisations of {@code models} that have one in (0, 1] and a date. */
    public static Optional<ShareOfPeakFit> of(List<NotableModel> models) {
        List<double[]> points = new ArrayList<>();
        for (NotableModel m : models) {
            if (m.mfu().isPresent() && m.publicationDate().isPresent() && m.mfu().getAsDouble() > 0
                    && m.mfu().getAsDouble() <= 1) {
                points.add(new double[] {Units.decimalYear(m.publicationDate().get()), Math.log(m.mfu().getAsDouble())});
            }
        }
        int n = points.size();
        if (n < MIN_RUNS) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (double[] p : points) {
            meanX += p[0] / n;
            meanY += p[1] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (double[] p : points) {
            sxx += (p[0] - meanX) * (p[0] - meanX);
            sxy += (p[0] - meanX) * (p[1] - meanY);
            syy += (p[1] - meanY) * (p[1] - meanY);
        }
        double sigma = Math.sqrt(syy / (n - 1));
        if (!(sigma > MIN_SIGMA)) {
            return Optional.empty(); // identical shares give no spread to draw from: no fit
        }
        double t1 = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double half = t1 * sigma / Math.sqrt(n);
        double slope = sxx > 0 ? sxy / sxx : 0;
        double residuals = Math.max(0, syy - slope * sxy);
        double slopeSe = sxx > 0 ? Math.sqrt(residuals / (n - 2) / sxx) : 0;
        double t2 = new TDistribution(n - 2).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return Optional.of(new ShareOfPeakFit(Math.exp(meanY), sigma, Math.exp(meanY - half), Math.exp(meanY + half), n,
                Math.exp(slope), Math.exp(slope - t2 * slopeSe), Math.exp(slope + t2 * slopeSe)));
    }

    /** Whether the share changes with the year at 95 % confidence (its interval excludes no change). */
    public boolean changesWithYear() {
        return changeCiLow > 1 || changeCiHigh < 1;
    }

    /** {@code a} with this fit's median as the share of peak, and its distribution as the share of peak's range. */
    public Assumptions applyTo(Assumptions a) {
        return a.toBuilder().performanceRatio(median).ranges(a.ranges().withPerformanceRatio(distribution())).build();
    }

    /** The fit as the distribution the Monte Carlo draws from: {@code lognormal(median, sigma)}. */
    public Distribution distribution() {
        return new Distribution(Distribution.Kind.LOGNORMAL, List.of(median, sigma));
    }
}
