package org.rebound.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting, the same on every machine.
 *
 * <p>Every method rounds the exact binary value of the double half-even, as {@link BigDecimal} does. The
 * common case is computed with long arithmetic; a value whose scaled form is too close to a rounding tie
 * for double arithmetic to decide, or too large for a long, is formatted through {@link BigDecimal}.
 */
public final class Num {
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long[] LONG_POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
    /** Largest number of significant digits rounded without BigDecimal. */
    private static final int FAST_DIGITS = 9;
    /** Largest scaled magnitude rounded without BigDecimal: far below 2^53, so a double holds it exactly. */
    private static final double FAST_LIMIT = 1e15;
    /** How close to a tie (in units of the last digit) double arithmetic is not trusted to decide. */
    private static final double TIE_MARGIN = 1e-6;

    private Num() {
    }

    /**
     * How a view writes an {@link Expression}'s numbers: each to the significant digits it is known to, else to
     * {@code defaultDigits}.
     */
    public static Expression.NumberWriter writer(int defaultDigits) {
        return (value, digits) -> sig(value, digits == Expression.VIEW_DIGITS ? defaultDigits : digits);
    }

    /**
     * {@code value} rounded to {@code digits} significant digits, with thousands separators for readers:
     * 1078272 → "1,078,270" (5 digits), 0.00002683 → "2.683e-5".
     */
    public static String sig(double value, int digits) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        long[] rounded = roundSignificant(value, digits);
        if (rounded == null) {
            return slowSig(value, digits);
        }
        long mantissa = rounded[0];
        int exponent = (int) rounded[1];
        boolean negative = value < 0;
        if (exponent >= READABLE_MAX_EXPONENT || exponent < -3) {
            String e = scientific(negative, mantissa, digits, exponent);
            return powerOfTen(e.substring(0, e.indexOf('e')), exponent);
        }
        return group(plain(negative, mantissa, exponent - digits + 1));
    }

    /** From 10 to this power on, and below 10⁻³, {@link #sig} writes "3.1 × 10²³": never e-notation, never 11 digits. */
    private static final int READABLE_MAX_EXPONENT = 10;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** A count with thousands separators: 1036 → "1,036". */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** "3.14" and 23 → "3.14 × 10²³". */
    public static String powerOfTen(String mantissa, int exponent) {
        StringBuilder out = new StringBuilder(mantissa).append(" × 10");
        if (exponent < 0) {
            out.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return out.toString();
    }

    /**
     * A factor with {@code digits} significant digits, trailing zeros kept so that the two ends of an interval read
     * alike: 1.9 → "1.90", 2.55 → "2.55", 12.1 → "12.1".
     */
    public static String factor(double value, int digits) {
        if (!Double.isFinite(value) || value <= 0 || value >= 1e6) {
            return sig(value, digits);
        }
        return group(new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).toPlainString());
    }

    /** Compact form for CSV and JSON: up to 6 significant digits, plain or scientific, no grouping. */
    public static String data(double value) {
        if (value == 0) {
            return "0";
        }
        int digits = 6;
        long[] rounded = Double.isFinite(value) ? roundSignificant(value, digits) : null;
        if (rounded == null) {
            return slowData(value);
        }
        long mantissa = rounded[0];
        int exponent = (int) rounded[1];
        boolean negative = value < 0;
        // BigDecimal.toString is scientific when the scale is negative or the exponent below -6.
        if (exponent >= 15 || exponent < -6) {
            return scientific(negative, mantissa, digits, exponent);
        }
        return plain(negative, mantissa, exponent - digits + 1);
    }

    /** A value as a percentage with {@code decimals} decimals: 0.2654 → "26.5 %". */
    public static String percent(double ratio, int decimals) {
        String fast = fixedPlain(ratio * 100, decimals);
        return (fast != null ? fast : new BigDecimal(ratio * 100).setScale(decimals, RoundingMode.HALF_EVEN)
                .toPlainString()) + " %";
    }

    /** Fixed decimals, grouped: 1234.5 → "1,234.50" with 2. */
    public static String fixed(double value, int decimals) {
        String fast = fixedPlain(value, decimals);
        return group(fast != null ? fast : new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    /**
     * |value| as {mantissa, exponent}: mantissa has exactly {@code digits} digits and |value| rounds to
     * mantissa × 10^(exponent − digits + 1); null when double arithmetic cannot decide.
     */
    private static long[] roundSignificant(double value, int digits) {
        if (digits < 1 || digits > FAST_DIGITS) {
            return null;
        }
        double abs = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(abs));
        for (int attempt = 0; attempt < 3; attempt++) {
            int shift = digits - 1 - exponent;
            if (Math.abs(shift) >= POW10.length) {
                return null;
            }
            double scaled = shift >= 0 ? abs * POW10[shift] : abs / POW10[-shift];
            if (scaled < LONG_POW10[digits - 1]) {
                exponent--;
                continue;
            }
            if (scaled >= LONG_POW10[digits]) {
                exponent++;
                continue;
            }
            double floor = Math.floor(scaled);
            double fraction = scaled - floor;
            if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
                return null;
            }
            long mantissa = (long) floor + (fraction > 0.5 ? 1 : 0);
            if (mantissa == LONG_POW10[digits]) {
                mantissa = LONG_POW10[digits - 1];
                exponent++;
            }
            return new long[] {mantissa, exponent};
        }
        return null;
    }

    /** Plain notation of ±mantissa × 10^power, trailing zeros of the fraction stripped. */
    private static String plain(boolean negative, long mantissa, int power) {
        while (power < 0 && mantissa % 10 == 0) {
            mantissa /= 10;
            power++;
        }
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        String digits = Long.toString(mantissa);
        if (power >= 0) {
            out.append(digits);
            for (int i = 0; i < power; i++) {
                out.append('0');
            }
        } else if (-power < digits.length()) {
            int point = digits.length() + power;
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        } else {
            out.append("0.");
            for (int i = digits.length(); i < -power; i++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }

    /** d.ddd e exponent, trailing zeros stripped. */
    private static String scientific(boolean negative, long mantissa, int digits, int exponent) {
        while (mantissa % 10 == 0 && mantissa > 0) {
            mantissa /= 10;
        }
        String d = Long.toString(mantissa);
        StringBuilder out = new StringBuilder(16);
        if (negative) {
            out.append('-');
        }
        out.append(d.charAt(0));
        if (d.length() > 1) {
            out.append('.').append(d, 1, d.length());
        }
        return out.append('e').append(exponent).toString();
    }

    /** {@code value} with exactly {@code decimals} decimals, rounded half-even; null when not decidable fast. */
    private static String fixedPlain(double value, int decimals) {
        if (!Double.isFinite(value) || decimals < 0 || decimals >= LONG_POW10.length) {
            return null;
        }
        double scaled = Math.abs(value) * POW10[decimals];
        if (scaled >= FAST_LIMIT) {
            return null;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return null;
        }
        long rounded = (long) floor + (fraction > 0.5 ? 1 : 0);
        StringBuilder out = new StringBuilder(24);
        if (value < 0 && rounded != 0) {
            out.append('-');
        }
        long unit = LONG_POW10[decimals];
        out.append(rounded / unit);
        if (decimals > 0) {
            String fraction10 = Long.toString(rounded % unit);
            out.append('.');
            for (int i = fraction10.length(); i < decimals; i++) {
                out.append('0');
            }
            out.append(fraction10);
        }
        return out.toString();
    }

    private static String slowSig(double value, int digits) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= Math.pow(10, READABLE_MAX_EXPONENT) || abs < 1e-3) {
            BigDecimal stripped = rounded.stripTrailingZeros();
            int exponent = stripped.precision() - stripped.scale() - 1;
            BigDecimal mantissa = stripped.movePointLeft(exponent);
            String m = mantissa.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
            return powerOfTen(m, exponent);
        }
        return group(rounded.stripTrailingZeros().toPlainString());
    }

    private static String slowData(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e15 || abs < 1e-4) {
            return rounded.toString().replace("E+", "e").replace("E", "e");
        }
        return rounded.toPlainString();
    }

    private static String group(String plain) {
        boolean negative = plain.startsWith("-");
        int start = negative ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        int length = end - start;
        if (length <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + length / 3);
        out.append(plain, 0, start);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(start + i));
        }
        return out.append(plain, end, plain.length()).toString();
    }
}
