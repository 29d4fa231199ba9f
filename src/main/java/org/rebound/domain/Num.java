package org.rebound.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting, the same on every machine.
 */
public final class Num {
    private Num() {
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
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e15 || abs < 1e-3) {
            return scientific(rounded, digits);
        }
        String plain = rounded.stripTrailingZeros().toPlainString();
        return group(plain);
    }

    /** Compact form for CSV and JSON: up to 6 significant digits, plain or scientific, no grouping. */
    public static String data(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double abs = Math.abs(rounded.doubleValue());
        if (abs >= 1e15 || abs < 1e-4) {
            return rounded.toString().replace("E+", "e").replace("E", "e");
        }
        return rounded.toPlainString();
    }

    /** A value as a percentage with {@code decimals} decimals: 0.2654 → "26.5 %". */
    public static String percent(double ratio, int decimals) {
        return new BigDecimal(ratio * 100).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /** Fixed decimals, grouped: 1234.5 → "1,234.50" with 2. */
    public static String fixed(double value, int decimals) {
        return group(new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    private static String scientific(BigDecimal rounded, int digits) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        BigDecimal mantissa = stripped.movePointLeft(exponent);
        String m = mantissa.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
        return m + "e" + exponent;
    }

    private static String group(String plain) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + out + fraction;
    }
}
