package org.rebound.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

/** A trend fitted on the fewest points it accepts, written out by hand: OLS of log10 value on year. */
class TrendFitTest {

    @Test
    void threePointsAreEnoughAndTheFitIsTheTextbooksOls() {
        // log10 values 1, 3, 2 at 2020, 2021, 2022; a zero and a negative value are left out of everything.
        List<Trends.Point> points = List.of(new Trends.Point(2020, 10), new Trends.Point(2021, 1000),
                new Trends.Point(2019, 0), new Trends.Point(2022, 100), new Trends.Point(2030, -5));
        TrendFit f = Trends.fit(points).orElseThrow();
        assertEquals(3, f.n());
        assertEquals(2020, f.periodStart());
        assertEquals(2022, f.periodEnd());
        assertEquals(2021, f.meanYear(), 1e-12);
        // Sxx = 2, Sxy = (−1)(−1) + 0 + (1)(0) = 1: slope 0.5; intercept = 2 − 0.5 × 2021.
        assertEquals(2, f.sumSquaresYear(), 1e-9);
        assertEquals(0.5, f.slopeLog10PerYear(), 1e-12);
        assertEquals(2 - 0.5 * 2021, f.intercept(), 1e-9);
        // Residuals −0.5, 1, −0.5: RSS 1.5 over 1 degree of freedom; SST 2; R² = 0.25.
        assertEquals(0.25, f.r2(), 1e-12);
        assertEquals(Math.sqrt(1.5), f.residualStdError(), 1e-12);
        double t = new TDistribution(1).inverseCumulativeProbability(0.975);
        assertEquals(t, f.tCritical(), 1e-12);
        double se = Math.sqrt(1.5 / 2);
        assertEquals(0.5 - t * se, f.slopeCiLow(), 1e-9);
        assertEquals(0.5 + t * se, f.slopeCiHigh(), 1e-9);
        assertEquals(2 * (1 - new TDistribution(1).cumulativeProbability(0.5 / se)), f.pValue(), 1e-9);
        assertEquals(Math.pow(10, 0.5), f.growthFactorPerYear(), 1e-12);
        assertEquals(Math.log10(2) / 0.5, f.doublingTimeYears(), 1e-12);
        assertEquals(Math.pow(10, 0.5 - t * se), f.growthFactorCiLow(), 1e-9);
        assertEquals(Math.pow(10, 0.5 + t * se), f.growthFactorCiHigh(), 1e-6);
        assertEquals(Math.pow(10, 2), f.predict(2021), 1e-9);
        // The band at the mean year: t × s × √(1/n); a year away: t × s × √(1/3 + 1/2).
        assertEquals(t * Math.sqrt(1.5) * Math.sqrt(1.0 / 3), f.bandHalfWidthLog10(2021), 1e-9);
        assertEquals(t * Math.sqrt(1.5) * Math.sqrt(1.0 / 3 + 0.5), f.bandHalfWidthLog10(2022), 1e-9);
        assertFalse(f.growthPersists(), "the interval of three scattered points holds zero");
    }

    @Test
    void pointsAllInOneYearOrTooFewGiveNoFit() {
        assertTrue(Trends.fit(List.of(new Trends.Point(2020, 1), new Trends.Point(2020, 2), new Trends.Point(2020, 3)))
                .isEmpty());
        assertTrue(Trends.fit(List.of(new Trends.Point(2020, 1), new Trends.Point(2021, Double.POSITIVE_INFINITY),
                new Trends.Point(2022, 3))).isEmpty());
    }

    @Test
    void growthPersistsOnlyWhenTheWholeIntervalIsAboveZero() {
        assertTrue(fit(0.01).growthPersists());
        assertFalse(fit(0).growthPersists());
        assertFalse(fit(-0.01).growthPersists());
    }

    private static TrendFit fit(double ciLow) {
        return new TrendFit(10, 2013, 2025, 0.3, 0, 0.5, ciLow, 0.6, 0.01, 2019, 100, 0.5, 2.3);
    }
}
