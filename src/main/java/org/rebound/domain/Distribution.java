package org.rebound.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A probability distribution of an uncertain parameter, as written in {@code parameters.yaml}:
 * {@code uniform(low, high)}, {@code triangular(low, mode, high)} or {@code lognormal(median, sigma)}
 * (sigma of the natural logarithm).
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

    private static final org.hipparchus.distribution.continuous.NormalDistribution STANDARD_NORMAL =
            new org.hipparchus.distribution.continuous.NormalDistribution(0, 1);

    /** The value at cumulative probability {@code u} in (0, 1). */
    public double quantile(double u) {
        double a = arguments.get(0);
        return switch (kind) {
            case UNIFORM -> a + u * (arguments.get(1) - a);
            case TRIANGULAR -> {
                double c = arguments.get(1);
                double b = arguments.get(2);
                double f = (c - a) / (b - a);
                yield u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
            }
            case LOGNORMAL -> a * Math.exp(arguments.get(1) * STANDARD_NORMAL.inverseCumulativeProbability(u));
        };
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "(" + String.join(", ", arguments.stream()
                .map(d -> Num.sig(d, 4)).toList()) + ")";
    }
}
