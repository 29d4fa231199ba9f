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
}
