package org.rebound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast formatting gives, byte for byte, what the BigDecimal formatting it replaced gave. */
class NumTest {
    private static final int VALUES = 250_000;

    @Test
    void examples() {
        assertEquals("1,078,300", Num.sig(1078272, 5));
        assertEquals("2.683 × 10⁻⁵", Num.sig(0.00002683, 4));
        assertEquals("3.14 × 10²³", Num.sig(3.14e23, 3));
        assertEquals("9,999,999,999", Num.sig(9999999999.0, 10));
        assertEquals("1 × 10¹⁰", Num.sig(1e10, 3));
        assertEquals("26.5 %", Num.percent(0.2654, 1));
        assertEquals("1.90", Num.factor(1.9, 3));
        assertEquals("2.55", Num.factor(2.5512, 3));
        assertEquals("12.1", Num.factor(12.14, 3));
        assertEquals("1,000", Num.factor(999.9, 3));
        assertEquals("1,234.50", Num.fixed(1234.5, 2));
        assertEquals("1.23457e15", Num.data(1234567e9));
        assertEquals("0.0000123", Num.data(0.0000123));
        assertEquals("1.23e-7", Num.data(1.23e-7));
        assertEquals("0", Num.percent(-0.001, 0).replace(" %", ""));
    }

    @Test
    void sameAsBigDecimalOnSeededRandomValues() {
        SplittableRandom random = new SplittableRandom(20260101);
        for (int k = 0; k < VALUES; k++) {
            double value = randomValue(random);
            int digits = 1 + random.nextInt(8);
            int decimals = random.nextInt(4);
            String what = value + " (" + digits + " digits, " + decimals + " decimals)";
            assertEquals(Old.sig(value, digits), Num.sig(value, digits), what);
            assertEquals(Old.data(value), Num.data(value), what);
            if (Math.abs(value) < 1e16) {
                assertEquals(Old.percent(value, decimals), Num.percent(value, decimals), what);
            }
            assertEquals(Old.fixed(value, decimals), Num.fixed(value, decimals), what);
        }
    }

    @Test
    void sameAsBigDecimalOnTiesAndRoundNumbers() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 50_000; k++) {
            // Short decimals (ties like 0.125, 2.5, 1,234.5) and powers of ten, the hard cases of rounding.
            int exponent = random.nextInt(-12, 21);
            double value = (random.nextInt(1, 20_000) / 8.0) * Math.pow(10, exponent) * (random.nextBoolean() ? 1 : -1);
            int digits = 1 + random.nextInt(8);
            int decimals = random.nextInt(4);
            String what = value + " (" + digits + " digits, " + decimals + " decimals)";
            assertEquals(Old.sig(value, digits), Num.sig(value, digits), what);
            assertEquals(Old.data(value), Num.data(value), what);
            assertEquals(Old.fixed(value, decimals), Num.fixed(value, decimals), what);
            assertEquals(Old.percent(value, decimals), Num.percent(value, decimals), what);
            double power = Math.pow(10, exponent);
            assertEquals(Old.sig(power, digits), Num.sig(power, digits), power + " " + digits);
            assertEquals(Old.data(power), Num.data(power), Double.toString(power));
        }
    }

    /** Magnitudes 1e-12 to 1e20, either sign, with a few exact zeros. */
    private static double randomValue(SplittableRandom random) {
        if (random.nextInt(1000) == 0) {
            return 0;
        }
        double magnitude = Math.pow(10, -12 + 32 * random.nextDouble());
        return random.nextInt(5) == 0 ? -magnitude : magnitude;
    }

    /** The implementation Num had before it was made fast, kept as the reference. */
    private static final class Old {
        static String sig(double value, int digits) {
            if (value == 0) {
                return "0";
            }
            if (!Double.isFinite(value)) {
                return "n/a";
            }
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
            double abs = Math.abs(rounded.doubleValue());
            if (abs >= 1e10 || abs < 1e-3) {
                String e = scientific(rounded, digits);
                return Num.powerOfTen(e.substring(0, e.indexOf('e')), Integer.parseInt(e.substring(e.indexOf('e') + 1)));
            }
            String plain = rounded.stripTrailingZeros().toPlainString();
            return group(plain);
        }

        static String data(double value) {
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

        static String percent(double ratio, int decimals) {
            return new BigDecimal(ratio * 100).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " %";
        }

        static String fixed(double value, int decimals) {
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
}
