package org.rebound.stats;

import java.util.List;
import java.util.Optional;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Catalogue;
import org.rebound.estimate.Estimate;

/**
 * Every fit of the baseline: the trends of every measure on every subgroup, the GPU-hours validation and the
 * Monte Carlo ranges. The report only assembles them.
 *
 * @param trends      baseline trends, by subgroup (of at least {@code trends.subgroup-min-models}) then measure
 * @param gwpFit      the GWP trend of all models, the headline, fitted even below a subgroup's minimum size
 * @param cardTrends  the production impacts of the catalogue's cards against their release date
 * @param validation  the GPU-hours validation
 * @param uncertainty the Monte Carlo ranges of every model and growth rate
 * @param studyTrends the trends on all models of the study's configuration, for comparison
 */
public record Statistics(List<TrendRow> trends, Optional<TrendFit> gwpFit, List<CardTrendFit> cardTrends,
        GpuHoursValidation.Result validation, Uncertainty.Result uncertainty, List<TrendRow> studyTrends) {
    /** The scenario key of the baseline's trends. */
    public static final String BASELINE = "baseline";
    /** The scenario key of the study configuration's trends. */
    public static final String STUDY = "study";

    public Statistics {
        trends = List.copyOf(trends);
        cardTrends = List.copyOf(cardTrends);
        studyTrends = List.copyOf(studyTrends);
    }

    /** Fits the baseline estimates and the catalogue. */
    public static Statistics run(List<Estimate> estimates, Catalogue catalogue, Parameters parameters,
            Assumptions assumptions) {
        return run(estimates, estimates, catalogue, parameters, assumptions);
    }

    /** The same, with the study configuration's estimates fitted for comparison. */
    public static Statistics run(List<Estimate> estimates, List<Estimate> study, Catalogue catalogue,
            Parameters parameters, Assumptions assumptions) {
        int minModels = (int) parameters.number(ParameterKey.TRENDS_MIN_MODELS);
        List<TrendRow> trends = TrendTable.fit(BASELINE, estimates, minModels);
        Optional<TrendFit> gwp = fit(trends, Measure.GWP).or(() -> TrendTable.fit(Measure.GWP, estimates));
        List<CardTrendFit> cards = CardTrendFit.fit(catalogue.cards(), assumptions.startDate(), assumptions.endDate());
        return new Statistics(trends, gwp, cards, GpuHoursValidation.run(estimates, parameters.number(ParameterKey.PERFORMANCE_RATIO),
                parameters.number(ParameterKey.PLAUSIBLE_SHARE_LOW), parameters.number(ParameterKey.PLAUSIBLE_SHARE_HIGH),
                parameters.number(ParameterKey.CIRCULAR_TOLERANCE)),
                Uncertainty.run(estimates, parameters, assumptions), TrendTable.fit(STUDY, study, minModels).stream()
                        .filter(t -> t.subgroup().equals(Subgroup.ALL.key())).toList());
    }

    /** The baseline fit of a measure on all models, when there are enough for the trend table. */
    public Optional<TrendFit> fit(Measure measure) {
        return fit(trends, measure);
    }

    private static Optional<TrendFit> fit(List<TrendRow> trends, Measure measure) {
        return trends.stream().filter(t -> t.subgroup().equals(Subgroup.ALL.key())
                && t.measure().equals(measure.column())).map(TrendRow::fit).findFirst();
    }
}
