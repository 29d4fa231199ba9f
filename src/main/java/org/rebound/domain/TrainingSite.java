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
 * @param trainingYear the calendar year the run took place in, where the source says it (else 0: publication date
 *                   minus half the training time)
 */
public record TrainingSite(String model, String iso3, String gridRegion, String dataCentre, OptionalDouble pue,
        String pueSource, String sourceTitle, String sourceUrl, String locator, String note, int trainingYear) {

    /** A site whose source does not say when the run took place. */
    public TrainingSite(String model, String iso3, String gridRegion, String dataCentre, OptionalDouble pue,
            String pueSource, String sourceTitle, String sourceUrl, String locator, String note) {
        this(model, iso3, gridRegion, dataCentre, pue, pueSource, sourceTitle, sourceUrl, locator, note, 0);
    }

    /** Whether the source says when the run took place. */
    public boolean statesTrainingYear() {
        return trainingYear > 0;
    }
}
