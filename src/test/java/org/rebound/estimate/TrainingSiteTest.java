package org.rebound.estimate;

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
import org.rebound.support.Shared;

/** Rebound's best estimate uses where a run took place; the study's choices use the organisations' countries. */
class TrainingSiteTest {
    private static ProjectData data;
    private static List<NotableModel> models;

    @BeforeAll
    static void read() throws IOException {
        data = ProjectDataReader.read(Shared.projectData());
        Path sample = Shared.projectData().resolve(data.edition().models());
        models = EpochReader.read(sample.toString(), Files.readAllBytes(sample)).models();
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
        assertEquals(List.of("FRA"), rebound.grid().iso3());
        assertEquals(GridChoice.TRAINING_SITE, rebound.grid().basis());
        assertTrue(rebound.grid().explanation().startsWith("Trained at Jean Zay"), rebound.grid().explanation());
        assertEquals(List.of("FRA", "USA"), study.grid().iso3());
        assertEquals(GridChoice.ORGANISATION, study.grid().basis());
        double france = data.gridFactors().stream().filter(g -> g.iso3().equals("FRA")).findFirst().orElseThrow()
                .perKwh().get(Indicator.GWP);
        assertEquals(rebound.energyKwh() * france, rebound.use().get(Indicator.GWP), 1e-9 * rebound.energyKwh());
        assertEquals(study.energyKwh(), rebound.energyKwh(), 1e-9 * study.energyKwh(), "no PUE published for Jean Zay");
        double usa = data.gridFactors().stream().filter(g -> g.iso3().equals("USA")).findFirst().orElseThrow()
                .perKwh().get(Indicator.GWP);
        assertEquals(france / ((france + usa) / 2), rebound.use().get(Indicator.GWP) / study.use().get(Indicator.GWP),
                1e-9, "the study's grid is the mean of France and the USA");
    }

    @Test
    void aPublishedPueReplacesTheMethodsAndSaysWhereItComesFrom() {
        Estimate rebound = estimate(Configuration.REBOUND, "PaLM (540B)");
        Estimate study = estimate(Configuration.STUDY, "PaLM (540B)");
        assertEquals(1.08, rebound.pue(), 1e-12);
        assertEquals(study.energyKwh() * 1.08 / study.pue(), rebound.energyKwh(), 1e-9 * rebound.energyKwh());
        DerivationStep pue = rebound.derivation().stream().filter(s -> s.key().equals("pue")).findFirst().orElseThrow();
        assertEquals("the training site's published PUE", pue.formula());
        assertTrue(pue.numbers().contains("2204.02311"), pue.numbers());
    }

    @Test
    void withoutASourceBothConfigurationsAgree() {
        Estimate rebound = estimate(Configuration.REBOUND, "Llama 3.3 70B");
        Estimate study = estimate(Configuration.STUDY, "Llama 3.3 70B");
        assertEquals(study.grid(), rebound.grid());
        assertEquals(study.total(), rebound.total());
    }
}
