package org.rebound.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;
import org.hipparchus.stat.regression.SimpleRegression;
import org.rebound.estimate.Estimate;

/**
 * Checks the performance ratio of GPU-h2 (method §3): on every model where both GPU-hours estimates
 * exist, GPU-h1 (time × quantity) is regressed on the GPU-hours at full peak, X = FLOP / peak / 3600.
 * If runs achieve a share r of peak, GPU-h1 = X / r.
 */
public final class GpuHoursValidation {
    private static final double ALPHA = 0.05;
    /** Outliers listed: the models furthest from the fitted ratio. */
    public static final int OUTLIERS = 12;

    private GpuHoursValidation() {
    }

    /** One model with both estimates. {@code ratio} = X / GPU-h1, the share of peak it implies. */
    public record Pair(Estimate estimate, double fullPeakHours, double gpuHoursH1, double ratio) {
    }

    /**
     * One fit.
     *
     * @param fit          {@code origin} or {@code log-log}
     * @param ratio        implied performance ratio
     * @param slope        the fitted slope (1/r through the origin; the free log-log slope)
     */
    public record Fit(String fit, int n, double ratio, double ratioCiLow, double ratioCiHigh, double r2, double slope) {
    }

    /** Everything the validation page shows. */
    public record Result(List<Pair> pairs, Optional<Fit> origin, Optional<Fit> logLog, Optional<Fit> plausible,
            List<Pair> outliers, double assumedRatio, double plausibleLow, double plausibleHigh) {

        /** The fits that exist, in the order they are reported. */
        public List<Fit> fits() {
            return java.util.stream.Stream.of(origin, logLog, plausible).flatMap(Optional::stream).toList();
        }

        /** Whether the assumed ratio lies in the 95 % interval of a fit. */
        public boolean agrees(Fit f) {
            return f.ratioCiLow() <= assumedRatio && assumedRatio <= f.ratioCiHigh();
        }
    }

    /**
     * The validation with the window of physically plausible shares of peak ({@code validation.plausible-share-low}
     * and {@code -high} of parameters.yaml).
     */
    public static Result run(List<Estimate> estimates, double assumedRatio, double plausibleLow, double plausibleHigh) {
        List<Pair> pairs = new ArrayList<>();
        for (Estimate e : estimates) {
            if (e.gpuHoursH1().isPresent() && e.gpuHoursH2().isPresent()) {
                // GPU-h2 = X / r, so X = GPU-h2 × r.
                double x = e.gpuHoursH2().getAsDouble() * assumedRatio;
                double h1 = e.gpuHoursH1().getAsDouble();
                pairs.add(new Pair(e, x, h1, x / h1));
            }
        }
        Optional<Fit> origin = origin(pairs);
        Optional<Fit> logLog = logLog(pairs, "log-log");
        Optional<Fit> plausible = logLog(pairs.stream().filter(p -> p.ratio() >= plausibleLow
                && p.ratio() <= plausibleHigh).toList(), "log-log-plausible");
        double center = logLog.map(Fit::ratio).orElse(assumedRatio);
        List<Pair> outliers = pairs.stream()
                // Ties keep the estimates' order (publication date, name, organisation, line).
                .sorted(Comparator.comparingDouble((Pair p) -> -Math.abs(Math.log10(p.ratio() / center))))
                .limit(OUTLIERS).toList();
        return new Result(pairs, origin, logLog, plausible, outliers, assumedRatio, plausibleLow, plausibleHigh);
    }

    /** GPU-h1 = b × X through the origin; r = 1 / b. */
    static Optional<Fit> origin(List<Pair> pairs) {
        if (pairs.size() < 3) {
            return Optional.empty();
        }
        SimpleRegression r = new SimpleRegression(false);
        pairs.forEach(p -> r.addData(p.fullPeakHours(), p.gpuHoursH1()));
        double b = r.getSlope();
        double hw = r.getSlopeConfidenceInterval(ALPHA);
        return Optional.of(new Fit("origin", pairs.size(), 1 / b, 1 / (b + hw), b - hw > 0 ? 1 / (b - hw)
                : Double.POSITIVE_INFINITY, r.getRSquare(), b));
    }

    /**
     * log10(GPU-h1) against log10(X): R² and the free slope from OLS; the ratio from the model's own form
     * (slope 1), log10 r = mean(log10 X − log10 GPU-h1), with a t interval.
     */
    static Optional<Fit> logLog(List<Pair> pairs, String name) {
        if (pairs.size() < 3) {
            return Optional.empty();
        }
        SimpleRegression r = new SimpleRegression(true);
        double[] logRatios = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            r.addData(Math.log10(p.fullPeakHours()), Math.log10(p.gpuHoursH1()));
            logRatios[i] = Math.log10(p.ratio());
        }
        double mean = new Mean().evaluate(logRatios);
        double sd = new StandardDeviation().evaluate(logRatios);
        double t = new TDistribution(pairs.size() - 1).inverseCumulativeProbability(1 - ALPHA / 2);
        double hw = t * sd / Math.sqrt(pairs.size());
        return Optional.of(new Fit(name, pairs.size(), Math.pow(10, mean), Math.pow(10, mean - hw),
                Math.pow(10, mean + hw), r.getRSquare(), r.getSlope()));
    }
}
