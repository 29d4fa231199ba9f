package org.rebound.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;

/**
 * A probability distribution of an uncertain parameter, as written in {@code parameters.yaml}:
 * {@code uniform(low, high)}, {@code triangular(low, mode, high)} or {@code lognormal(median, sigma)}
 * (sigma of the natural logarithm). {@link #real()} gives it as a Hipparchus distribution.
 */
public record Distribution(Kind kind, List<Double> arguments) {

    /** The families Rebound draws from. */
    public enum Kind { UNIFORM, TRIANGULAR, LOGNORMAL }

    private static final Pattern FORM = Pattern.compile("(uniform|triangular|lognormal)\\((.*)\\)");

    /** Reads a distribution; empty with a reason when the text is malformed. */
    public static Optional<Distribution> parse(String text, StringBuilder error) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            error.append("expected uniform(low, high), triangular(low, mode, high) or lognormal(median, sigma)");
            return Optional.empty();
        }
        Kind kind = Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        List<Double> args;
        try {
            args = java.util.Arrays.stream(m.group(2).split(",")).map(String::strip).map(Double::parseDouble).toList();
        } catch (NumberFormatException e) {
            error.append("expected numbers between the parentheses");
            return Optional.empty();
        }
        int expected = kind == Kind.TRIANGULAR ? 3 : 2;
        boolean ordered = switch (kind) {
            case UNIFORM -> args.size() == 2 && args.get(0) < args.get(1);
            case TRIANGULAR -> args.size() == 3 && args.get(0) <= args.get(1) && args.get(1) <= args.get(2)
                    && args.get(0) < args.get(2);
            case LOGNORMAL -> args.size() == 2 && args.get(0) > 0 && args.get(1) > 0;
        };
        if (args.size() != expected || !ordered) {
            error.append("expected " + expected + " arguments in order (low ≤ mode ≤ high; median and sigma > 0)");
            return Optional.empty();
        }
        return Optional.of(new Distribution(kind, args));
    }

    /**
     * The distribution as Hipparchus's, for its quantiles ({@code inverseCumulativeProbability}), CDF and moments.
     * Draws take its quantile at a uniform number of Rebound's own seeded stream (inverse transform), never its
     * {@code sample()}, so that a build's draws depend only on the seed. A new object each call: hold on to it in a
     * loop.
     */
    public RealDistribution real() {
        double a = arguments.get(0);
        return switch (kind) {
            case UNIFORM -> new UniformRealDistribution(a, arguments.get(1));
            case TRIANGULAR -> new TriangularDistribution(a, arguments.get(1), arguments.get(2));
            case LOGNORMAL -> new LogNormal(a, arguments.get(1));
        };
    }

    /** The value at cumulative probability {@code u} in (0, 1). */
    public double quantile(double u) {
        return real().inverseCumulativeProbability(u);
    }

    /**
     * Hipparchus's log-normal (scale ln median, shape sigma) with its quantile in closed form, median ×
     * exp(sigma Φ⁻¹(u)): Hipparchus inverts this distribution's CDF numerically, which is slower and a few ulps away.
     */
    private static final class LogNormal extends LogNormalDistribution {
        private static final long serialVersionUID = 1L;
        private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);
        private final double median;
        private final double sigma;

        LogNormal(double median, double sigma) {
            super(Math.log(median), sigma);
            this.median = median;
            this.sigma = sigma;
        }

        @Override
        public double inverseCumulativeProbability(double p) {
            return median * Math.exp(sigma * STANDARD_NORMAL.inverseCumulativeProbability(p));
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "(" + String.join(", ", arguments.stream()
                .map(d -> Num.sig(d, 4)).toList()) + ")";
    }
}
