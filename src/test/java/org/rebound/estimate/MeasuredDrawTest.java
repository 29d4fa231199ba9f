package org.rebound.estimate;

import org.rebound.support.Steps;
import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/** Rebound's best estimate powers a card at its measured training draw where one is published. */
class MeasuredDrawTest {
    @Test
    void gopherOnTpuV3DrawsThePublishedSystemPowerPerChip() throws IOException {
        ProjectData data = ProjectDataReader.read(Project.data());
        Path sample = Fixture.SAMPLE;
        List<NotableModel> models = EpochReader.read(sample.toString(), Files.readAllBytes(sample)).models();
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        Estimate rebound = gopher(new Estimator(data, a, Configuration.REBOUND).estimate(models));
        Estimate study = gopher(new Estimator(data, a, Configuration.STUDY).estimate(models));
        double measured = data.powerDraws().stream().filter(d -> d.cardId().equals("google-tpu-v3")).findFirst()
                .orElseThrow().drawWatts();
        assertEquals(rebound.gpuHours().value() * measured / 1000 * rebound.power().pue(), rebound.energyKwh(), 1e-9 * rebound.energyKwh());
        assertEquals(study.gpuHours().value() * study.power().tdpWatts() / 1000 * a.use().tdpDrawShare() * study.power().pue(), study.energyKwh(),
                1e-9 * study.energyKwh());
        DerivationStep energy = rebound.derivation().stream().filter(s -> s.key().equals("energy")).findFirst()
                .orElseThrow();
        assertTrue(Steps.text(energy.formula()).contains("measured draw"), Steps.text(energy.formula()));
        assertTrue(org.rebound.support.Steps.texts(rebound.notes()).stream().anyMatch(n -> n.contains("Patterson")), org.rebound.support.Steps.texts(rebound.notes()).toString());
    }

    private static Estimate gopher(Estimation e) {
        return e.estimates().stream().filter(x -> x.model().name().equals("Gopher (280B)")).findFirst().orElseThrow();
    }
}
