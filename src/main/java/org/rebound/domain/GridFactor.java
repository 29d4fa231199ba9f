package org.rebound.domain;

/**
 * Impacts of consuming one kWh of electricity in one country.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, or {@code WOR} for the world average
 * @param perKwh impacts per kWh: kg CO2 eq, kg Sb eq, MJ
 */
public record GridFactor(
        String iso3,
        String country,
        Impacts perKwh,
        String gwpSource,
        String gwpYear,
        String adpeSource,
        String adpeYear,
        String peSource,
        String peYear,
        String note) {
}
