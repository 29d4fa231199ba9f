package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.domain.PublishedFootprint;
import org.rebound.problem.Problem;
import org.rebound.support.Project;

/** The published footprints file: every row read, a bad row reported and left out. */
class PublishedFootprintsTest {
    private static final String HEADER = "model,quantity,value,unit,scope,source_title,source_url,locator\n";

    @TempDir
    Path tmp;

    @Test
    void theTestsCopyOfTheFileIsReadWholeWithoutProblems() {
        List<Problem> problems = new ArrayList<>();
        List<PublishedFootprint> rows = ProjectDataReader.publishedFootprints(Project.data().resolve("published-footprints.csv"),
                problems);
        assertEquals(List.of(), problems);
        PublishedFootprint gpt3 = rows.stream().filter(r -> r.model().equals("GPT-3 175B (davinci)")
                && r.quantity() == PublishedFootprint.Quantity.GWP_KGCO2E).findFirst().orElseThrow();
        assertEquals(552100, gpt3.value());
        assertEquals("https://arxiv.org/abs/2104.10350", gpt3.sourceUrl());
    }

    @Test
    void anUnknownQuantityIsReportedWithItsPlace() throws IOException {
        Path file = tmp.resolve("published-footprints.csv");
        Files.writeString(file, HEADER + "GPT-3 175B (davinci),carbon,552100,tCO2e,run,Patterson 2021,https://x,T4\n"
                + "T5-11B,energy_kwh,85700,MWh,run,Patterson 2021,https://x,T4\n");
        List<Problem> problems = new ArrayList<>();
        List<PublishedFootprint> rows = ProjectDataReader.publishedFootprints(file, problems);
        assertEquals(List.of(file + ":2:2: found 'carbon', expected one of: energy_kwh, gwp_kgco2e, gpu_hours"),
                problems.stream().map(Object::toString).toList());
        assertEquals(1, rows.size());
    }
}
