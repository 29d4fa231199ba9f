package org.rebound.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * One model with both estimates. {@code ratio} = X / GPU-h1, the share of peak it implies. {@code circular} is
     * the phrase of Epoch's compute notes showing that the compute was itself derived from hardware × time at an
     * assumed utilisation that the pair reproduces; empty when it was not.
     */
    public record Pair(Estimate estimate, double fullPeakHours, double gpuHoursH1, double ratio,
            Optional<String> circular) {
    }

    /**
     * An assumed utilisation in Epoch's compute notes: a share followed by "utilization" ("0.3 [assumed utilization]",
     * "40% utilization"), "assume(d) … utilization", or "utilization assumption".
     */
    private static final Pattern ASSUMED_UTILISATION = Pattern.compile("(?i)("
            + "\\d+(?:\\.\\d+)?\\s*%?\\s*[\\[(]?\\s*(?:assumed\\s+)?utili[sz]ation(?:\\s+rate)?(?:\\s*(?:assumption|assumed))?[\\])]?"
            + "|assum\\w*\\s+(?:an?\\s+)?(?:\\d+(?:\\.\\d+)?\\s*%?\\s+)?utili[sz]ation(?:\\s+rate)?(?:\\s*(?:=|of|:)\\s*\\d+(?:\\.\\d+)?\\s*%?)?"
            + "|utili[sz]ation(?:\\s+rate)?\\s+assum\\w*)");
    /** A share as the notes write one: a decimal fraction (0.3, .33) or a percentage (40 %, 32.5%); not a count. */
    private static final Pattern SHARE = Pattern.compile("(?<![\\d.])(\\d*\\.\\d+)(?![\\d.])|(?<![\\d.])(\\d{1,2}(?:\\.\\d+)?)\\s*%");

    /**
     * The evidence that a pair is circular: the notes assume a utilisation, and the pair's implied share of peak is
     * within {@code tolerance} (relative) of a share the notes state, in the phrase or elsewhere. Empty otherwise.
     */
    static Optional<String> circularEvidence(String notes, double impliedRatio, double tolerance) {
        Matcher assumed = ASSUMED_UTILISATION.matcher(notes);
        if (!assumed.find()) {
            return Optional.empty();
        }
        Matcher share = SHARE.matcher(notes);
        while (share.find()) {
            double value = share.group(1) != null ? Double.parseDouble(share.group(1))
                    : Double.parseDouble(share.group(2)) / 100;
            if (value > 0 && value <= 1 && Math.abs(impliedRatio / value - 1) <= tolerance) {
                return Optional.of(assumed.group().strip());
            }
        }
        return Optional.empty();
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

        /** The pairs the fits leave out: their compute came from hardware × time at an assumed utilisation. */
        public List<Pair> circular() {
            return pairs.stream().filter(p -> p.circular().isPresent()).toList();
        }

        /** The pairs the fits use: not circular, finite and positive. */
        public List<Pair> fitted() {
            return pairs.stream().filter(p -> p.circular().isEmpty() && Double.isFinite(p.ratio()) && p.ratio() > 0
                    && p.fullPeakHours() > 0).toList();
        }

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
     * and {@code -high} of parameters.yaml); pairs whose compute Epoch derived from hardware × time at an assumed
     * utilisation (within {@code circularTolerance}, {@code validation.circular-tolerance}) are listed, not fitted.
     */
    public static Result run(List<Estimate> estimates, double assumedRatio, double plausibleLow, double plausibleHigh,
            double circularTolerance) {
        List<Pair> pairs = new ArrayList<>();
        for (Estimate e : estimates) {
            if (e.gpuHours().impliedShareOfPeak().isPresent()) {
                // GPU-h2 = X / r, so X = GPU-h2 × r.
                double x = e.gpuHours().fullPeakHours().getAsDouble();
                double h1 = e.gpuHours().h1().getAsDouble();
                pairs.add(new Pair(e, x, h1, x / h1, circularEvidence(e.model().computeNotes(), x / h1,
                        circularTolerance)));
            }
        }
        // Only finite, positive pairs can be fitted on log scales.
        List<Pair> fitted = pairs.stream().filter(p -> p.circular().isEmpty() && Double.isFinite(p.ratio())
                && p.ratio() > 0 && p.fullPeakHours() > 0).toList();
        Optional<Fit> origin = origin(fitted);
        Optional<Fit> logLog = logLog(fitted, "log-log");
        Optional<Fit> plausible = logLog(fitted.stream().filter(p -> p.ratio() >= plausibleLow
                && p.ratio() <= plausibleHigh).toList(), "log-log-plausible");
        double center = logLog.map(Fit::ratio).orElse(assumedRatio);
        List<Pair> outliers = fitted.stream()
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
        // One parameter, so n − 1 degrees of freedom: SimpleRegression's own interval takes n − 2 even without an intercept.
        double hw = r.getSlopeStdErr() * new TDistribution(pairs.size() - 1).inverseCumulativeProbability(1 - ALPHA / 2);
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
