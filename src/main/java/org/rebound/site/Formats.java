package org.rebound.site;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.domain.Num;
import org.rebound.stats.Measure;

/**
 * Number and date formatting for templates ({@code ${fmt.sig(x)}}): the same digits everywhere, never the
 * machine's locale.
 */
public final class Formats {
    /** Significant digits for reported results. */
    public String sig(double value) {
        return Num.sig(value, Measure.DISPLAY_DIGITS);
    }

    /** Significant digits chosen by the template (derivations show more). */
    public String sig(double value, int digits) {
        return Num.sig(value, digits);
    }

    public String opt(OptionalDouble value) {
        return value.isPresent() ? Num.sig(value.getAsDouble(), 6) : "—";
    }

    public String opt(OptionalDouble value, String unit) {
        return value.isPresent() ? Num.sig(value.getAsDouble(), 6) + " " + unit : "not public";
    }

    public String pct(double ratio) {
        return Num.percent(ratio, 0);
    }

    public String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("—");
    }

    /** A plain machine value for data attributes (sorting). */
    public String raw(double value) {
        return Num.data(value);
    }

    public String fixed(double value, int decimals) {
        return Num.fixed(value, decimals);
    }

    /** A fit's period as calendar years, "2013–2026" (the decimal years of the data, floored). */
    public String period(double startDecimalYear, double endDecimalYear) {
        return (int) Math.floor(startDecimalYear) + "–" + (int) Math.floor(endDecimalYear);
    }

    /** A decimal year with two decimals and no grouping: 2020.41. */
    public String decimalYear(double year) {
        return new java.math.BigDecimal(year).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A p-value: two significant digits, or "< 0.0001" below that. */
    public String p(double value) {
        return value < P_FLOOR ? "< 0.0001" : Num.sig(value, 2);
    }

    /** Smallest p-value written out; a t distribution's tail below it is not worth more digits. */
    private static final double P_FLOOR = 1e-4;
}
