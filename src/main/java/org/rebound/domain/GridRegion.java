package org.rebound.domain;

/**
 * The carbon intensity of a grid region against its country's, from one source and year, from
 * {@code data/grid-regions.csv}: a training site in the region scales its country's carbon intensity of the training
 * year by {@link #ratio()}.
 *
 * @param iso3               the country
 * @param gridRegion         the region as {@code training-sites.csv} names it
 * @param zoneId             the source's zone (a US balancing authority)
 * @param zoneName           the zone's name
 * @param year               the year of both figures
 * @param zoneGco2ePerKwh    the zone's life-cycle carbon intensity, g CO2e/kWh
 * @param countryGco2ePerKwh the country's, from the same source and year
 */
public record GridRegion(String iso3, String gridRegion, String zoneId, String zoneName, int year,
        double zoneGco2ePerKwh, double countryGco2ePerKwh, String sourceTitle, String sourceUrl, String locator,
        String note) {

    /** The region's carbon intensity ÷ its country's, same source and year. */
    public double ratio() {
        return zoneGco2ePerKwh / countryGco2ePerKwh;
    }
}
