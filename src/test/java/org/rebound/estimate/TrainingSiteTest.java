package org.rebound.estimate;

import org.rebound.support.Steps;
import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/** Rebound's best estimate uses where a run took place; the study's choices use the organisations' countries. */
class TrainingSiteTest {
    private static ProjectData data;
    private static List<NotableModel> models;

    @BeforeAll
    static void read() throws IOException {
        data = ProjectDataReader.read(Project.data());
        Path sample = Fixture.SAMPLE;
        models = EpochReader.read(sample.toString(), Files.readAllBytes(sample)).models();
    }

    /**
     * The best estimate's share of TDP drawn against the study's (1): the measured draws' median
     * ({@link DrawShareFit}), for a card without a measured draw.
     */
    private static double drawShare() {
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        return new Estimator(data, a, Configuration.REBOUND).assumptions().use().tdpDrawShare()
                / a.use().tdpDrawShare();
    }

    private static Estimate estimate(Configuration c, String name) {
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        return new Estimator(data, a, c).estimate(models).estimates().stream()
                .filter(e -> e.model().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void bloomTrainedInFranceNotInTheMeanOfItsOrganisationsCountries() {
        Estimate rebound = estimate(Configuration.REBOUND, "BLOOM-176B");
        Estimate study = estimate(Configuration.STUDY, "BLOOM-176B");
        assertEquals(List.of("FRA"), rebound.gridAndPue().iso3());
        assertEquals(GridAndPue.TRAINING_SITE, rebound.gridAndPue().basis());
        assertTrue(rebound.gridAndPue().explanation().startsWith("Trained at Jean Zay"), rebound.gridAndPue().explanation());
        assertEquals(List.of("FRA", "USA"), study.gridAndPue().iso3());
        assertEquals(GridAndPue.ORGANISATION, study.gridAndPue().basis());
        // The best estimate takes the 1,082,990 GPU-hours BigScience published (the study, Epoch's time × cards).
        assertEquals(org.rebound.domain.GpuHoursMethod.PUBLISHED, rebound.gpuHours().method());
        assertEquals(1082990, rebound.gpuHours().value());
        double hours = rebound.gpuHours().value() / study.gpuHours().value();
        assertEquals(study.energyKwh() * drawShare() * hours, rebound.energyKwh(), 1e-9 * study.energyKwh(),
                "no PUE published for Jean Zay; the median share of TDP drawn");
        double france = data.gridFactors().stream().filter(g -> g.iso3().equals("FRA")).findFirst().orElseThrow()
                .perKwh().get(Indicator.GWP);
        double usa = data.gridFactors().stream().filter(g -> g.iso3().equals("USA")).findFirst().orElseThrow()
                .perKwh().get(Indicator.GWP);
        assertEquals(study.energyKwh() * (france + usa) / 2, study.electricity().get(Indicator.GWP), 1e-9 * study.energyKwh(),
                "the study's grid is the mean of France and the USA, one year for all runs");
    }

    @Test
    void bestEstimateUsesTheCarbonIntensityOfTheTrainingYear() {
        // BLOOM-176B: published 2022-07-11 (the sample), 2,808 h of training: its midpoint falls in 2022, when
        // France's electricity emitted 78.54 g CO2e/kWh (Our World in Data, Ember); electricity-factors.csv's single
        // figure is 0.098 (Ember 2020 via Boavizta).
        Estimate rebound = estimate(Configuration.REBOUND, "BLOOM-176B");
        assertEquals(2022, Grids.trainingYear(rebound.model()));
        assertEquals(rebound.energyKwh() * 0.07854, rebound.electricity().get(Indicator.GWP), 1e-9 * rebound.energyKwh());
        assertTrue(rebound.gridAndPue().explanation().contains("carbon intensity of 2022, the run's training year"),
                rebound.gridAndPue().explanation());
        double adpeFrance = data.gridFactors().stream().filter(g -> g.iso3().equals("FRA")).findFirst().orElseThrow()
                .perKwh().get(Indicator.ADPE);
        assertEquals(rebound.energyKwh() * adpeFrance, rebound.electricity().get(Indicator.ADPE), 1e-9 * rebound.energyKwh()
                * adpeFrance, "other indicators keep electricity-factors.csv's figures");
    }

    @Test
    void aYearTheTableLacksTakesTheNearestYearBeforeItElseTheFirstAfter() {
        java.util.TreeMap<Integer, org.rebound.domain.GridYearFactor> years = new java.util.TreeMap<>();
        for (int y : new int[] {2010, 2011, 2025}) {
            years.put(y, new org.rebound.domain.GridYearFactor("FRA", y, y / 1e4, "test"));
        }
        assertEquals(2025, Grids.nearest(years, 2026).year());
        assertEquals(2011, Grids.nearest(years, 2024).year());
        assertEquals(2011, Grids.nearest(years, 2011).year());
        assertEquals(2010, Grids.nearest(years, 2005).year());
    }

    /** Gopher, published in December 2021 after 920 h, trained in November and December 2020 (Rae et al. 2021). */
    @Test
    void theTrainingYearASourceGivesSetsTheGridsYear() {
        Estimate rebound = estimate(Configuration.REBOUND, "Gopher (280B)");
        assertEquals(2021, Grids.trainingYear(rebound.model()), "publication minus half the training time");
        assertTrue(rebound.gridAndPue().explanation().contains("of 2020, the run's training year"),
                rebound.gridAndPue().explanation());
        Estimate blind = estimate(Configuration.BLIND, "Gopher (280B)");
        assertTrue(blind.gridAndPue().explanation().contains("of 2021, the run's training year"),
                blind.gridAndPue().explanation());
    }

    /**
     * Gopher trained in Google's Georgia data centre: the USA's carbon intensity of 2020 (Our World in Data, Ember:
     * 411.73 g CO2e/kWh) times Georgia's grid against the country's in 2024 (Electricity Maps: Southern Company
     * 421.01 against 400.2 g CO2e/kWh, life cycle); the blind estimate, without the site, takes its organisation's country.
     */
    @Test
    void aSiteInAGridRegionScalesItsCountrysCarbonIntensityByTheRegionsRatio() {
        Estimate rebound = estimate(Configuration.REBOUND, "Gopher (280B)");
        double perKwh = rebound.electricity().get(Indicator.GWP) / rebound.energyKwh();
        assertEquals(0.41173 * 421.01 / 400.2, perKwh, 1e-9);
        assertTrue(rebound.gridAndPue().explanation().endsWith("; carbon intensity × 1.05: Georgia's grid (Southern "
                + "Company Services) emitted 421 g CO2e/kWh in 2024 against 400 for United States as a whole "
                + "(Electricity Maps (2025), United States 2024 Yearly Carbon Intensity Data (Version January 27, 2025), "
                + "via Green Algorithms data v3.1 (ODbL 1.0), data/grid-regions.csv)"), rebound.gridAndPue().explanation());
        double adpe = data.gridFactors().stream().filter(g -> g.iso3().equals("USA")).findFirst().orElseThrow().perKwh()
                .get(Indicator.ADPE);
        assertEquals(adpe, rebound.electricity().get(Indicator.ADPE) / rebound.energyKwh(), 1e-9 * adpe,
                "only the carbon intensity is regional");
        Estimate blind = estimate(Configuration.BLIND, "Gopher (280B)");
        assertTrue(!blind.gridAndPue().explanation().contains("grid-regions"), "the blind estimate knows no site");
    }

    @Test
    void aPublishedPueReplacesTheMethodsAndSaysWhereItComesFrom() {
        Estimate rebound = estimate(Configuration.REBOUND, "PaLM (540B)");
        Estimate study = estimate(Configuration.STUDY, "PaLM (540B)");
        assertEquals(1.08, rebound.power().pue(), 1e-12);
        // The tests' frozen published figures hold no GPU-hours for PaLM: both take Epoch's time × cards.
        assertEquals(study.gpuHours().value(), rebound.gpuHours().value());
        assertEquals(study.energyKwh() * drawShare() * 1.08 / study.power().pue(), rebound.energyKwh(),
                1e-9 * rebound.energyKwh());
        DerivationStep pue = rebound.derivation().stream().filter(s -> s.key().equals("pue")).findFirst().orElseThrow();
        assertEquals("the training site's published PUE", Steps.text(pue.formula()));
        assertTrue(Steps.text(pue.numbers()).contains("2204.02311"), Steps.text(pue.numbers()));
    }

    @Test
    void withoutASourceBothConfigurationsTakeTheOrganisationsCountriesOnlyTheYearDiffers() {
        // Olmo 3 (Allen Institute for AI, 2025-11-20, 1,344 h): no training site, no operator PUE.
        Estimate rebound = estimate(Configuration.REBOUND, "Olmo 3");
        Estimate study = estimate(Configuration.STUDY, "Olmo 3");
        assertEquals(List.of("USA"), rebound.gridAndPue().iso3());
        assertEquals(study.gridAndPue().iso3(), rebound.gridAndPue().iso3());
        assertEquals(GridAndPue.ORGANISATION, rebound.gridAndPue().basis());
        assertEquals(study.energyKwh() * drawShare(), rebound.energyKwh(), 1e-9 * rebound.energyKwh());
        assertEquals(study.production(), rebound.production());
        // 2025: 384.40 g/kWh in the USA (Our World in Data) against the single 0.370 of electricity-factors.csv.
        assertEquals(0.3844 / 0.370 * drawShare(),
                rebound.electricity().get(Indicator.GWP) / study.electricity().get(Indicator.GWP), 1e-9);
    }

    @Test
    void withoutASitePueARunTakesItsOperatorsPublishedFleetPueOfTheTrainingYear() {
        // Llama 2-70B (Meta AI, 2023-07-18, 1,728 h): trained in 2023, when Meta's fleet PUE was 1.08.
        Estimate rebound = estimate(Configuration.REBOUND, "Llama 2-70B");
        Estimate study = estimate(Configuration.STUDY, "Llama 2-70B");
        assertEquals(1.08, rebound.power().pue(), 1e-12);
        // And Meta's published 1,720,320 GPU-hours.
        assertEquals(1720320, rebound.gpuHours().value());
        assertEquals(study.energyKwh() * drawShare() * 1.08 / study.power().pue()
                * rebound.gpuHours().value() / study.gpuHours().value(), rebound.energyKwh(), 1e-9 * rebound.energyKwh());
        DerivationStep pue = rebound.derivation().stream().filter(s -> s.key().equals("pue")).findFirst().orElseThrow();
        assertEquals(GridAndPue.OPERATOR_PUE, Steps.text(pue.formula()));
        assertTrue(Steps.text(pue.numbers()).startsWith("Meta 2023"), Steps.text(pue.numbers()));
    }

    @Test
    void aSitePueWinsOverTheOperatorsAndARunBeforeTheOperatorsFirstFigureKeepsTheMethods() {
        // PaLM: its site's 1.08 (Google's fleet was 1.10 in 2022). AlphaGo Zero (DeepMind, 2017): Google's 2017 figure.
        assertEquals(1.08, estimate(Configuration.REBOUND, "PaLM (540B)").power().pue(), 1e-12);
        assertEquals(1.11, estimate(Configuration.REBOUND, "AlphaGo Zero").power().pue(), 1e-12);
        // GPT-1 (OpenAI, 2018): Microsoft Azure's first published figure is of 2022.
        Estimate gpt1 = estimate(Configuration.REBOUND, "GPT-1");
        assertEquals(estimate(Configuration.STUDY, "GPT-1").power().pue(), gpt1.power().pue(), 1e-12);
    }
}
