package org.rebound.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fits recover growth rates planted in generated data. */
class TrendsTest {

    /** Points growing ×{@code factor} a year from 2013 to 2025, with log-normal noise of {@code sigma} decades. */
    static List<Trends.Point> planted(double factor, double sigma, int n, long seed) {
        Random random = new Random(seed);
        List<Trends.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double year = 2013 + 12.0 * random.nextDouble();
            double log = 2 + Math.log10(factor) * (year - 2013) + sigma * random.nextGaussian();
            points.add(new Trends.Point(year, Math.pow(10, log)));
        }
        return points;
    }

    @Test
    void recoversAPlantedGrowthRateWithinItsConfidenceInterval() {
        for (double factor : new double[] {1.5, 2.5, 4.0}) {
            TrendFit fit = Trends.fit(planted(factor, 0.6, 300, 7)).orElseThrow();
            double planted = Math.log10(factor);
            assertTrue(fit.slopeCiLow() < planted && planted < fit.slopeCiHigh(),
                    "planted slope " + planted + " in [" + fit.slopeCiLow() + ", " + fit.slopeCiHigh() + "]");
            assertEquals(factor, fit.growthFactorPerYear(), factor * 0.08);
            assertTrue(fit.growthPersists());
            assertTrue(fit.pValue() < 1e-10);
        }
    }

    @Test
    void anExactExponentialGivesItsDoublingTimeAndAPerfectFit() {
        List<Trends.Point> points = new ArrayList<>();
        for (int year = 2013; year <= 2025; year++) {
            points.add(new Trends.Point(year, 1000 * Math.pow(2, (year - 2013) / 0.5)));
        }
        TrendFit fit = Trends.fit(points).orElseThrow();
        assertEquals(0.5, fit.doublingTimeYears(), 1e-9);
        assertEquals(4.0, fit.growthFactorPerYear(), 1e-9);
        assertEquals(1.0, fit.r2(), 1e-12);
        assertEquals(13, fit.n());
        assertEquals(1000 * Math.pow(2, 4), fit.predict(2015), 1e-6);
    }

    @Test
    void flatDataDoesNotShowPersistentGrowth() {
        TrendFit fit = Trends.fit(planted(1.0, 0.5, 200, 11)).orElseThrow();
        assertTrue(fit.slopeCiLow() < 0 && fit.slopeCiHigh() > 0, "the interval contains zero");
        assertTrue(!fit.growthPersists());
    }

    @Test
    void tooFewPointsOrNonPositiveValuesGiveNoFit() {
        assertTrue(Trends.fit(List.of(new Trends.Point(2020, 1), new Trends.Point(2021, 2))).isEmpty());
        assertTrue(Trends.fit(List.of(new Trends.Point(2020, 1), new Trends.Point(2021, 0),
                new Trends.Point(2022, -1), new Trends.Point(2023, 5))).isEmpty());
    }
}
