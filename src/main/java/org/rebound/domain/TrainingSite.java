package org.rebound.domain;

import java.util.OptionalDouble;

/**
 * Where a model's training run took place, from {@code data/training-sites.csv}, each with its source.
 *
 * @param model      Epoch's model name, exactly
 * @param iso3       ISO 3166-1 alpha-3 of the country of the run
 * @param gridRegion the grid region where a source names it, else empty
 * @param dataCentre the named site or cluster where public, else empty
 * @param pue        the site's PUE where a source gives it for that site or operator-year
 * @param pueSource  where the PUE comes from (URL and locator), empty without a PUE
 * @param locator    where in the source the location is stated
 */
public record TrainingSite(String model, String iso3, String gridRegion, String dataCentre, OptionalDouble pue,
        String pueSource, String sourceTitle, String sourceUrl, String locator, String note) {
}
