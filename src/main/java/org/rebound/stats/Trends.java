package org.rebound.stats;

import java.util.List;
import java.util.Optional;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.regression.SimpleRegression;

/** Fits exponential trends. */
public final class Trends {
    /** Fewer points than this give no fit. */
    public static final int MIN_POINTS = 3;
    private static final double CONFIDENCE_ALPHA = 0.05;

    private Trends() {
    }

    /** A point of a trend: decimal year and a positive value. */
    public record Point(double year, double value) {
    }

    /**
     * OLS of log10(value) on year. Points with a value that is not positive are ignored (no logarithm).
     * Empty when fewer than {@link #MIN_POINTS} usable points remain or all years are equal.
     */
    public static Optional<TrendFit> fit(List<Point> points) {
        SimpleRegression regression = new SimpleRegression(true);
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            if (p.value() > 0 && Double.isFinite(p.value())) {
                regression.addData(p.year(), Math.log10(p.value()));
                start = Math.min(start, p.year());
                end = Math.max(end, p.year());
            }
        }
        if (regression.getN() < MIN_POINTS || start == end) {
            return Optional.empty();
        }
        double slope = regression.getSlope();
        long n = regression.getN();
        double t = tCritical(n - 2);
        // As SimpleRegression.getSlopeConfidenceInterval computes it, with the quantile computed once per n.
        double halfWidth = regression.getSlopeStdErr() * t;
        double sxx = regression.getXSumSquares();
        double meanYear = sumYears(points) / n;
        return Optional.of(new TrendFit((int) n, start, end, slope, regression.getIntercept(), regression.getRSquare(),
                slope - halfWidth, slope + halfWidth, regression.getSignificance(), meanYear, sxx,
                Math.sqrt(regression.getMeanSquareError()), t));
    }

    /** Two-sided 95 % Student t quantiles by degrees of freedom: the solver behind them is slow, the values few. */
    private static final java.util.Map<Long, Double> T_CRITICAL = new java.util.concurrent.ConcurrentHashMap<>();

    private static double tCritical(long degreesOfFreedom) {
        return T_CRITICAL.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(df).inverseCumulativeProbability(1 - CONFIDENCE_ALPHA / 2));
    }

    private static double sumYears(List<Point> points) {
        double sum = 0;
        for (Point p : points) {
            if (p.value() > 0 && Double.isFinite(p.value())) {
                sum += p.year();
            }
        }
        return sum;
    }
}
