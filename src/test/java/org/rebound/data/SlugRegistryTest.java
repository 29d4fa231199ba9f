package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.domain.RegisteredSlug;
import org.rebound.problem.Problem;
import org.rebound.support.Project;

/** The slug registry: read strictly, written back sorted, the same bytes for the same registry. */
class SlugRegistryTest {
    @TempDir
    Path tmp;

    @Test
    void aBadRowIsReportedWithItsPlaceAndLeftOut() throws IOException {
        Path file = tmp.resolve("slugs.csv");
        Files.writeString(file, "slug,model,publication_date,registered\n"
                + "gpt-3,GPT-3,2020-05-28,2026\n"
                + "gpt-3,GPT-3 again,2020-06-01,2026\n"
                + "GPT_4,GPT-4,2023-03-15,2026\n"
                + "gpt-3-2,GPT-3,2020-05-28,2026\n"
                + "bloom,BLOOM,2022-07-11,\n", StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        List<RegisteredSlug> read = ProjectDataReader.slugs(file, problems);
        assertEquals(List.of(new RegisteredSlug("gpt-3", "GPT-3", Optional.of(java.time.LocalDate.parse("2020-05-28")),
                2026)), read);
        String f = file.toString();
        assertEquals(List.of(
                f + ":3:1: found 'gpt-3' a second time, expected each slug once",
                f + ":4:1: found 'GPT_4', expected lower-case letters and digits joined by single hyphens",
                f + ":5:2: found 'GPT-3' of 2020-05-28 a second time, expected each model once",
                f + ":6:4: found an empty cell, expected the edition year"),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void theRegistryIsWrittenSortedBySlug() {
        RegisteredSlug b = new RegisteredSlug("bloom-176b", "BLOOM-176B", Optional.of(java.time.LocalDate.parse(
                "2022-07-11")), 2026);
        RegisteredSlug a = new RegisteredSlug("alexnet", "AlexNet", Optional.empty(), 2027);
        assertEquals("slug,model,publication_date,registered,successor\nalexnet,AlexNet,,2027,\n"
                + "bloom-176b,BLOOM-176B,2022-07-11,2026,\n", SlugRegistry.csv(List.of(b), List.of(a)));
        assertEquals("slug,model,publication_date,registered,successor\nboxes,BOXES,1968-07-01,2026,boxes-pole\n",
                SlugRegistry.csv(List.of(new RegisteredSlug("boxes", "BOXES", Optional.of(java.time.LocalDate.parse(
                        "1968-07-01")), 2026).succeededBy("boxes-pole")), List.of()));
    }

    /** The live registry ({@code data/slugs.csv}, what the build reads): a check of the live data. */
    @Test
    @Tag("live-data")
    void theCommittedRegistryReadsWithoutProblems() {
        List<Problem> problems = new ArrayList<>();
        List<RegisteredSlug> read = ProjectDataReader.slugs(Project.liveData().resolve(ProjectDataReader.SLUGS_FILE), problems);
        assertEquals(List.of(), problems);
        assertEquals(read.size(), read.stream().map(RegisteredSlug::slug).distinct().count());
    }
}
