package org.rebound.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rebound.domain.Units;
import org.rebound.estimate.Estimate;

/** Fits every measure on every subgroup large enough (method §6). */
public final class TrendTable {
    private TrendTable() {
    }

    /** Measures whose trends are fitted, in the order they are reported. */
    public static final List<Measure> MEASURES = List.of(Measure.TRAINING_COMPUTE, Measure.GPU_HOURS, Measure.ENERGY,
            Measure.GWP, Measure.GWP_EMBODIED, Measure.GWP_USE, Measure.ADPE, Measure.ADPE_EMBODIED, Measure.ADPE_USE,
            Measure.PE, Measure.PE_EMBODIED, Measure.PE_USE);

    public static List<TrendRow> fit(String scenario, List<Estimate> estimates) {
        List<TrendRow> rows = new ArrayList<>();
        for (Subgroup g : Subgroup.values()) {
            List<Estimate> members = estimates.stream().filter(g::contains).toList();
            if (members.size() < Subgroup.MIN_MODELS) {
                continue;
            }
            for (Measure m : MEASURES) {
                fit(m, members).ifPresent(f -> rows.add(new TrendRow(m.column(), m.title(), scenario, g.key(), f)));
            }
        }
        return rows;
    }

    public static Optional<TrendFit> fit(Measure measure, List<Estimate> estimates) {
        List<Trends.Point> points = new ArrayList<>();
        for (Estimate e : estimates) {
            points.add(new Trends.Point(Units.decimalYear(e.model().publicationDate().orElseThrow()), measure.of(e)));
        }
        return Trends.fit(points);
    }
}
