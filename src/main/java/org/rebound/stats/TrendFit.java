package org.rebound.stats;

/**
 * An exponential trend: {@code log10(value) = intercept + slope × year}.
 *
 * @param n                     number of points
 * @param periodStart           first decimal year of the data
 * @param periodEnd             last decimal year of the data
 * @param slopeLog10PerYear     slope of log10(value) per year
 * @param intercept             log10(value) at year 0
 * @param r2                    coefficient of determination
 * @param slopeCiLow            lower bound of the 95 % confidence interval of the slope
 * @param slopeCiHigh           upper bound
 * @param pValue                two-sided p-value of the slope being zero
 * @param meanYear              mean of the years, for the confidence band
 * @param sumSquaresYear        sum of squared deviations of the years from their mean
 * @param residualStdError      standard error of the residuals (log10 units)
 * @param tCritical             two-sided 95 % Student t quantile at n − 2 degrees of freedom
 */
public record TrendFit(int n, double periodStart, double periodEnd, double slopeLog10PerYear, double intercept,
        double r2, double slopeCiLow, double slopeCiHigh, double pValue, double meanYear, double sumSquaresYear,
        double residualStdError, double tCritical) {

    /** Half-width, in log10 units, of the 95 % confidence band of the fitted line at a decimal year. */
    public double bandHalfWidthLog10(double year) {
        double d = year - meanYear;
        return tCritical * residualStdError * Math.sqrt(1.0 / n + d * d / sumSquaresYear);
    }

    /** Multiplication of the value per year, 10^slope. */
    public double growthFactorPerYear() {
        return Math.pow(10, slopeLog10PerYear);
    }

    /** Years for the value to double, log10(2)/slope (infinite or negative when it does not grow). */
    public double doublingTimeYears() {
        return Math.log10(2) / slopeLog10PerYear;
    }

    /** Growth factor per year at the bounds of the slope's confidence interval. */
    public double growthFactorCiLow() {
        return Math.pow(10, slopeCiLow);
    }

    public double growthFactorCiHigh() {
        return Math.pow(10, slopeCiHigh);
    }

    /** The fitted value at a decimal year. */
    public double predict(double year) {
        return Math.pow(10, intercept + slopeLog10PerYear * year);
    }

    /** Growth persists when the whole 95 % interval of the slope is above zero. */
    public boolean growthPersists() {
        return slopeCiLow > 0;
    }
}
