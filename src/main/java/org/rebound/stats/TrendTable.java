package org.rebound.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rebound.domain.Units;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.LcaKernel;

/** Fits every measure on every subgroup large enough (method §6). */
public final class TrendTable {
    private TrendTable() {
    }

    /** Measures whose trends are fitted, in the order they are reported. */
    public static final List<Measure> MEASURES = Measure.values();

    /** The baseline's fits: every measure of the estimates themselves. */
    public static List<TrendRow> fit(String scenario, List<Estimate> estimates, int minModels) {
        return fit(scenario, estimates, estimates.stream().map(Estimate::footprint).toList(), minModels);
    }

    /**
     * Fits of the estimates' models with other footprints: {@code footprints.get(k)} is the footprint of
     * {@code estimates.get(k)} under a scenario; subgroups are the estimates', fitted when they have at least
     * {@code minModels} (parameter {@code trends.subgroup-min-models}).
     */
    public static List<TrendRow> fit(String scenario, List<Estimate> estimates, List<LcaKernel.Output> footprints,
            int minModels) {
        double[] years = new double[estimates.size()];
        for (int k = 0; k < years.length; k++) {
            years[k] = Units.decimalYear(estimates.get(k).model().publicationDate().orElseThrow());
        }
        List<TrendRow> rows = new ArrayList<>();
        for (Subgroup g : Subgroup.values()) {
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < estimates.size(); k++) {
                if (g.contains(estimates.get(k))) {
                    members.add(k);
                }
            }
            if (members.size() < minModels) {
                continue;
            }
            for (Measure m : MEASURES) {
                List<Trends.Point> points = new ArrayList<>(members.size());
                for (int k : members) {
                    points.add(new Trends.Point(years[k], m.of(estimates.get(k).model(), footprints.get(k))));
                }
                Trends.fit(points).ifPresent(f -> rows.add(new TrendRow(m.column(), m.title(), scenario, g.key(), f)));
            }
        }
        return rows;
    }

    /** The fit of one measure on the estimates. */
    public static Optional<TrendFit> fit(Measure measure, List<Estimate> estimates) {
        List<Trends.Point> points = new ArrayList<>();
        for (Estimate e : estimates) {
            points.add(new Trends.Point(Units.decimalYear(e.model().publicationDate().orElseThrow()), measure.of(e)));
        }
        return Trends.fit(points);
    }
}
