package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import org.rebound.domain.EverydayComparison;
import org.rebound.domain.Num;
import org.rebound.report.Ranking;

/**
 * A run's footprint in words a reader knows: where it ranks ("the 12th largest of the 280 training runs estimated")
 * and what it equals in a year of everyday life ("as much greenhouse gas as about 1,400 people emit in a year").
 */
final class Everyday {
    /** Significant digits of a count of people or households: the estimates are not more precise than that. */
    private static final int COUNT_DIGITS = 2;
    /** Below this, a count is rounded to a whole number ("about 3"), not to significant digits. */
    private static final double WHOLE_BELOW = 10;
    /**
     * The smallest count said in a unit: below two years of one subject the comparison is said in months, below two
     * months in days, below two days in hours ("about 17 months", never "about 1 years").
     */
    private static final double FEWEST = 2;
    private static final double MONTHS_PER_YEAR = 12;
    private static final double DAYS_PER_YEAR = 365;
    private static final double HOURS_PER_YEAR = DAYS_PER_YEAR * 24;

    private Everyday() {
    }

    /**
     * An amount in everyday terms, for a page: "As much greenhouse gas as about 1,400 people emit in a year", then
     * what it is compared with ("world average ...") and its value and year ("6.6 t CO2 eq in 2023"), linked to the
     * comparison's row and source on the methodology page.
     */
    record Line(String text, String description, String factor, String href) {
    }

    /** A GWP and an energy by each everyday comparison of the data, in the file's order, for the page at {@code from}. */
    static List<Line> lines(double gwpKgCo2e, double energyKwh, Route from, SiteContext site) {
        List<Line> lines = new ArrayList<>();
        for (EverydayComparison c : site.report().data().everydayComparisons()) {
            double amount = switch (c.quantity()) {
                case GWP_KGCO2E -> gwpKgCo2e;
                case ENERGY_KWH -> energyKwh;
            };
            lines.add(new Line(sentence(c, amount), c.description(), factor(c) + " in " + c.year(),
                    Routes.link(from, site.routes().methodology(), MethodologyPage.everydayAnchor(c))));
        }
        return lines;
    }

    /**
     * A place in a ranking: "the largest", "the 12th largest", "the 3rd smallest" (from the nearer end),
     * "the 12th largest (tied with 2 others)", "the only one".
     */
    static String place(Ranking.Rank rank) {
        if (rank.count() == 1) {
            return "the only one";
        }
        boolean fromTop = rank.fromLargest() <= rank.fromSmallest();
        int place = fromTop ? rank.fromLargest() : rank.fromSmallest();
        String words = "the " + (place == 1 ? "" : Formats.ordinal(place) + " ") + (fromTop ? "largest" : "smallest");
        if (rank.tiedWith() > 0) {
            words += " (tied with " + rank.tiedWith() + (rank.tiedWith() == 1 ? " other)" : " others)");
        }
        return words;
    }

    /**
     * A run's ranks by one measure: "Its carbon footprint is the 12th largest of the 280 training runs estimated, and
     * the 3rd largest of the 41 published in 2020." With {@code again}, the count of all runs is not repeated: "... is
     * the 15th largest of the 280, and ...".
     */
    static String ranks(String what, Ranking.Rank overall, Ranking.Rank inYear, int year, boolean again) {
        String all = again ? "of the " + overall.count() : "of the " + overall.count() + " training runs estimated";
        String ofYear = inYear.count() == 1 ? "the only one published in " + year
                : place(inYear) + " of the " + inYear.count() + " published in " + year;
        return "Its " + what + " is " + place(overall) + " " + all + ", and " + ofYear + ".";
    }

    /**
     * An amount of the comparison's quantity in its terms: "as much greenhouse gas as about 1,400 people emit in a
     * year"; below two years of one subject, "as much electricity as an average US household uses in about 5 days".
     *
     * @param amount the run's amount, in the unit of the comparison's quantity
     */
    static String comparison(EverydayComparison c, double amount) {
        String lead = lead(c.quantity());
        double years = amount / c.value();
        if (years >= FEWEST) {
            return lead + " about " + count(years) + " " + c.many() + " in a year";
        }
        if (years * MONTHS_PER_YEAR >= FEWEST) {
            return lead + " " + c.one() + " in about " + count(years * MONTHS_PER_YEAR) + " months";
        }
        if (years * DAYS_PER_YEAR >= FEWEST) {
            return lead + " " + c.one() + " in about " + count(years * DAYS_PER_YEAR) + " days";
        }
        if (years * HOURS_PER_YEAR >= FEWEST) {
            return lead + " " + c.one() + " in about " + count(years * HOURS_PER_YEAR) + " hours";
        }
        return lead + " " + c.one() + " in less than two hours";
    }

    /** The same, as the start of a sentence: "As much greenhouse gas as about 1,400 people emit in a year". */
    static String sentence(EverydayComparison c, double amount) {
        String words = comparison(c, amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The value compared with, as its source gives it: "6.6 t CO2 eq", "10,715 kWh". */
    static String factor(EverydayComparison c) {
        return switch (c.quantity()) {
            case GWP_KGCO2E -> Label.gwp(c.value());
            case ENERGY_KWH -> Num.sig(c.value(), FACTOR_DIGITS) + " " + c.quantity().unit();
        };
    }

    /** Significant digits of a factor, shown as read. */
    private static final int FACTOR_DIGITS = 6;

    private static String lead(EverydayComparison.Quantity quantity) {
        return switch (quantity) {
            case GWP_KGCO2E -> "as much greenhouse gas as";
            case ENERGY_KWH -> "as much electricity as";
        };
    }

    /** How a comparison is computed and rounded, for the methodology page. */
    static String method() {
        return "A run's GWP or electricity is divided by one subject's amount in a year and rounded to "
                + COUNT_DIGITS + " significant digits (to a whole number below " + Num.sig(WHOLE_BELOW, COUNT_DIGITS)
                + "); below " + Num.sig(FEWEST, 1) + " years of one subject, the comparison is said in months, below "
                + Num.sig(FEWEST, 1) + " months in days (" + Num.sig(DAYS_PER_YEAR, 3) + " a year), below "
                + Num.sig(FEWEST, 1) + " days in hours.";
    }

    /** A count: whole below ten ("about 3"), else two significant digits ("about 1,400"). */
    static String count(double n) {
        return n < WHOLE_BELOW ? Long.toString(Math.round(n)) : Num.sig(n, COUNT_DIGITS);
    }
}
