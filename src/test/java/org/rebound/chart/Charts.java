package org.rebound.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rebound.report.ChartSpec;
import org.rebound.report.Subject;
import org.rebound.stats.TrendFit;

/** Small chart specs for the renderers' tests. */
final class Charts {
    static final ImageCredit CREDIT = new ImageCredit("A chart", "What it shows.", "Rebound contributors",
            "Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)", "https://creativecommons.org/licenses/by/4.0/",
            "https://epoch.ai/data/notable-ai-models");

    private Charts() {
    }

    /** A log chart of twelve points over four decades from 2015 to 2025, with a fit and its band. */
    static ChartSpec trend() {
        List<ChartSpec.Point> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double year = 2015 + i * 0.9;
            double kg = Math.pow(10, 2 + i * 0.35 + (i % 3) * 0.2);
            points.add(new ChartSpec.Point(year, kg, "kg CO2 eq", "Model " + i, Integer.toString((int) year), "",
                    Subject.NONE, i == 4));
        }
        TrendFit fit = new TrendFit(12, 2015, 2025, 0.35, 2 - 0.35 * 2015, 0.9, 0.3, 0.4, 1e-6, 2020, 100, 0.3, 2.2);
        return new ChartSpec("gwp-trend", "GWP of training", "Twelve models.", "Publication date",
                "GWP (kg CO2 eq), log scale", true, points, Optional.of(fit));
    }

    /** The same chart with one point's value changed. */
    static ChartSpec trendMoved() {
        ChartSpec c = trend();
        List<ChartSpec.Point> points = new ArrayList<>(c.points());
        ChartSpec.Point p = points.get(3);
        points.set(3, new ChartSpec.Point(p.x(), p.y() * 1.01, p.unit(), p.name(), p.date(), p.note(), p.subject(),
                p.highlight()));
        return new ChartSpec(c.id(), c.title(), c.description(), c.xLabel(), c.yLabel(), c.logY(), points, c.fit());
    }
}
