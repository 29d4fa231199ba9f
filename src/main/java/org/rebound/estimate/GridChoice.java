package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Impacts;

/**
 * The electricity factors used for a run and how they were chosen.
 *
 * @param iso3        the countries whose factors were averaged (the unknown-country row when none)
 * @param perKwh      impacts per kWh used
 * @param explanation one sentence for the model page
 */
public record GridChoice(List<String> iso3, Impacts perKwh, String explanation) {
    public GridChoice {
        iso3 = List.copyOf(iso3);
    }
}
