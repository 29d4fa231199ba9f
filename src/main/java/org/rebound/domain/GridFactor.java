package org.rebound.domain;

import java.util.List;

/**
 * Impacts of consuming one kWh of electricity in one country.
 *
 * @param iso3    ISO 3166-1 alpha-3 code, or {@code WOR} for the world average
 * @param perKwh  impacts per kWh, one per indicator
 * @param sources where each indicator's factor comes from, by indicator ordinal
 * @param years   the year of each indicator's factor, by indicator ordinal
 */
public record GridFactor(String iso3, String country, Impacts perKwh, List<String> sources, List<String> years,
        String note) {

    public GridFactor {
        sources = List.copyOf(sources);
        years = List.copyOf(years);
    }

    /** Source of one indicator's factor. */
    public String source(Indicator i) {
        return sources.get(i.ordinal());
    }

    /** Year of one indicator's factor. */
    public String year(Indicator i) {
        return years.get(i.ordinal());
    }

    /** Source of the GWP factor (for the methodology template). */
    public String gwpSource() {
        return source(Indicator.GWP);
    }

    /** Year of the GWP factor (for the methodology template). */
    public String gwpYear() {
        return year(Indicator.GWP);
    }
}
