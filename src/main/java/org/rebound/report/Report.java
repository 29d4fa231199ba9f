package org.rebound.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.data.ProjectData;
import org.rebound.domain.Edition;
import org.rebound.domain.NodeFactor;
import org.rebound.domain.ParameterKey;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.LcaKernel;
import org.rebound.estimate.ServerFootprint;
import org.rebound.scenario.ScenarioResult;
import org.rebound.stats.GpuHoursValidation;
import org.rebound.stats.TrendFit;
import org.rebound.stats.TrendRow;
import org.rebound.stats.Uncertainty;

/**
 * Everything the site shows, computed from the results.
 *
 * @param narrative values the Markdown narrative may insert as {@code {{name}}}, formatted
 * @param gwpFit    the exponential trend of training GWP
 * @param studyEstimation the estimation of the study's configuration (the report's is Rebound's best estimate)
 * @param studyTrends     its trends on all models
 * @param publishedComparisons      the footprints model makers published, beside this build's estimates
 * @param studyPublishedComparisons the same beside the study configuration's estimates, in the same order
 * @param powerComparisons          Epoch AI's power draw of each run beside Rebound's, where both exist
 */
public record Report(
        Edition edition,
        ModelsSource source,
        ProjectData data,
        Estimation estimation,
        ServerFootprint server,
        List<Headline> headlines,
        Map<String, String> narrative,
        Optional<TrendFit> gwpFit,
        ChartSpec gwpChart,
        List<CardSummary> cards,
        List<ReasonCount> exclusionCounts,
        List<CardTrend> cardTrends,
        List<TrendRow> trends,
        List<ChartSpec> trendCharts,
        GpuHoursValidation.Result validation,
        ChartSpec validationChart,
        List<ScenarioResult> scenarios,
        List<ChartSpec> scenarioCharts,
        Uncertainty.Result uncertainty,
        Estimation studyEstimation,
        List<TrendRow> studyTrends,
        List<PublishedComparison> publishedComparisons,
        List<PublishedComparison> studyPublishedComparisons,
        List<PowerComparison> powerComparisons) {

    public Report {
        headlines = List.copyOf(headlines);
        narrative = Map.copyOf(narrative);
        cards = List.copyOf(cards);
        exclusionCounts = List.copyOf(exclusionCounts);
        cardTrends = List.copyOf(cardTrends);
        trends = List.copyOf(trends);
        trendCharts = List.copyOf(trendCharts);
        scenarios = List.copyOf(scenarios);
        scenarioCharts = List.copyOf(scenarioCharts);
        studyTrends = List.copyOf(studyTrends);
        publishedComparisons = List.copyOf(publishedComparisons);
        studyPublishedComparisons = List.copyOf(studyPublishedComparisons);
        powerComparisons = List.copyOf(powerComparisons);
    }

    /** Baseline trends of one subgroup, in the order of the measures. */
    public List<TrendRow> baselineTrends(String subgroup) {
        return trends.stream().filter(t -> t.scenario().equals("baseline") && t.subgroup().equals(subgroup)).toList();
    }

    /** The baseline fit of a measure on all models. */
    public Optional<TrendFit> baselineFit(String measure) {
        return baselineTrends("all").stream().filter(t -> t.measure().equals(measure)).map(TrendRow::fit).findFirst();
    }

    /** Subgroups that have baseline fits, in order. */
    public List<org.rebound.stats.Subgroup> fittedSubgroups() {
        return java.util.Arrays.stream(org.rebound.stats.Subgroup.values())
                .filter(g -> !baselineTrends(g.key()).isEmpty()).toList();
    }

    /** The 5–95 % interval of a baseline growth factor per year, when the Monte Carlo gave one. */
    public Optional<Uncertainty.Interval> growthInterval(String measure) {
        return Optional.ofNullable(uncertainty.growthPerYear().get(measure));
    }

    public List<Estimate> estimates() {
        return estimation.estimates();
    }

    /** GWP per cm² of logic die of a node-table row, with this build's fab grid and yield. */
    public double dieGwpKgPerCm2(NodeFactor node) {
        return node.gwpKgCo2ePerCm2(data.parameters().number(ParameterKey.FAB_GRID_GWP),
                data.parameters().number(ParameterKey.FAB_YIELD));
    }

    /** A model's values under each scenario: label, GWP and energy. */
    public record ScenarioValue(String label, String description, double gwpKgCo2e, double energyKwh) {
    }

    /** The values under each scenario of an estimate of {@link #estimates()}. */
    public List<ScenarioValue> scenarioValues(Estimate e) {
        List<ScenarioValue> values = new java.util.ArrayList<>();
        for (ScenarioResult r : scenarios) {
            LcaKernel.Output f = r.footprint(e);
            values.add(new ScenarioValue(r.scenario().label(), r.scenario().description(),
                    f.total(org.rebound.domain.Indicator.GWP), f.energyKwh()));
        }
        return values;
    }




}
