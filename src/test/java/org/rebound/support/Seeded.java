package org.rebound.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * Seeded random cases for property tests in plain JUnit. A property is a {@code @ParameterizedTest} over
 * {@code @MethodSource} a stream of {@link #seeds(String, int)}: the same cases on every run (a fixed base seed, and
 * each case's seed derived from it, the property's name and the case's number), each drawn from its own
 * {@link Seed#random()} by the generators below, and run through {@link #check(Object, Object, Executable)}, so that
 * a failure starts with {@code seed 0x…:} and names the case it drew. {@code -Drebound.seed=0x…} (or a decimal) runs
 * that one case instead of the stream, in every property of the test classes run:
 * {@code mvn -o test -Dtest=TextTest -Drebound.seed=0x…}.
 *
 * <p>The generators cover their whole domain and draw its edges (bounds, zero, empty) more often than chance would;
 * the properties also run their edge cases explicitly.
 */
public final class Seeded {
    /** The base seed of every property: change it to draw other cases. */
    public static final long BASE = 0x5EED_2026_0016_0007L;
    /** The system property that replays one case by its seed. */
    public static final String REPLAY = "rebound.seed";

    private Seeded() {
    }

    /** One case's seed: its random numbers, and its name in reports and failures ({@code seed 0x…}). */
    public record Seed(long value) {
        /** The case's random numbers, the same for the same seed. */
        public SplittableRandom random() {
            return new SplittableRandom(value);
        }

        /** The seed as {@code -Drebound.seed} takes it. */
        public String hex() {
            return String.format(Locale.ROOT, "0x%016x", value);
        }

        @Override
        public String toString() {
            return "seed " + hex();
        }
    }

    /**
     * The seeds of a property's {@code cases} cases, derived from {@link #BASE} and the property's name; or, with
     * {@code -Drebound.seed=S}, that one seed.
     */
    public static Stream<Seed> seeds(String property, int cases) {
        String replay = System.getProperty(REPLAY, "").strip();
        if (!replay.isEmpty()) {
            return Stream.of(new Seed(parse(replay)));
        }
        long stream = mix(BASE ^ mix(property.hashCode()));
        return LongStream.range(0, cases).mapToObj(k -> new Seed(mix(stream + k * 0x9E37_79B9_7F4A_7C15L)));
    }

    private static long parse(String seed) {
        try {
            if (seed.startsWith("0x") || seed.startsWith("0X")) {
                return Long.parseUnsignedLong(seed.substring(2).replace("_", ""), 16);
            }
            return Long.parseLong(seed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + REPLAY + "=" + seed + ": expected a seed such as 0x5eed0000000000"
                    + "01 or a decimal number", e);
        }
    }

    /** SplitMix64's finalizer: neighbouring inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Runs one case. A failure, or any exception, is rethrown as a failure whose message starts with the case's
     * name ({@code seed 0x…:}, or the label of an explicit case), then the original message, the sample drawn and,
     * for a seed, how to replay it; the original is its cause.
     */
    public static void check(Object label, Object sample, Executable body) {
        try {
            body.execute();
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            String message = label + ": " + (failure instanceof AssertionError ? String.valueOf(failure.getMessage())
                    : failure.toString()) + "\n  sample: " + sample
                    + (label instanceof Seed seed ? "\n  replay: -D" + REPLAY + "=" + seed.hex() : "");
            if (failure instanceof AssertionFailedError assertion && assertion.isExpectedDefined()
                    && assertion.isActualDefined()) {
                throw new AssertionFailedError(message, assertion.getExpected().getValue(),
                        assertion.getActual().getValue(), failure);
            }
            throw new AssertionFailedError(message, failure);
        }
    }

    /** A string as a failure shows it: quoted, printable ASCII as is, any other char as a Java escape. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return out.append('"').toString();
    }

    // Generators. Each draws from the case's random numbers, and about one draw in eight is an edge of its domain.

    private static boolean edge(SplittableRandom random) {
        return random.nextInt(8) == 0;
    }

    /** An int in [min, max]: its bounds and their neighbours often, small offsets from min often, else uniform. */
    public static int intBetween(SplittableRandom random, int min, int max) {
        if (edge(random)) {
            int[] edges = {min, max, Math.min(min + 1, max), Math.max(max - 1, min)};
            return edges[random.nextInt(edges.length)];
        }
        long span = (long) max - min + 1;
        return (int) (min + random.nextLong(random.nextBoolean() ? Math.min(10, span) : span));
    }

    /** Any long: its edges (both extremes, 0, ±1), else any magnitude of bits, or uniform over all longs. */
    public static long anyLong(SplittableRandom random) {
        if (edge(random)) {
            long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE};
            return edges[random.nextInt(edges.length)];
        }
        if (random.nextBoolean()) {
            long magnitude = random.nextLong() >>> random.nextInt(64);
            return random.nextBoolean() ? magnitude : -magnitude;
        }
        return random.nextLong();
    }

    /**
     * Any double with at most two decimals, of either sign and any magnitude up to ±{@link Double#MAX_VALUE}; its
     * edges: ±0, ±0.01, ±1, the extremes, the smallest subnormal, NaN and both infinities.
     */
    public static double anyDouble(SplittableRandom random) {
        if (edge(random)) {
            double[] edges = {0.0, -0.0, 0.01, -0.01, 1, -1, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            return edges[random.nextInt(edges.length)];
        }
        double magnitude = random.nextBoolean() ? random.nextDouble(1000)
                : Math.min(Double.MAX_VALUE, Math.pow(10, random.nextDouble(-2, 308.26)));
        return twoDecimals(random.nextBoolean() ? magnitude : -magnitude);
    }

    /**
     * A double in [min, max] with at most two decimals: its bounds and their neighbours often, values near min
     * (log-uniform) often, else uniform. Both bounds must have two decimals at most and min must be positive.
     */
    public static double doubleBetween(SplittableRandom random, double min, double max) {
        double value;
        if (edge(random)) {
            double[] edges = {min, max, min + 0.01, max - 0.01};
            value = edges[random.nextInt(edges.length)];
        } else if (random.nextBoolean()) {
            value = min * Math.pow(max / min, random.nextDouble());
        } else {
            value = random.nextDouble(min, max);
        }
        return Math.max(min, Math.min(max, twoDecimals(value)));
    }

    private static double twoDecimals(double value) {
        return Math.abs(value) >= 1e15 ? value : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A size in [min, max]: its bounds often, short ones often, else uniform. */
    public static int size(SplittableRandom random, int min, int max) {
        return intBetween(random, min, max);
    }

    /**
     * Any string of at most {@code maxLength} chars: empty and one-char strings often, then chars of every kind —
     * printable ASCII, the separators of CSV and lines (comma, quote, LF, CR, tab, space, NUL), any char of the
     * Basic Multilingual Plane (controls, non-characters and unpaired surrogates among them), unpaired surrogates
     * on purpose, and characters beyond it (surrogate pairs).
     */
    public static String anyString(SplittableRandom random, int maxLength) {
        int length = size(random, 0, maxLength);
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            int kind = random.nextInt(20);
            if (kind < 8) {
                s.append((char) random.nextInt(0x20, 0x7F));
            } else if (kind < 11) {
                s.append(",\"\n\r\t \0".charAt(random.nextInt(7)));
            } else if (kind < 16) {
                s.append((char) random.nextInt(0x10000));
            } else if (kind < 18) {
                s.append((char) random.nextInt(0xD800, 0xE000));
            } else if (s.length() + 2 <= length) {
                s.appendCodePoint(random.nextInt(0x10000, 0x110000));
            }
        }
        return s.toString();
    }

    /**
     * Any bytes, at most {@code maxSize}: empty and single bytes often; each byte either any of the 256, or one of
     * text (printable ASCII, the CSV and line separators, UTF-8 lead and continuation bytes).
     */
    public static byte[] anyBytes(SplittableRandom random, int maxSize) {
        byte[] bytes = new byte[size(random, 0, maxSize)];
        boolean text = random.nextBoolean();
        for (int i = 0; i < bytes.length; i++) {
            if (!text || random.nextInt(16) == 0) {
                bytes[i] = (byte) random.nextInt(256);
            } else {
                int kind = random.nextInt(10);
                bytes[i] = (byte) (kind < 6 ? random.nextInt(0x20, 0x7F)
                        : kind < 8 ? ",\"\n\r".charAt(random.nextInt(4))
                        : random.nextInt(0x80, 0x100));
            }
        }
        return bytes;
    }
}
