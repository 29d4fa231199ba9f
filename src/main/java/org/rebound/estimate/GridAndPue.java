package org.rebound.estimate;

import java.util.List;
import java.util.OptionalDouble;
import org.rebound.domain.Impacts;

/**
 * The two facts about where a run drew its electricity: the grid's factors per kWh and, when a source gives one, the
 * data centre's PUE (the training site's own, or its operator's fleet figure). Both are chosen together, from the
 * same training site or organisation, and scenarios that move a run change both.
 *
 * @param iso3        the countries whose factors were averaged (the unknown-country row when none)
 * @param perKwh      impacts per kWh used
 * @param explanation one sentence for the model page
 * @param basis       how the grid was chosen: {@link #TRAINING_SITE}, {@link #ORGANISATION}, {@link #UNKNOWN} or
 *                    {@link #LOCATION_SHIFTING}
 * @param sitePue     the data centre's published PUE, when the training site gives one
 * @param pueSource   where that PUE comes from
 * @param pueFormula  what that PUE is, for the derivation ({@link #SITE_PUE} or {@link #OPERATOR_PUE}); empty without
 */
public record GridAndPue(List<String> iso3, Impacts perKwh, String explanation, String basis, OptionalDouble sitePue,
        String pueSource, String pueFormula) {

    /** The PUE a source gives for the run's own data centre. */
    public static final String SITE_PUE = "the training site's published PUE";
    /** The fleet PUE the operator published for the run's year. */
    public static final String OPERATOR_PUE = "the operator's published fleet PUE of the training year";

    /** The run's training site is known from a source. */
    public static final String TRAINING_SITE = "training site";
    /** The countries of the organisations, as the study does. */
    public static final String ORGANISATION = "organisation countries";
    /** No usable country: the world average. */
    public static final String UNKNOWN = "unknown";
    /** A scenario moved every run. */
    public static final String LOCATION_SHIFTING = "location shifting";

    public GridAndPue {
        iso3 = List.copyOf(iso3);
    }

    /** A choice without a published PUE. */
    public GridAndPue(List<String> iso3, Impacts perKwh, String explanation, String basis) {
        this(iso3, perKwh, explanation, basis, OptionalDouble.empty(), "", "");
    }

    /** The same grid with the fleet PUE its operator published. */
    public GridAndPue withOperatorPue(double pue, String source) {
        return new GridAndPue(iso3, perKwh, explanation, basis, OptionalDouble.of(pue), source, OPERATOR_PUE);
    }
}
