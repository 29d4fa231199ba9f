package org.rebound.report;

import org.rebound.stats.Measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rebound.data.ProjectData;
import org.rebound.domain.Accelerator;
import org.rebound.scenario.Scenario;
import org.rebound.scenario.ScenarioResult;
import org.rebound.stats.GpuHoursValidation;
import org.rebound.stats.TrendRow;
import org.rebound.stats.TrendTable;
import org.rebound.stats.Uncertainty;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Indicator;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Num;
import org.rebound.domain.Parameter;
import org.rebound.domain.Units;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.CardFootprint;
import org.rebound.estimate.Catalogue;
import org.rebound.stats.CardTrendFit;
import org.rebound.stats.Statistics;
import org.rebound.stats.TrendFit;

/** Builds the {@link Report} from the estimation. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static Report build(ProjectData data, ModelsSource source, Estimation estimation, Catalogue catalogue,
            List<ScenarioResult> scenarios, Statistics statistics) {
        return build(data, source, estimation, estimation, estimation, catalogue, scenarios, List.of(), statistics);
    }

    /**
     * The report, with the study configuration's estimation and the blind one (the best estimate's method on Epoch's
     * data alone) for comparison.
     */
    public static Report build(ProjectData data, ModelsSource source, Estimation estimation, Estimation study,
            Estimation blind, Catalogue catalogue, List<ScenarioResult> scenarios, List<ScenarioResult> studyScenarios,
            Statistics statistics) {
        List<Estimate> estimates = estimation.estimates();
        GpuHoursValidation.Result validation = statistics.validation();
        Uncertainty.Result uncertainty = statistics.uncertainty();
        Optional<TrendFit> gwpFit = statistics.gwpFit();
        List<TrendRow> trends = new ArrayList<>(statistics.trends());
        List<ChartSpec> trendCharts = new ArrayList<>();
        for (Measure m : TrendTable.MEASURES) {
            trendCharts.add(trendChart(m.column().replace('_', '-') + "-trend", m, estimation.runs(), statistics.fit(m)));
        }
        ChartSpec gwpChart = trendCharts.get(TrendTable.MEASURES.indexOf(Measure.GWP));
        for (ScenarioResult r : scenarios) {
            trends.addAll(r.trends());
        }
        Map<String, String> narrative = narrative(data, estimation, gwpFit);
        narrative.putAll(imputationNarrative(estimation, statistics, data));
        narrative.putAll(statisticsNarrative(validation, scenarios, uncertainty, gwpFit));
        narrative.putAll(productionNarrative(statistics.cardTrends(), estimation.runs(), data.edition().year()));
        List<CardSummary> cards = cards(catalogue, estimates);
        List<CardTrend> cardTrends = new ArrayList<>();
        for (CardTrendFit f : statistics.cardTrends()) {
            cardTrends.add(cardTrend(f, cards));
            f.row(Scenario.BASELINE).ifPresent(trends::add);
        }
        return new Report(data.edition(), source, data, estimation,
                new Report.Summary(headlines(estimation, gwpFit, narrative), narrative),
                new Report.Hardware(catalogue.server(), cards, cardTrends), exclusionCounts(estimation),
                new Report.Trends(gwpFit, gwpChart, trends, trendCharts),
                new Report.Validation(validation, validationChart(validation),
                        PublishedComparison.of(data.publishedFootprints(), estimates), PowerComparison.of(estimates)),
                new Report.ScenarioRuns(scenarios, scenarioCharts(gwpFit, scenarios, estimates), studyScenarios),
                uncertainty,
                new Report.Study(study, statistics.studyTrends(),
                        PublishedComparison.of(data.publishedFootprints(), study.estimates()), blindFigures(blind),
                        PublishedComparison.of(data.publishedFootprints(), blind.estimates())));
    }


    /** GPU-h1 against the GPU-hours at full peak, both log scales, with the assumed and fitted ratios. */
    static ChartSpec validationChart(GpuHoursValidation.Result v) {
        List<ChartSpec.Point> points = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (GpuHoursValidation.Pair p : v.pairs()) {
            points.add(new ChartSpec.Point(p.fullPeakHours(), p.gpuHoursH1(), Measure.GPU_HOURS.unit(),
                    p.estimate().model().name(), "", " reported, share of peak " + Num.percent(p.ratio(), 0)
                    + (p.circular().isPresent() ? " (left out of the fits: compute derived from cards × time)" : ""),
                    new Subject.Model(p.estimate().model()), false));
            min = Math.min(min, p.fullPeakHours());
            max = Math.max(max, p.fullPeakHours());
        }
        List<ChartSpec.Line> lines = new ArrayList<>();
        if (!v.pairs().isEmpty()) {
            double a = min;
            double b = max;
            lines.add(new ChartSpec.Line("assumed ratio " + Num.sig(v.assumedRatio(), 2),
                    List.of(new double[] {a, a / v.assumedRatio()}, new double[] {b, b / v.assumedRatio()}), 0));
            v.logLog().ifPresent(f -> lines.add(new ChartSpec.Line("fitted ratio " + Num.sig(f.ratio(), 2) + " (log-log)",
                    List.of(new double[] {a, a / f.ratio()}, new double[] {b, b / f.ratio()}), 1)));
        }
        String description = v.logLog().map(f -> "Reported GPU-hours against GPU-hours at full peak (training compute ÷ "
                + "the card's peak ÷ 3,600 seconds) for " + f.n()
                + " models: the implied share of peak is " + Num.percent(f.ratio(), 0) + " (95 % CI "
                + Num.percent(f.ratioCiLow(), 0) + " to " + Num.percent(f.ratioCiHigh(), 0) + "), against "
                + Num.percent(v.assumedRatio(), 0) + " assumed.").orElse("Too few models with both estimates.");
        return new ChartSpec("gpu-hours-validation", "Reported GPU-hours against GPU-hours at full peak", description,
                "GPU-hours at full peak, log scale", "Reported GPU-hours, log scale", true, points,
                Optional.empty(), true, lines);
    }

    /**
     * One chart per scenario family: each year's GWP of training under each scenario, as a share of the baseline's
     * (the sum over the runs published that year, the same runs in both). Fitted lines would pivot around the data's
     * centre and cross the baseline before a scenario begins; these lines are the model pages' values added up, and
     * the legend gives each scenario's fitted growth.
     */
    static List<ChartSpec> scenarioCharts(Optional<TrendFit> baseline, List<ScenarioResult> scenarios,
            List<Estimate> estimates) {
        Map<String, List<ScenarioResult>> groups = new LinkedHashMap<>();
        for (ScenarioResult r : scenarios) {
            groups.computeIfAbsent(r.scenario().group(), k -> new ArrayList<>()).add(r);
        }
        Map<Integer, Double> baseByYear = new TreeMap<>();
        for (Estimate e : estimates) {
            baseByYear.merge(e.model().publicationDate().orElseThrow().getYear(), e.total().get(Indicator.GWP), Double::sum);
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (Map.Entry<String, List<ScenarioResult>> g : groups.entrySet()) {
            List<ChartSpec.Line> lines = new ArrayList<>();
            List<double[]> flat = new ArrayList<>();
            baseByYear.keySet().forEach(y -> flat.add(new double[] {y, PERCENT}));
            lines.add(new ChartSpec.Line("baseline" + baseline.map(f -> " ×" + Num.factor(f.growthFactorPerYear(), 3) + "/yr")
                    .orElse(""), flat, BASELINE_STYLE));
            int style = 1;
            StringBuilder description = new StringBuilder("Each year's GWP of training under each scenario, as a share of "
                    + "the baseline's");
            for (ScenarioResult r : g.getValue()) {
                Map<Integer, Double> byYear = new TreeMap<>();
                for (Estimate e : estimates) {
                    byYear.merge(e.model().publicationDate().orElseThrow().getYear(),
                            r.footprint(e).total(Indicator.GWP), Double::sum);
                }
                List<double[]> xy = new ArrayList<>();
                byYear.forEach((year, gwp) -> xy.add(new double[] {year, PERCENT * gwp / baseByYear.get(year)}));
                Optional<TrendFit> fit = r.fit(Measure.GWP.column());
                String growth = fit.map(f -> " ×" + Num.factor(f.growthFactorPerYear(), 3) + "/yr").orElse("");
                lines.add(new ChartSpec.Line(r.scenario().label() + growth, xy, Math.min(style++, 5)));
                double last = xy.isEmpty() ? PERCENT : xy.get(xy.size() - 1)[1];
                description.append("; ").append(r.scenario().label()).append(": ")
                        .append(Num.sig(last, 2)).append(" % in ").append(byYear.isEmpty() ? "" : byYear.keySet().stream()
                                .reduce((a, b) -> b).orElseThrow())
                        .append(fit.map(f -> ", growth ×" + Num.factor(f.growthFactorPerYear(), 3) + " a year").orElse(""));
            }
            description.append(baseline.map(f -> " (baseline ×" + Num.factor(f.growthFactorPerYear(), 3) + " a year)")
                    .orElse("")).append('.');
            charts.add(new ChartSpec("scenario-" + g.getKey(), "GWP under the " + g.getKey()
                    + " scenarios, as a share of the baseline", description.toString(), "Year of publication",
                    "GWP of the year's runs (% of the baseline)", false, List.of(), Optional.empty(), false, lines));
        }
        return charts;
    }

    /** The baseline's share of itself, and the style that draws it under the scenarios' lines. */
    private static final double PERCENT = 100;
    private static final int BASELINE_STYLE = 6;

    /** Values the narrative may quote: validation, scenarios, uncertainty. */
    static Map<String, String> statisticsNarrative(GpuHoursValidation.Result v, List<ScenarioResult> scenarios,
            Uncertainty.Result u, Optional<TrendFit> gwpFit) {
        Map<String, String> values = new TreeMap<>();
        values.put("validation_n", Num.count(v.fitted().size()));
        values.put("validation_pairs_n", Num.count(v.pairs().size()));
        values.put("validation_circular_n", Num.count(v.circular().size()));
        values.put("validation_ratio", v.logLog().map(f -> Num.percent(f.ratio(), 0)).orElse("n/a"));
        values.put("validation_ratio_ci", v.logLog().map(f -> Num.percent(f.ratioCiLow(), 0) + " to "
                + Num.percent(f.ratioCiHigh(), 0)).orElse("n/a"));
        values.put("validation_origin_ratio", v.origin().map(f -> Num.percent(f.ratio(), 0)).orElse("n/a"));
        values.put("validation_plausible_ratio", v.plausible().map(f -> Num.percent(f.ratio(), 0)).orElse("n/a"));
        values.put("validation_plausible_ci", v.plausible().map(f -> Num.percent(f.ratioCiLow(), 0) + " to "
                + Num.percent(f.ratioCiHigh(), 0)).orElse("n/a"));
        values.put("validation_plausible_n", v.plausible().map(f -> Integer.toString(f.n())).orElse("0"));
        values.put("validation_plausible_agrees", v.plausible().map(f -> v.agrees(f) ? "agree" : "do not agree")
                .orElse("cannot say"));
        values.put("validation_agrees", v.logLog().map(f -> v.agrees(f) ? "agree" : "do not agree").orElse("cannot say"));
        values.put("uncertainty_draws", Num.count(u.draws()));
        Uncertainty.Interval g = u.growthPerYear().get(Measure.GWP.column());
        values.put("gwp_growth_p05_p95", g == null ? "n/a" : "×" + Num.factor(g.p05(), 3) + " to ×" + Num.factor(g.p95(), 3));
        long persists = scenarios.stream().filter(r -> r.fit(Measure.GWP.column()).map(TrendFit::growthPersists)
                .orElse(false)).count();
        values.put("scenarios_total", Num.count(scenarios.size()));
        values.put("scenarios_growth_persists", Long.toString(persists));
        Optional<TrendFit> fastest = scenarios.stream().filter(r -> r.scenario().group().equals("decarbonization"))
                .map(r -> r.fit(Measure.GWP.column())).flatMap(Optional::stream)
                .min(java.util.Comparator.comparingDouble(TrendFit::slopeLog10PerYear));
        values.put("decarbonization_fastest_growth", fastest.map(f -> "×" + Num.factor(f.growthFactorPerYear(), 3))
                .orElse("n/a"));
        return values;
    }

    /**
     * Production impacts of the catalogue's cards released in the study period against their release date,
     * with the exponential fit; each point links to its card page.
     */
    static CardTrend cardTrend(CardTrendFit trend, List<CardSummary> cards) {
        Map<String, CardSummary> byId = new java.util.HashMap<>();
        cards.forEach(c -> byId.put(c.card().id(), c));
        Indicator indicator = trend.indicator();
        List<ChartSpec.Point> points = new ArrayList<>();
        for (CardTrendFit.Point p : trend.points()) {
            CardSummary c = byId.get(p.cardId());
            points.add(new ChartSpec.Point(p.year(), p.value(), indicator.unit(), c.card().displayName(),
                    Integer.toString(c.card().releaseDate().orElseThrow().getYear()), "",
                    new Subject.Card(c.card().id()), false));
        }
        Optional<TrendFit> fit = trend.fit();
        String what = trend.title();
        String description = fit.map(f -> what + ", for " + f.n() + " cards released " + (int) Math.floor(f.periodStart())
                + "–" + (int) Math.floor(f.periodEnd()) + ", on a log scale: ×" + Num.factor(f.growthFactorPerYear(), 3)
                + " a year (95 % CI ×" + Num.factor(f.growthFactorCiLow(), 3) + " to ×" + Num.factor(f.growthFactorCiHigh(), 3)
                + "); R² " + Num.fixed(f.r2(), 2) + ".").orElse(what + ": too few cards for a trend.");
        ChartSpec chart = new ChartSpec("card-" + indicator.key() + "-trend", what + " by release date", description,
                "Release date", indicator.label() + " (" + indicator.unit() + "), log scale", true, points, fit);
        return new CardTrend(indicator, fit, chart);
    }

    /** The blind estimates' figures by model, without their derivations. */
    static Map<org.rebound.domain.NotableModel, Report.BlindFigures> blindFigures(Estimation blind) {
        Map<org.rebound.domain.NotableModel, Report.BlindFigures> figures = new java.util.IdentityHashMap<>();
        for (Estimate e : blind.estimates()) {
            figures.put(e.model(), new Report.BlindFigures(e.gpuHours().value(), e.energyKwh(), Measure.GWP_USE.of(e)));
        }
        return figures;
    }

    /** What the tooltip of a run whose hardware was imputed adds after its value; its point is a ring. */
    public static final String IMPUTED_NOTE = " (hardware imputed)";

    /**
     * Chart of one measure per model over time, log scale, each point linking to its model page; a run whose hardware
     * was imputed is a ring.
     */
    public static ChartSpec trendChart(String id, Measure measure, List<Estimate> estimates, Optional<TrendFit> fit) {
        List<ChartSpec.Point> points = new ArrayList<>();
        for (Estimate e : estimates) {
            points.add(new ChartSpec.Point(Units.decimalYear(e.model().publicationDate().orElseThrow()), measure.of(e),
                    measure.unit(), e.model().name(), e.model().publicationDate().orElseThrow().toString(),
                    e.hardwareImputed() ? IMPUTED_NOTE : "", new Subject.Model(e.model()), false, e.hardwareImputed()));
        }
        // "Training compute of notable AI models", not "of training": the measure may name the training already.
        String of = measure.title().startsWith("Training ") ? " of " : " of training ";
        String description = fit.map(f -> measure.title() + of + f.n() + " notable AI models, "
                + (int) Math.floor(f.periodStart()) + "–" + (int) Math.floor(f.periodEnd()) + ", on a log scale: it grows ×"
                + Num.factor(f.growthFactorPerYear(), 3) + " a year (95 % CI ×" + Num.factor(f.growthFactorCiLow(), 3) + " to ×"
                + Num.factor(f.growthFactorCiHigh(), 3) + "), doubling every " + Num.sig(f.doublingTimeYears(), 2)
                + " years; R² " + Num.fixed(f.r2(), 2) + ".")
                .orElse(measure.title() + of + estimates.size() + " notable AI models, on a log scale;"
                        + " too few models for a trend.");
        return new ChartSpec(id, measure.title() + of + "notable AI models", description, "Publication date",
                measure.titleWithUnit() + ", log scale", true, points, fit);
    }

    /**
     * Production, straight: how fast producing one card grows, and production's share of a run early and recently,
     * with the electricity of a GPU-hour that explains it.
     */
    static Map<String, String> productionNarrative(List<CardTrendFit> cardTrends, List<Estimate> runs, int lastYear) {
        Map<String, String> values = new TreeMap<>();
        Optional<TrendFit> card = cardTrends.stream().filter(t -> t.indicator() == org.rebound.domain.Indicator.GWP)
                .findFirst().flatMap(CardTrendFit::fit);
        values.put("card_gwp_growth", card.map(f -> "×" + Num.factor(f.growthFactorPerYear(), 3)).orElse("n/a"));
        values.put("card_gwp_period", card.map(f -> (int) Math.floor(f.periodStart()) + "–"
                + (int) Math.floor(f.periodEnd())).orElse("n/a"));
        ProductionShare p = ProductionShare.of(runs, lastYear);
        values.put("production_share_early_until", Integer.toString(p.earlyUntil()));
        values.put("production_share_recent_period", p.recentFrom() + "–" + lastYear);
        values.put("production_share_early", p.earlyShare().stream().mapToObj(x -> Num.percent(x, 0)).findFirst()
                .orElse("n/a"));
        values.put("production_share_recent", p.recentShare().stream().mapToObj(x -> Num.percent(x, 0)).findFirst()
                .orElse("n/a"));
        values.put("kwh_per_gpu_hour_early", p.earlyKwhPerGpuHour().stream().mapToObj(x -> Num.sig(x, 2)).findFirst()
                .orElse("n/a"));
        values.put("kwh_per_gpu_hour_recent", p.recentKwhPerGpuHour().stream().mapToObj(x -> Num.sig(x, 2))
                .findFirst().orElse("n/a"));
        return values;
    }

    /**
     * The runs whose card was imputed: how many, on which basis, and the carbon trend without them (the subgroup
     * {@link org.rebound.stats.Subgroup#HARDWARE_KNOWN}).
     */
    static Map<String, String> imputationNarrative(Estimation estimation, Statistics statistics, ProjectData data) {
        Map<String, String> values = new TreeMap<>();
        List<Estimate> imputed = estimation.estimates().stream().filter(Estimate::hardwareImputed).toList();
        long fleet = imputed.stream().filter(e -> e.imputation().orElseThrow().basis()
                == org.rebound.estimate.Imputation.Basis.FLEET).count();
        values.put("imputed_runs", Num.count(imputed.size()));
        org.rebound.estimate.GuessedInputs guesses = org.rebound.estimate.GuessedInputs.of(data.parameters());
        values.put("grid_regions", Num.count(data.gridRegions().size()));
        values.put("guessed_runs", Num.count(estimation.estimates().stream().filter(guesses::guessed).count()));
        values.put("imputed_by_fleet", Num.count(fleet));
        values.put("imputed_by_mix", Num.count(imputed.size() - fleet));
        values.put("fleet_rows", Num.count(data.fleets().size()));
        values.put("published_gpu_hours", Num.count(data.publishedFootprints().stream()
                .filter(p -> p.quantity() == org.rebound.domain.PublishedFootprint.Quantity.GPU_HOURS)
                .map(org.rebound.domain.PublishedFootprint::model).distinct().count()));
        values.put("fleet_operators", Num.count(data.fleets().stream().map(org.rebound.domain.OrganisationFleet::operator)
                .distinct().count()));
        Optional<TrendFit> known = statistics.trends().stream().filter(t -> t.subgroup().equals(
                org.rebound.stats.Subgroup.HARDWARE_KNOWN.key()) && t.measure().equals(Measure.GWP.column()))
                .map(TrendRow::fit).findFirst();
        values.put("gwp_growth_hardware_known", known.map(f -> "×" + Num.factor(f.growthFactorPerYear(), 3))
                .orElse("n/a"));
        values.put("gwp_growth_hardware_known_ci", known.map(f -> "×" + Num.factor(f.growthFactorCiLow(), 3) + " to ×"
                + Num.factor(f.growthFactorCiHigh(), 3)).orElse("n/a"));
        values.put("gwp_fit_hardware_known_n", known.map(f -> Integer.toString(f.n())).orElse("0"));
        int lastYear = data.edition().year();
        List<Estimate> recent = estimation.runs().stream().filter(e -> e.model().publicationDate().orElseThrow()
                .getYear() >= lastYear - 1).toList();
        values.put("recent_years", (lastYear - 1) + "–" + lastYear);
        values.put("recent_runs", Num.count(recent.size()));
        values.put("recent_runs_imputed", Num.count(recent.stream().filter(Estimate::hardwareImputed).count()));
        return values;
    }

    private static Map<String, String> narrative(ProjectData data, Estimation estimation, Optional<TrendFit> gwpFit) {
        Map<String, String> values = new TreeMap<>();
        List<Estimate> estimates = estimation.estimates();
        int total = estimates.size() + estimation.exclusions().size();
        values.put("edition_year", Integer.toString(data.edition().year()));
        values.put("edition_title", data.edition().title());
        values.put("repository", data.edition().repository());
        values.put("licence_credit", Licence.credit(data.edition()));
        values.put("models_estimated", Num.count(estimates.size()));
        values.put("models_total", Num.count(total));
        values.put("kept_share", Num.percent(estimation.keptShare(), 0));
        // The share of peak fitted to the input's measured utilisations (the best estimate's GPU-h2).
        Optional<org.rebound.estimate.ShareOfPeakFit> share = estimation.shareOfPeak();
        values.put("share_of_peak_n", share.map(f -> Integer.toString(f.n())).orElse("0"));
        values.put("share_of_peak_median", share.map(f -> Num.sig(f.median(), 2)).orElse("n/a"));
        values.put("share_of_peak_ci", share.map(f -> Num.sig(f.medianCiLow(), 2) + " to " + Num.sig(f.medianCiHigh(), 2))
                .orElse("n/a"));
        values.put("share_of_peak_range", share.map(f -> Num.sig(f.distribution().quantile(0.05), 2) + " to "
                + Num.sig(f.distribution().quantile(0.95), 2)).orElse("n/a"));
        values.put("share_of_peak_change", share.map(f -> "×" + Num.factor(f.changePerYear(), 3) + " a year (95 % CI ×"
                + Num.factor(f.changeCiLow(), 3) + " to ×" + Num.factor(f.changeCiHigh(), 3) + ")").orElse("n/a"));
        values.put("share_of_peak_trend", share.map(f -> f.changesWithYear() ? "changes" : "does not change")
                .orElse("n/a"));
        // Totals count each training run once.
        List<Estimate> runs = estimation.runs();
        values.put("runs_estimated", Num.count(runs.size()));
        values.put("gwp_total_t", Num.sig(sum(runs, Measure.GWP) / 1000, 3));
        values.put("energy_total_mwh", Num.sig(sum(runs, Measure.ENERGY) / 1000, 3));
        values.put("embodied_share_gwp", Num.percent(share(runs, Measure.GWP_EMBODIED, Measure.GWP), 0));
        values.put("embodied_share_adpe", Num.percent(share(runs, Measure.ADPE_EMBODIED, Measure.ADPE), 0));
        values.put("embodied_share_pe", Num.percent(share(runs, Measure.PE_EMBODIED, Measure.PE), 0));
        Optional<Estimate> largest = runs.stream().max(Comparator.comparingDouble((Estimate e) -> Measure.GWP.of(e))
                .thenComparing(e -> e.model().name()));
        values.put("largest_model", largest.map(e -> e.model().name()).orElse("none"));
        values.put("largest_gwp_t", largest.map(e -> Num.sig(Measure.GWP.of(e) / 1000, 3)).orElse("0"));
        values.put("gwp_growth_per_year", gwpFit.map(f -> "×" + Num.factor(f.growthFactorPerYear(), 3)).orElse("n/a"));
        values.put("gwp_growth_ci", gwpFit.map(f -> "×" + Num.factor(f.growthFactorCiLow(), 3) + " to ×"
                + Num.factor(f.growthFactorCiHigh(), 3)).orElse("n/a"));
        values.put("gwp_doubling_years", gwpFit.map(f -> Num.sig(f.doublingTimeYears(), 2)).orElse("n/a"));
        values.put("gwp_fit_n", gwpFit.map(f -> Integer.toString(f.n())).orElse("0"));
        values.put("gwp_fit_r2", gwpFit.map(f -> Num.fixed(f.r2(), 2)).orElse("n/a"));
        values.put("gwp_fit_period", gwpFit.map(f -> (int) Math.floor(f.periodStart()) + "–"
                + (int) Math.floor(f.periodEnd())).orElse("n/a"));
        values.put("gwp_growth_persists", gwpFit.map(f -> f.growthPersists() ? "yes" : "no").orElse("n/a"));
        values.put("cards_in_catalogue", Num.count(data.accelerators().size()));
        values.put("training_sites", Num.count(data.trainingSites().size()));
        values.put("measured_draws", Long.toString(data.powerDraws().stream()
                .filter(org.rebound.domain.PowerDraw::systemPerCard).count()));
        java.util.Map<String, org.rebound.domain.Accelerator> cards = new java.util.HashMap<>();
        data.accelerators().forEach(a -> cards.put(a.id(), a));
        java.util.Optional<org.rebound.estimate.DrawShareFit> drawFit = org.rebound.estimate.DrawShareFit.of(
                data.powerDraws(), cards);
        values.put("draw_share_measurements", drawFit.map(f -> Integer.toString(f.ratios().size())).orElse("0"));
        values.put("draw_share_median", drawFit.map(f -> Num.sig(f.median(), 2)).orElse("n/a"));
        values.put("draw_share_sigma", drawFit.map(f -> Num.sig(f.sigma(), 2)).orElse("n/a"));
        values.put("draw_share_p05", drawFit.map(f -> Num.sig(f.distribution().quantile(0.05), 2)).orElse("n/a"));
        values.put("draw_share_p95", drawFit.map(f -> Num.sig(f.distribution().quantile(0.95), 2)).orElse("n/a"));
        values.put("grid_years", data.gridYears().stream().mapToInt(org.rebound.domain.GridYearFactor::year).min()
                .stream().mapToObj(lo -> lo + "–" + data.gridYears().stream()
                        .mapToInt(org.rebound.domain.GridYearFactor::year).max().getAsInt())
                .findFirst().orElse("none"));
        values.put("hardware_splits", Long.toString(data.hardwareSplits().stream()
                .map(org.rebound.domain.HardwareSplit::model).distinct().count()));
        values.put("server_dram_generations", data.memoryDensities().stream()
                .filter(d -> d.serverFromYear().isPresent())
                .sorted(Comparator.comparingInt(d -> d.serverFromYear().getAsInt()))
                .map(d -> d.memoryType() + " from " + d.serverFromYear().getAsInt())
                .collect(java.util.stream.Collectors.joining(", ")));
        values.put("operators", Long.toString(data.operatorPues().stream()
                .map(org.rebound.domain.OperatorPue::operator).distinct().count()));
        values.put("operator_years", Num.count(data.operatorPues().size()));
        values.put("grid_year_countries", Long.toString(data.gridYears().stream()
                .map(org.rebound.domain.GridYearFactor::iso3).distinct().count()));
        values.put("decarbonization_max_rate", data.parameters().get(ParameterKey.SCENARIO_DECARBONIZATION_RATES)
                .numbers().stream().max(Double::compare).map(r -> Num.percent(r, 0)).orElse("n/a"));
        for (Parameter p : data.parameters().entries()) {
            values.put("param:" + p.key().key(), p.value());
        }
        return values;
    }

    private static List<Headline> headlines(Estimation estimation, Optional<TrendFit> gwpFit, Map<String, String> n) {
        List<Headline> headlines = new ArrayList<>();
        gwpFit.ifPresent(f -> headlines.add(new Headline(n.get("gwp_growth_per_year") + " a year",
                "growth of the carbon footprint (GWP) of training a notable model",
                "Doubling every " + n.get("gwp_doubling_years") + " years; 95 % CI " + n.get("gwp_growth_ci") + "; "
                        + f.n() + " models, " + n.get("gwp_fit_period") + ", R² " + n.get("gwp_fit_r2") + ".")));
        headlines.add(new Headline(n.get("gwp_total_t") + " t CO2 eq", "GWP of training the " + n.get("models_estimated")
                + " models estimated", "Production of the hardware allocated to the runs, and their electricity; "
                + n.get("runs_estimated") + " training runs, each counted once."));
        headlines.add(new Headline(n.get("largest_gwp_t") + " t CO2 eq", "the largest single run: " + n.get("largest_model"),
                "Its page shows every step of the estimate."));
        headlines.add(new Headline(n.get("embodied_share_adpe"), "of metal and mineral depletion (ADPe) comes from "
                + "producing the hardware", "Against " + n.get("embodied_share_gwp") + " of GWP: the use phase is not "
                + "the whole story."));
        headlines.add(new Headline(n.get("scenarios_growth_persists") + " of " + n.get("scenarios_total"),
                "scenarios where the growth persists", "Cleaner grids, location shifting, longer-lived or busier "
                + "hardware: the fitted growth stays above zero with its confidence interval."));
        headlines.add(new Headline(n.get("kept_share"), "of the " + n.get("models_total") + " models in the data could be "
                + "estimated", "The others lack hardware, compute or training time; each is listed with its reason."));
        return headlines;
    }

    static double sum(List<Estimate> estimates, Measure measure) {
        double sum = 0;
        for (Estimate e : estimates) {
            sum += measure.of(e);
        }
        return sum;
    }

    static double share(List<Estimate> estimates, Measure part, Measure whole) {
        double w = sum(estimates, whole);
        return w == 0 ? 0 : sum(estimates, part) / w;
    }

    private static List<CardSummary> cards(Catalogue catalogue, List<Estimate> estimates) {
        Map<String, List<Estimate>> byCard = new LinkedHashMap<>();
        // A card's runs are those whose rows name it: an imputed card is not evidence that the card trained the run.
        for (Estimate e : estimates) {
            if (e.hardwareImputed()) {
                continue;
            }
            byCard.computeIfAbsent(e.cardFootprint().accelerator().id(), k -> new ArrayList<>()).add(e);
        }
        List<CardSummary> cards = new ArrayList<>();
        for (CardFootprint f : catalogue.cards()) {
            Accelerator a = f.accelerator();
            cards.add(new CardSummary(a.id(), a, f, byCard.getOrDefault(a.id(), List.of())));
        }
        return cards;
    }

    private static List<ReasonCount> exclusionCounts(Estimation estimation) {
        Map<Exclusion.Reason, Integer> counts = new EnumMap<>(Exclusion.Reason.class);
        for (Exclusion x : estimation.exclusions()) {
            counts.merge(x.reason(), 1, Integer::sum);
        }
        List<ReasonCount> result = new ArrayList<>();
        counts.forEach((reason, count) -> result.add(new ReasonCount(reason.label(), count)));
        return result;
    }
}
