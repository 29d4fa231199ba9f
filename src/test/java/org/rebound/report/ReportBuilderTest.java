package org.rebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;
import org.rebound.support.Fixture;

/**
 * The report of the fixture without its Claude 2 row, on the tests' frozen data: the narrative's values, the headlines
 * and the charts' texts and points, exact. Its nine runs, each on the hardware its row names, are fewer than the
 * trends' minimum of ten, so that the report's words for too few models are tested too; the fixture in full, with
 * Claude 2's card imputed, is {@link #theFullFixtureImputesClaude2sCardAndSaysSo}. Computed here (not taken from the
 * shared fixture site) so that the report is built inside this test, without rendering a site.
 */
class ReportBuilderTest {
    private static Report report;
    private static Report full;

    @BeforeAll
    static void compute(@TempDir Path tmp) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(Fixture.MODELS);
        Path nine = tmp.resolve("models-without-claude-2.csv");
        java.nio.file.Files.write(nine, lines.stream().filter(l -> !l.startsWith("Claude 2,")).toList());
        assertEquals(lines.size() - 1, java.nio.file.Files.readAllLines(nine).size());
        report = Build.compute(Build.Options.builder().data(Fixture.data()).out(tmp.resolve("site"))
                .models(nine.toString()).accessed(Optional.of(Fixture.ACCESSED)).build(), quiet()).report();
        full = Build.compute(Fixture.options(tmp.resolve("full")), quiet()).report();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The study's scenarios run too, on the study's estimates: the same scenarios, none of the imputed runs. */
    @Test
    void theStudysScenariosRunBesideTheBestEstimates() {
        assertEquals(full.scenarios().results().stream().map(x -> x.scenario().key()).toList(),
                full.scenarios().study().stream().map(x -> x.scenario().key()).toList());
        String key = full.scenarios().results().get(0).scenario().key();
        org.rebound.scenario.ScenarioResult study = full.scenarios().study(key).orElseThrow();
        // Its trends are those of the study's estimates under the scenario, re-fitted; no footprint is kept.
        List<org.rebound.scenario.ScenarioResult> again = org.rebound.scenario.Scenarios.run(full.data(),
                full.study().estimation(), org.rebound.estimate.Configuration.STUDY);
        assertEquals(again.get(0).trends(), study.trends());
        assertTrue(study.footprints().isEmpty());
        assertTrue(full.scenarios().results().get(0).footprints().keySet().stream()
                .anyMatch(m -> m.name().equals("Claude 2")));
        assertTrue(again.get(0).footprints().keySet().stream().noneMatch(m -> m.name().equals("Claude 2")));
        assertTrue(full.scenarios().study("no-such-scenario").isEmpty());
        // The blind figures: BLOOM's GPU-hours are Epoch's time × cards there, its makers' in the best estimate.
        Estimate bloom = full.estimates().stream().filter(e -> e.model().name().equals("BLOOM-176B")).findFirst()
                .orElseThrow();
        assertEquals(org.rebound.domain.GpuHoursMethod.PUBLISHED, bloom.gpuHours().method());
        assertEquals(bloom.gpuHours().h1().getAsDouble(), full.study().blind().get(bloom.model()).gpuHours(), 1e-9);
    }

    @Test
    void theFullFixtureImputesClaude2sCardAndSaysSo() {
        Estimate claude = full.estimates().stream().filter(e -> e.model().name().equals("Claude 2")).findFirst()
                .orElseThrow();
        assertTrue(claude.hardwareImputed());
        assertEquals(org.rebound.estimate.Imputation.Basis.YEAR_MIX, claude.imputation().orElseThrow().basis());
        assertEquals(10, full.estimates().size());
        assertEquals("1", full.summary().narrative().get("imputed_runs"));
        assertEquals("0", full.summary().narrative().get("imputed_by_fleet"));
        assertEquals("1", full.summary().narrative().get("imputed_by_mix"));
        assertEquals("Claude 2", full.summary().narrative().get("largest_model"));
        // The trend without it is the hardware-known subgroup's: nine runs, fewer than the minimum, so not fitted.
        assertEquals("n/a", full.summary().narrative().get("gwp_growth_hardware_known"));
        assertEquals("0", full.summary().narrative().get("gwp_fit_hardware_known_n"));
        // Its point on the trend charts is a ring, its tooltip says why; the others are filled.
        ChartSpec gwp = full.trends().gwpChart();
        List<ChartSpec.Point> rings = gwp.points().stream().filter(ChartSpec.Point::hollow).toList();
        assertEquals(List.of("Claude 2"), rings.stream().map(ChartSpec.Point::name).toList());
        assertTrue(rings.get(0).label().endsWith(ReportBuilder.IMPUTED_NOTE), rings.get(0).label());
        // A card's page does not count a run on a card imputed to it.
        String card = claude.cardFootprint().accelerator().id();
        assertTrue(full.hardware().cards().stream().filter(c -> c.card().id().equals(card)).findFirst().orElseThrow()
                .models().stream().noneMatch(Estimate::hardwareImputed));
        // The study's configuration leaves it out.
        assertTrue(full.study().estimation().estimates().stream().noneMatch(e -> e.model().name().equals("Claude 2")));
    }

    private static String n(String key) {
        return report.summary().narrative().get(key);
    }

    @Test
    void theNarrativeQuotesTheFixturesTotalsFitsAndData() {
        assertEquals("2026", n("edition_year"));
        assertEquals("Rebound 2026", n("edition_title"));
        assertEquals("https://github.com/rebound-report/rebound", n("repository"));
        assertEquals("Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)", n("licence_credit"));
        assertEquals("9", n("models_estimated"));
        assertEquals("10", n("models_total"));
        assertEquals("90 %", n("kept_share"));
        assertEquals("9", n("runs_estimated"));
        assertEquals("5,490", n("gwp_total_t"));
        assertEquals("10,800", n("energy_total_mwh"));
        assertEquals("13 %", n("embodied_share_gwp"));
        assertEquals("99 %", n("embodied_share_adpe"));
        assertEquals("6 %", n("embodied_share_pe"));
        assertEquals("ERNIE 3.0 Titan", n("largest_model"));
        assertEquals("2,170", n("largest_gwp_t"));
        assertEquals("×3.56", n("gwp_growth_per_year"));
        assertEquals("×1.05 to ×12.1", n("gwp_growth_ci"));
        assertEquals("0.55", n("gwp_doubling_years"));
        assertEquals("9", n("gwp_fit_n"));
        assertEquals("0.46", n("gwp_fit_r2"));
        assertEquals("2014–2024", n("gwp_fit_period"));
        assertEquals("yes", n("gwp_growth_persists"));
        assertEquals("222", n("cards_in_catalogue"));
        assertEquals("12", n("training_sites"));
        assertEquals("5", n("measured_draws"));
        assertEquals("2010–2025", n("grid_years"));
        assertEquals("1", n("hardware_splits"));
        assertEquals("DDR3 from 2009, DDR4 from 2014, DDR5 from 2022", n("server_dram_generations"));
        assertEquals("6", n("operators"));
        assertEquals("29", n("operator_years"));
        assertEquals("46", n("grid_year_countries"));
        assertEquals("25 %", n("decarbonization_max_rate"));
        assertEquals("0.5", n("param:allocation.utilization"));
    }

    @Test
    void theNarrativeQuotesValidationScenariosAndUncertainty() {
        assertEquals("5", n("validation_n"));
        assertEquals("5", n("validation_pairs_n"));
        assertEquals("0", n("validation_circular_n"));
        assertEquals("29 %", n("validation_ratio"));
        assertEquals("22 % to 40 %", n("validation_ratio_ci"));
        assertEquals("32 %", n("validation_origin_ratio"));
        assertEquals("29 %", n("validation_plausible_ratio"));
        assertEquals("22 % to 40 %", n("validation_plausible_ci"));
        assertEquals("5", n("validation_plausible_n"));
        assertEquals("agree", n("validation_plausible_agrees"));
        assertEquals("agree", n("validation_agrees"));
        assertEquals("2,000", n("uncertainty_draws"));
        assertEquals("×1.31 to ×9.55", n("gwp_growth_p05_p95"));
        assertEquals("12", n("scenarios_total"));
        assertEquals("0", n("scenarios_growth_persists"));
        // Too few models for the decarbonization scenarios' fits.
        assertEquals("n/a", n("decarbonization_fastest_growth"));
        Optional<org.rebound.stats.Uncertainty.Interval> gwp = report.growthInterval("gwp_kgco2e");
        assertEquals(1.3114648186993128, gwp.orElseThrow().p05(), 1e-9);
        assertEquals(9.55445059694888, gwp.orElseThrow().p95(), 1e-9);
        assertEquals(Optional.empty(), report.growthInterval("no-such-measure"));
    }

    @Test
    void theHeadlinesSayWhatTheNarrativeSays() {
        assertEquals(List.of(
                new Headline("×3.56 a year", "growth of the carbon footprint (GWP) of training a notable model",
                        "Doubling every 0.55 years; 95 % CI ×1.05 to ×12.1; 9 models, 2014–2024, R² 0.46."),
                new Headline("5,490 t CO2 eq", "GWP of training the 9 models estimated", "Production of the hardware "
                        + "allocated to the runs, and their electricity; 9 training runs, each counted once."),
                new Headline("2,170 t CO2 eq", "the largest single run: ERNIE 3.0 Titan",
                        "Its page shows every step of the estimate."),
                new Headline("99 %", "of metal and mineral depletion (ADPe) comes from producing the hardware",
                        "Against 13 % of GWP: the use phase is not the whole story."),
                new Headline("0 of 12", "scenarios where the growth persists", "Cleaner grids, location shifting, "
                        + "longer-lived or busier hardware: the fitted growth stays above zero with its confidence "
                        + "interval."),
                new Headline("90 %", "of the 10 models in the data could be estimated",
                        "The others lack hardware, compute or training time; each is listed with its reason.")),
                report.summary().headlines());
        assertEquals(List.of(new ReasonCount("out of date range", 1)), report.exclusionCounts());
        assertEquals(List.of(new ReasonCount("out of date range", 1)), full.exclusionCounts());
    }

    @Test
    void theValidationChartPlotsReportedAgainstFullPeakHours() {
        ChartSpec v = report.validation().gpuHoursChart();
        assertEquals("gpu-hours-validation", v.id());
        assertEquals("Reported GPU-hours against GPU-hours at full peak (training compute ÷ the card's peak ÷ 3,600 "
                + "seconds) for 5 models: the implied share of peak is 29 % (95 % CI 22 % to 40 %), against 27 % "
                + "assumed.", v.description());
        assertTrue(v.logX() && v.logY());
        assertEquals(List.of("Transformer: 2,020 GPU-h reported, share of peak 30 %",
                "Transformer: 672 GPU-h reported, share of peak 32 %",
                "GPT-3 175B (davinci): 3,550,000 GPU-h reported, share of peak 20 %",
                "Gopher (280B): 3,770,000 GPU-h reported, share of peak 38 %",
                "BLOOM-176B: 1,080,000 GPU-h reported, share of peak 30 %"),
                v.points().stream().map(ChartSpec.Point::label).toList());
        assertEquals(3552000.0, v.points().get(2).y());
        assertEquals(697777.7777777778, v.points().get(2).x(), 1e-6);
        assertEquals(List.of("assumed ratio 0.27", "fitted ratio 0.29 (log-log)"),
                v.lines().stream().map(ChartSpec.Line::label).toList());
        assertEquals(List.of(0, 1), v.lines().stream().map(ChartSpec.Line::style).toList());
        // From the smallest full-peak hours to the largest, at hours ÷ ratio.
        double min = 216.49884526558893;
        double max = 1425022.5835591692;
        double[] from = v.lines().get(0).xy().get(0);
        double[] to = v.lines().get(0).xy().get(1);
        assertEquals(min, from[0], 1e-9);
        assertEquals(min / 0.27, from[1], 1e-9);
        assertEquals(max, to[0], 1e-6);
        assertEquals(max / 0.27, to[1], 1e-3);
        assertEquals(738.3279118881783, v.lines().get(1).xy().get(0)[1], 1e-6);
        assertEquals(4859767.0219535725, v.lines().get(1).xy().get(1)[1], 1e-3);
    }

    @Test
    void eachScenarioFamilyChartsItsYearsAsAShareOfTheBaseline() {
        List<ChartSpec> charts = report.scenarios().charts();
        assertEquals(List.of("scenario-location", "scenario-decarbonization", "scenario-lifespan",
                "scenario-utilization"), charts.stream().map(ChartSpec::id).toList());
        ChartSpec decarbonization = charts.get(1);
        assertEquals("GWP under the decarbonization scenarios, as a share of the baseline", decarbonization.title());
        assertEquals("Each year's GWP of training under each scenario, as a share of the baseline's; Grids −10 % a "
                + "year: 63 % in 2024; Grids −25 % a year: 31 % in 2024 (baseline ×3.56 a year).",
                decarbonization.description());
        assertEquals(List.of("baseline ×3.56/yr", "Grids −10 % a year", "Grids −25 % a year"),
                decarbonization.lines().stream().map(ChartSpec.Line::label).toList());
        assertEquals(List.of(6, 1, 2), decarbonization.lines().stream().map(ChartSpec.Line::style).toList());
        List<Double> years = List.of(2014.0, 2017.0, 2018.0, 2020.0, 2021.0, 2022.0, 2024.0);
        for (ChartSpec.Line line : decarbonization.lines()) {
            assertEquals(years, line.xy().stream().map(xy -> xy[0]).toList(), line.label());
        }
        assertEquals(List.of(100.0, 100.0, 100.0, 100.0, 100.0, 100.0, 100.0),
                decarbonization.lines().get(0).xy().stream().map(xy -> xy[1]).toList());
        double[] minus25 = decarbonization.lines().get(2).xy().stream().mapToDouble(xy -> xy[1]).toArray();
        assertEquals(100, minus25[2], 1e-9, "2018: before the grids fall");
        assertEquals(79.32975727855984, minus25[3], 1e-9);
        assertEquals(31.245937860330088, minus25[6], 1e-9);
        ChartSpec lifespan = charts.get(2);
        assertEquals("Each year's GWP of training under each scenario, as a share of the baseline's; Lifespan 1 y: "
                + "120 % in 2024; Lifespan 2 y: 100 % in 2024; Lifespan 3 y: 100 % in 2024; Lifespan 4 y: 98 % in 2024; "
                + "Lifespan 5 y: 96 % in 2024 (baseline ×3.56 a year).", lifespan.description());
        assertEquals(List.of(6, 1, 2, 3, 4, 5), lifespan.lines().stream().map(ChartSpec.Line::style).toList());
        assertEquals(128.4627422888423, lifespan.lines().get(1).xy().get(0)[1], 1e-9);
        assertEquals(Optional.empty(), lifespan.fit());
        assertTrue(lifespan.points().isEmpty());
        assertEquals("Each year's GWP of training under each scenario, as a share of the baseline's; Location shifting "
                + "to Norway: 17 % in 2024 (baseline ×3.56 a year).", charts.get(0).description());
        assertEquals(16.82067301369674, charts.get(0).lines().get(1).xy().get(6)[1], 1e-9);
    }

    @Test
    void aModelsScenarioValuesAreItsFootprintUnderEachScenario() {
        List<Report.ScenarioValue> values = report.scenarioValues(report.estimates().get(0));
        assertEquals(12, values.size());
        Estimate first = report.estimates().get(0);
        assertEquals("Transformer", first.model().name());
        assertEquals(new Report.ScenarioValue("Location shifting to Norway", "Every run uses the electricity of Norway "
                + "(0.031 kg CO2 eq/kWh); production is unchanged.", values.get(0).gwpKgCo2e(), first.energyKwh()),
                values.get(0));
        assertEquals(71.92923031872624, values.get(0).gwpKgCo2e(), 1e-9);
        assertEquals(450.33902433597723, values.get(3).gwpKgCo2e(), 1e-9);
        assertEquals("Lifespan 1 y", values.get(3).label());
        // The baseline's own lifespan and utilization give the baseline's GWP.
        assertEquals(first.total().get(Indicator.GWP), values.get(5).gwpKgCo2e(), 1e-9);
        assertEquals(first.total().get(Indicator.GWP), values.get(9).gwpKgCo2e(), 1e-9);
        assertEquals(105.05759649549289, report.scenarioValues(report.estimates().get(1)).get(11).gwpKgCo2e(), 1e-9);
    }

    @Test
    void withTooFewModelsTheTrendChartsSaySo() {
        ChartSpec gwp = report.trends().charts().stream().filter(c -> c.id().equals("gwp-kgco2e-trend")).findFirst()
                .orElseThrow();
        assertEquals(gwp, report.trends().gwpChart());
        assertEquals("GWP of training notable AI models", gwp.title());
        assertEquals("GWP of training 9 notable AI models, on a log scale; too few models for a trend.",
                gwp.description());
        assertEquals("GWP (kg CO2 eq), log scale", gwp.yLabel());
        assertEquals("Transformer (2014-09-04): 351 kg CO2 eq", gwp.points().get(0).label());
        assertEquals(9, gwp.points().size());
        ChartSpec compute = report.trends().charts().get(0);
        assertEquals("training-compute-flop-trend", compute.id());
        assertEquals("Training compute of notable AI models", compute.title(), "not 'of training' twice");
        assertEquals(List.of(), report.fittedSubgroups());
        assertEquals(Optional.empty(), report.baselineFit("gwp_kgco2e"));
    }

    @Test
    void theCardTrendsFitProductionByReleaseDate() {
        assertEquals(org.rebound.domain.Indicator.ALL.stream().map(i -> "card-" + i.key() + "-trend").toList(),
                report.hardware().cardTrends().stream().map(c -> c.chart().id()).toList());
        assertEquals("card-gwp-trend", report.hardware().cardTrends().get(0).chart().id());
        ChartSpec gwp = report.hardware().cardTrends().get(0).chart();
        assertEquals("GWP of producing one card by release date", gwp.title());
        assertEquals("GWP of producing one card, for 208 cards released 2013–2025, on a log scale: ×1.09 a year (95 % "
                + "CI ×1.07 to ×1.12); R² 0.28.", gwp.description());
        assertEquals(208, gwp.points().size());
        assertEquals("Amazon Trainium1 (2022): 243 kg CO2 eq", gwp.points().get(0).label());
        assertEquals(new Subject.Card("amazon-trainium1"), gwp.points().get(0).subject());
        assertEquals(222, report.hardware().cards().size());
        assertEquals(2, report.hardware().cards().stream().filter(c -> c.slug().equals("nvidia-tesla-v100-sxm2-32gb"))
                .findFirst().orElseThrow().models().size());
    }

    @Test
    void aNodesDieGwpIsFabElectricityGasesAndMaterialsOverTheYield() {
        org.rebound.domain.NodeFactor n3 = report.data().nodes().get(0);
        assertEquals(3.0, n3.nodeNm());
        assertEquals(3.274, report.dieGwpKgPerCm2(n3), 1e-9);
    }
}
