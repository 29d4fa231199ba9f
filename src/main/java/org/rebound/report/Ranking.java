package org.rebound.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.rebound.estimate.Estimate;

/**
 * Where a run stands among the runs of a build by one measure, overall and among the runs published the same year.
 * Built once from the runs (each training run counted once, as in the totals), then asked for any of them in
 * logarithmic time.
 */
public final class Ranking {
    private final ToDoubleFunction<Estimate> measure;
    /** Every run's value, ascending. */
    private final double[] all;
    /** The values of each publication year's runs, ascending. */
    private final Map<Integer, double[]> byYear;

    private Ranking(ToDoubleFunction<Estimate> measure, double[] all, Map<Integer, double[]> byYear) {
        this.measure = measure;
        this.all = all;
        this.byYear = byYear;
    }

    /** The ranking of {@code runs} by {@code measure}. */
    public static Ranking of(List<Estimate> runs, ToDoubleFunction<Estimate> measure) {
        double[] all = runs.stream().mapToDouble(measure).sorted().toArray();
        Map<Integer, List<Estimate>> years = new HashMap<>();
        for (Estimate e : runs) {
            years.computeIfAbsent(year(e), y -> new java.util.ArrayList<>()).add(e);
        }
        Map<Integer, double[]> byYear = new HashMap<>();
        years.forEach((y, list) -> byYear.put(y, list.stream().mapToDouble(measure).sorted().toArray()));
        return new Ranking(measure, all, Map.copyOf(byYear));
    }

    /** Where {@code run}, one of the runs this ranking was built from, stands among them all. */
    public Rank overall(Estimate run) {
        return rank(all, measure.applyAsDouble(run));
    }

    /** Where {@code run} stands among the runs published in its year. */
    public Rank inYear(Estimate run) {
        double[] values = byYear.get(year(run));
        if (values == null) {
            throw new IllegalArgumentException("not a run of this ranking: " + run.model().name());
        }
        return rank(values, measure.applyAsDouble(run));
    }

    /** The publication year a run is ranked in. */
    public static int year(Estimate run) {
        return run.model().publicationDate().orElseThrow().getYear();
    }

    private static Rank rank(double[] ascending, double value) {
        int below = lowerBound(ascending, value);
        int notAbove = upperBound(ascending, value);
        if (notAbove == below) {
            throw new IllegalArgumentException("the value " + value + " is not one of the ranked runs'");
        }
        return new Rank(ascending.length - notAbove, notAbove - below - 1, below);
    }

    /** The first index whose value is not below {@code value}. */
    private static int lowerBound(double[] a, double value) {
        int low = 0;
        int high = a.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Double.compare(a[mid], value) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first index whose value is above {@code value}. */
    private static int upperBound(double[] a, double value) {
        int low = 0;
        int high = a.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (Double.compare(a[mid], value) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * A run's place among {@link #count()} runs.
     *
     * @param larger  how many runs have a larger value
     * @param tiedWith how many other runs have the same value
     * @param smaller how many runs have a smaller value
     */
    public record Rank(int larger, int tiedWith, int smaller) {
        public Rank {
            if (larger < 0 || tiedWith < 0 || smaller < 0) {
                throw new IllegalArgumentException("counts are not negative: " + larger + ", " + tiedWith + ", "
                        + smaller);
            }
        }

        /** How many runs are ranked, this one included. */
        public int count() {
            return larger + tiedWith + 1 + smaller;
        }

        /** Its place counted from the largest, ties sharing the best place: 1 for the largest. */
        public int fromLargest() {
            return larger + 1;
        }

        /** Its place counted from the smallest, ties sharing the best place: 1 for the smallest. */
        public int fromSmallest() {
            return smaller + 1;
        }
    }
}
