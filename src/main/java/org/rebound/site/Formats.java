package org.rebound.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.domain.Num;
import org.rebound.stats.Measure;
import org.rebound.stats.TrendFit;

/** Number and date formatting for views: the same digits everywhere, never the machine's locale. */
final class Formats {
    /** Smallest p-value written out; a t distribution's tail below it is not worth more digits. */
    private static final double P_FLOOR = 1e-4;
    /** Significant digits of catalogue and input values, shown as read. */
    private static final int INPUT_DIGITS = 6;
    /** Significant digits of a derivation step's result. */
    static final int DERIVATION_DIGITS = 6;

    private Formats() {
    }

    /** Significant digits for reported results. */
    static String sig(double value) {
        return Num.sig(value, Measure.DISPLAY_DIGITS);
    }

    /**
     * A derivation's formula or numbers, or a note, written out: each number to the digits it is known to, else to
     * {@link #DERIVATION_DIGITS} significant digits.
     */
    static String derivation(org.rebound.domain.Expression x) {
        return x.render(Num.writer(DERIVATION_DIGITS));
    }

    /** An exclusion's reason and detail in one line, its numbers as {@link #derivation} writes them. */
    static String exclusion(org.rebound.domain.Exclusion x) {
        return x.explanation(Num.writer(DERIVATION_DIGITS));
    }

    /** Significant digits chosen by the view (derivations show more). */
    static String sig(double value, int digits) {
        return Num.sig(value, digits);
    }

    /** An input value as read, or "—". */
    static String opt(OptionalDouble value) {
        return value.isPresent() ? Num.sig(value.getAsDouble(), INPUT_DIGITS) : "—";
    }

    /** An input value with its unit, or "not public". */
    static String opt(OptionalDouble value, String unit) {
        return value.isPresent() ? Num.sig(value.getAsDouble(), INPUT_DIGITS) + " " + unit : "not public";
    }

    static String pct(double ratio) {
        return Num.percent(ratio, 0);
    }

    static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("—");
    }

    /** A plain machine value for data attributes (sorting). */
    static String raw(double value) {
        return Num.data(value);
    }

    static String fixed(double value, int decimals) {
        return Num.fixed(value, decimals);
    }

    /** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** Text or "—" when empty. */
    static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    /** A fit's period as calendar years, "2013–2026" (the decimal years of the data, floored). */
    static String period(TrendFit f) {
        return (int) Math.floor(f.periodStart()) + "–" + (int) Math.floor(f.periodEnd());
    }

    /** A growth factor: "×2.39". */
    static String growth(double factor) {
        return "×" + Num.factor(factor, GROWTH_DIGITS);
    }

    /** Significant digits of a growth factor. */
    private static final int GROWTH_DIGITS = 3;

    /** A fit's 95 % confidence interval of the growth factor: "×2.04 to ×2.8". */
    static String growthCi(TrendFit f) {
        return growth(f.growthFactorCiLow()) + " to " + growth(f.growthFactorCiHigh());
    }

    /** A decimal year with two decimals and no grouping: 2020.41. */
    static String decimalYear(double year) {
        return new BigDecimal(year).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A p-value: two significant digits, or "< 0.0001" below that. */
    static String p(double value) {
        return value < P_FLOOR ? "< 0.0001" : Num.sig(value, 2);
    }

    /** Organisations as Epoch lists them, with a space after each comma. */
    static String organisations(String organization) {
        return organization.replace(",", ", ");
    }

    /** A web address in a catalogue's or curator's text. */
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:)\\]]");

    /**
     * Plain text as HTML, its web addresses made links named by their host ("nvidia.com"), so that a note reads as
     * prose and its sources can still be followed.
     */
    static String linked(String text) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(escape(text.substring(last, m.start())));
            String url = m.group();
            String host = url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
            out.append("<a href=\"").append(escape(url)).append("\">").append(escape(host)).append("</a>");
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The first address of Epoch's {@code Link} cell, which may list several separated by commas, spaces or line
     * breaks; empty when the cell does not start with one.
     */
    /** The first address of Epoch's Link cell, as written (see {@link org.rebound.domain.Links#firstAddress}). */
    static String firstAddress(String link) {
        return org.rebound.domain.Links.firstAddress(link);
    }

    /** The first address, as a link may hold it, or "" (see {@link org.rebound.domain.Links#firstLink}). */
    static String firstLink(String link) {
        return org.rebound.domain.Links.firstLink(link);
    }
}
