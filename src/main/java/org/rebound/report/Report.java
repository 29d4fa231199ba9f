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
 * Everything the site shows, computed from the results, grouped by what it is about: the inputs and the estimation,
 * then what the home page says, the hardware, the trends, the validation, the scenarios, the uncertainty and the
 * study's configuration.
 *
 * @param exclusionCounts the models not estimated, counted by reason
 * @param study           the study's configuration beside Rebound's best estimate (the report's own)
 */
public record Report(
        Edition edition,
        ModelsSource source,
        ProjectData data,
        Estimation estimation,
        Summary summary,
        Hardware hardware,
        List<ReasonCount> exclusionCounts,
        Trends trends,
        Validation validation,
        ScenarioRuns scenarios,
        Uncertainty.Result uncertainty,
        Study study) {

    public Report {
        exclusionCounts = List.copyOf(exclusionCounts);
    }

    /**
     * What the home page and the narrative say.
     *
     * @param narrative values the Markdown narrative may insert as {@code {{name}}}, formatted
     */
    public record Summary(List<Headline> headlines, Map<String, String> narrative) {
        public Summary {
            headlines = List.copyOf(headlines);
            narrative = Map.copyOf(narrative);
        }
    }

    /** The default server, the catalogue's cards with the models trained on them, and the cards' trends. */
    public record Hardware(ServerFootprint server, List<CardSummary> cards, List<CardTrend> cardTrends) {
        public Hardware {
            cards = List.copyOf(cards);
            cardTrends = List.copyOf(cardTrends);
        }
    }

    /**
     * The trends of the runs.
     *
     * @param gwpFit   the exponential trend of training GWP
     * @param gwpChart its chart, which model pages and previews show too
     * @param rows     every fit: by scenario, subgroup and measure, and of the cards
     * @param charts   one chart per measure
     */
    public record Trends(Optional<TrendFit> gwpFit, ChartSpec gwpChart, List<TrendRow> rows, List<ChartSpec> charts) {
        public Trends {
            rows = List.copyOf(rows);
            charts = List.copyOf(charts);
        }
    }

    /**
     * The estimates against other figures.
     *
     * @param gpuHours      GPU-hours from compute against those reported
     * @param gpuHoursChart its chart
     * @param published     the footprints model makers published, beside this build's estimates
     * @param power         Epoch AI's power draw of each run beside Rebound's, where both exist
     */
    public record Validation(GpuHoursValidation.Result gpuHours, ChartSpec gpuHoursChart,
            List<PublishedComparison> published, List<PowerComparison> power) {
        public Validation {
            published = List.copyOf(published);
            power = List.copyOf(power);
        }
    }

    /** The runs re-estimated under each scenario, and their charts. */
    public record ScenarioRuns(List<ScenarioResult> results, List<ChartSpec> charts, List<ScenarioResult> study) {
        public ScenarioRuns {
            results = List.copyOf(results);
            charts = List.copyOf(charts);
            study = List.copyOf(study);
        }

        /** The study's run of the scenario of {@code key}, when the study's scenarios were run. */
        public java.util.Optional<ScenarioResult> study(String key) {
            return study.stream().filter(s -> s.scenario().key().equals(key)).findFirst();
        }
    }

    /**
     * The estimation of the study's configuration, and the blind one: the best estimate's method on Epoch's data alone.
     *
     * @param trends    its trends on all models
     * @param published the published footprints beside its estimates, in the order of {@link Validation#published}
     * @param blind     the figures of the blind estimation ({@link org.rebound.estimate.Configuration#BLIND}) by
     *                  model: only what the downloads give, so that a third estimation is not kept for the pages
     * @param blindPublished the published footprints beside the blind estimates, in the same order
     */
    public record Study(Estimation estimation, List<TrendRow> trends, List<PublishedComparison> published,
            java.util.Map<org.rebound.domain.NotableModel, BlindFigures> blind, List<PublishedComparison> blindPublished) {
        public Study {
            trends = List.copyOf(trends);
            published = List.copyOf(published);
            blind = java.util.Collections.unmodifiableMap(new java.util.IdentityHashMap<>(blind));
            blindPublished = List.copyOf(blindPublished);
        }
    }

    /** A blind estimate's figures: GPU-hours, energy (kWh) and the GWP of its electricity (kg CO2 eq). */
    public record BlindFigures(double gpuHours, double energyKwh, double gwpUseKg) {
    }

    /** Baseline trends of one subgroup, in the order of the measures. */
    public List<TrendRow> baselineTrends(String subgroup) {
        return trends.rows().stream().filter(t -> t.scenario().equals("baseline") && t.subgroup().equals(subgroup))
                .toList();
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
        for (ScenarioResult r : scenarios.results()) {
            LcaKernel.Output f = r.footprint(e);
            values.add(new ScenarioValue(r.scenario().label(), r.scenario().description(),
                    f.total(org.rebound.domain.Indicator.GWP), f.energyKwh()));
        }
        return values;
    }




}
