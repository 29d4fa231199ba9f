package org.rebound.domain;

/**
 * The carbon intensity of one country's electricity in one year, from {@code data/grid-gwp-by-year.csv}.
 *
 * @param iso3           ISO 3166-1 alpha-3 code, or {@code WOR} for the world
 * @param year           calendar year
 * @param gwpKgPerKwh    kg CO2e per kWh generated that year
 * @param source         where the figure comes from
 */
public record GridYearFactor(String iso3, int year, double gwpKgPerKwh, String source) {
}
