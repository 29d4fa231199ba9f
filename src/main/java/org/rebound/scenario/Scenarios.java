package org.rebound.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.rebound.data.ProjectData;
import org.rebound.domain.GridFactor;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.domain.Num;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.GridAndPue;
import org.rebound.estimate.Grids;
import org.rebound.estimate.LcaKernel;
import org.rebound.stats.TrendTable;

/** Builds the scenarios of {@code parameters.yaml} and runs them. */
public final class Scenarios {
    private Scenarios() {
    }

    /** The scenarios, in the order the site shows them. */
    public static List<Scenario> of(ProjectData data) {
        Parameters p = data.parameters();
        List<Scenario> list = new ArrayList<>();
        String location = p.text(ParameterKey.SCENARIO_LOCATION);
        GridFactor low = location.equals("lowest")
                ? data.gridFactors().stream().filter(g -> !g.iso3().equals(p.text(ParameterKey.UNKNOWN_COUNTRY)))
                        .min(Comparator.comparingDouble((GridFactor g) -> g.perKwh().get(Indicator.GWP))
                                .thenComparing(GridFactor::iso3)).orElseThrow()
                : data.gridFactors().stream().filter(g -> g.iso3().equals(location)).findFirst().orElseThrow(() ->
                        new org.rebound.problem.InputException(org.rebound.problem.Problem.ofFile("parameters.yaml",
                                "scenario.location is '" + location + "', expected 'lowest' or an ISO code of "
                                        + "electricity-factors.csv")));
        list.add(new Scenario("location-" + low.iso3().toLowerCase(java.util.Locale.ROOT), "location",
                "Location shifting to " + low.country(), "Every run uses the electricity of " + low.country() + " ("
                        + Num.sig(low.perKwh().get(Indicator.GWP), 3) + " kg CO2 eq/kWh); production is unchanged.",
                UnaryOperator.identity(), a -> a.toBuilder().location(low.iso3()).build()));
        int start = (int) p.number(ParameterKey.SCENARIO_DECARBONIZATION_START);
        for (double d : p.get(ParameterKey.SCENARIO_DECARBONIZATION_RATES).numbers()) {
            String pct = Num.percent(d, 0).replace(" %", "");
            list.add(new Scenario("decarbonization-" + pct, "decarbonization", "Grids −" + pct + " % a year",
                    "Electricity factors fall by " + pct + " % a year after " + start + ": × (1 − " + Num.sig(d, 2)
                            + ")^(year − " + start + ").",
                    UnaryOperator.identity(),
                    a -> a.toBuilder().gridScale(year -> year > start ? Math.pow(1 - d, year - start) : 1.0).build()));
        }
        for (double years : p.get(ParameterKey.SCENARIO_LIFESPANS).numbers()) {
            String y = Num.sig(years, 3);
            list.add(new Scenario("lifespan-" + y, "lifespan", "Lifespan " + y + " y",
                    "Hardware is replaced after " + y + " years.",
                    q -> q.with(Map.of(ParameterKey.LIFESPAN, Double.toString(years))), UnaryOperator.identity()));
        }
        for (double u : p.get(ParameterKey.SCENARIO_UTILIZATIONS).numbers()) {
            String pct = Num.percent(u, 0).replace(" %", "");
            list.add(new Scenario("utilization-" + pct, "utilization", "Utilization " + pct + " %",
                    "Hardware is in use " + pct + " % of its life.",
                    q -> q.with(Map.of(ParameterKey.UTILIZATION, Double.toString(u))), UnaryOperator.identity()));
        }
        return list;
    }

    /** The assumptions of a scenario: the baseline's parameters and assumptions, changed. */
    public static Assumptions assumptions(ProjectData data, Scenario s) {
        Parameters parameters = s.parameters().apply(data.parameters());
        return s.assumptions().apply(Assumptions.from(parameters, data.edition()));
    }

    /**
     * Every estimated model under each scenario, and every trend re-fitted: the LCA kernel re-evaluated with each
     * estimate's own inputs, changed only where the scenario changes them.
     */
    public static List<ScenarioResult> run(ProjectData data, Estimation baseline) {
        return run(data, baseline, Configuration.STUDY);
    }

    /**
     * Re-evaluates every model of {@code baseline}, estimated in {@code configuration}, under each scenario: nothing
     * is estimated again, each estimate's kernel inputs are varied, and the results are kept by model.
     */
    public static List<ScenarioResult> run(ProjectData data, Estimation baseline, Configuration configuration) {
        return run(data, baseline, configuration, true);
    }

    /**
     * The same, keeping each scenario's re-fitted trends only (no footprint by model): for a configuration shown
     * beside the baseline, whose footprints no page lists.
     */
    public static List<ScenarioResult> trends(ProjectData data, Estimation baseline, Configuration configuration) {
        return run(data, baseline, configuration, false);
    }

    private static List<ScenarioResult> run(ProjectData data, Estimation baseline, Configuration configuration,
            boolean keepFootprints) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : of(data)) {
            Assumptions changed = assumptions(data, s);
            // Only location shifting changes a run's grid (and with it, the PUE a source gives for its site).
            Optional<Grids> moved = changed.location().isPresent()
                    ? Optional.of(new Grids(data, changed, configuration)) : Optional.empty();
            Map<NotableModel, LcaKernel.Output> footprints = new LinkedHashMap<>();
            for (Estimate e : baseline.estimates()) {
                footprints.put(e.model(), LcaKernel.run(inputs(e, changed, moved)));
            }
            // Trends count each training run once, as the baseline's do.
            List<Estimate> runs = baseline.runs();
            List<LcaKernel.Output> runFootprints = runs.stream().map(e -> footprints.get(e.model())).toList();
            results.add(new ScenarioResult(s, keepFootprints ? footprints : Map.of(), TrendTable.fit(s.key(), runs,
                    runFootprints, (int) data.parameters().number(ParameterKey.TRENDS_MIN_MODELS))));
        }
        return results;
    }

    /**
     * The kernel's inputs of an estimate under a scenario's assumptions: its own inputs with the grid and PUE of the
     * location it is moved to (if it is), the grid scale of its year and the useful life of the scenario.
     */
    static LcaKernel.Inputs inputs(Estimate e, Assumptions changed, Optional<Grids> moved) {
        LcaKernel.Inputs b = e.lcaInputs();
        int year = e.model().publicationDate().orElseThrow().getYear();
        Impacts perKwh = b.gridPerKwh();
        double pue = b.pue();
        if (moved.isPresent()) {
            GridAndPue grid = moved.get().grid(e.model());
            perKwh = grid.perKwh();
            if (changed.use().useModel() == Assumptions.UseModel.STUDY) {
                pue = grid.sitePue().orElse(changed.pue(year));
            }
        }
        return new LcaKernel.Inputs(b.gpuHours(), b.kwPerGpu(), b.drawShare(), pue, perKwh,
                changed.gridScale().at(year), b.cardFixed(), b.cardMemoryDies(), b.memoryDensityMultiplier(), b.server(),
                b.cardsPerServer(), changed.usefulLifeHours());
    }
}
