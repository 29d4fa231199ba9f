package org.rebound.stats;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/** Who belongs to each subgroup of the fixture (its domain, card vendor and date read off models.csv), and which are fitted. */
class SubgroupTest {
    private static ProjectData data;
    private static Assumptions assumptions;
    private static List<Estimate> estimates;

    @BeforeAll
    static void estimate() {
        data = ProjectDataReader.read(Project.data());
        assumptions = Assumptions.from(data.parameters(), data.edition());
        estimates = new Estimator(data, assumptions).estimate(Fixture.models()).estimates();
    }

    private static List<String> members(Subgroup g) {
        return estimates.stream().filter(g::contains).map(e -> e.model().name() + " " + e.model().publicationDate()
                .orElseThrow().getYear()).toList();
    }

    @Test
    void keysAndLabels() {
        assertEquals(List.of("all", "language", "nvidia", "before-2018", "from-2018", "hardware-known"),
                java.util.Arrays.stream(Subgroup.values()).map(Subgroup::key).toList());
        assertEquals(List.of("all models", "language models", "NVIDIA-trained", "published before 2018",
                "published 2018 or later", "hardware known (none imputed)"),
                java.util.Arrays.stream(Subgroup.values()).map(Subgroup::label).toList());
    }

    @Test
    void theFixturesMembers() {
        assertEquals(List.of("Transformer 2014", "Transformer 2017", "AlphaGo Zero 2017", "StyleGAN 2018",
                "GPT-3 175B (davinci) 2020", "Gopher (280B) 2021", "ERNIE 3.0 Titan 2021", "BLOOM-176B 2022",
                "Llama 3.3 70B 2024"), members(Subgroup.ALL));
        // Domain "Language"; not Vision, Games, Image generation.
        assertEquals(List.of("Transformer 2017", "GPT-3 175B (davinci) 2020", "Gopher (280B) 2021",
                "ERNIE 3.0 Titan 2021", "BLOOM-176B 2022", "Llama 3.3 70B 2024"), members(Subgroup.LANGUAGE));
        // Every card but Google's TPUs (AlphaGo Zero, Gopher); ERNIE's first card is a V100.
        assertEquals(List.of("Transformer 2014", "Transformer 2017", "StyleGAN 2018", "GPT-3 175B (davinci) 2020",
                "ERNIE 3.0 Titan 2021", "BLOOM-176B 2022", "Llama 3.3 70B 2024"), members(Subgroup.NVIDIA));
        assertEquals(List.of("Transformer 2014", "Transformer 2017", "AlphaGo Zero 2017"), members(Subgroup.BEFORE_2018));
        assertEquals(List.of("StyleGAN 2018", "GPT-3 175B (davinci) 2020", "Gopher (280B) 2021", "ERNIE 3.0 Titan 2021",
                "BLOOM-176B 2022", "Llama 3.3 70B 2024"), members(Subgroup.FROM_2018));
    }

    @Test
    void newYearsDayOf2018IsFrom2018() {
        List<NotableModel> models = List.of(planted("eve", LocalDate.of(2017, 12, 31), "Vision"),
                planted("day", LocalDate.of(2018, 1, 1), "Multimodal, Language"));
        List<Estimate> two = new Estimator(data, assumptions).estimate(models).estimates();
        assertEquals(2, two.size());
        Map<String, List<String>> by = java.util.Arrays.stream(Subgroup.values()).collect(Collectors.toMap(Subgroup::key,
                g -> two.stream().filter(g::contains).map(e -> e.model().name()).toList()));
        assertEquals(Map.of("all", List.of("eve", "day"), "language", List.of("day"), "nvidia", List.of("eve", "day"),
                "before-2018", List.of("eve"), "from-2018", List.of("day"), "hardware-known", List.of("eve", "day")), by);
    }

    /**
     * A run whose card was imputed (the best estimate's Claude 2 of the fixture, on an NVIDIA card of its year) is in
     * neither the NVIDIA-trained group nor the hardware-known one: its card is not evidence.
     */
    @Test
    void anImputedRunIsNeitherNvidiaTrainedNorOfKnownHardware() {
        List<Estimate> best = new Estimator(data, assumptions, org.rebound.estimate.Configuration.REBOUND)
                .estimate(Fixture.models()).estimates();
        Estimate claude = best.stream().filter(e -> e.model().name().equals("Claude 2")).findFirst().orElseThrow();
        assertTrue(claude.hardwareImputed());
        assertEquals("NVIDIA", claude.cardFootprint().accelerator().vendor());
        assertTrue(Subgroup.ALL.contains(claude));
        assertFalse(Subgroup.NVIDIA.contains(claude));
        assertFalse(Subgroup.HARDWARE_KNOWN.contains(claude));
        assertEquals(best.size() - 1, best.stream().filter(Subgroup.HARDWARE_KNOWN::contains).count());
    }

    private static NotableModel planted(String name, LocalDate date, String domain) {
        return Models.model(name).published(date).domain(domain).computeFlop(1e20).hours(100).hardware("NVIDIA V100")
                .quantity(8).build();
    }

    /** A subgroup is fitted when it has at least the minimum of models, on its own members only. */
    @Test
    void subgroupsOfAtLeastTheMinimumAreFittedOnTheirMembers() {
        Map<String, Integer> atThree = fitted(3);
        assertEquals(Map.of("all", 9, "language", 6, "nvidia", 7, "before-2018", 3, "from-2018", 6,
                "hardware-known", 9), atThree);
        assertEquals(Map.of("all", 9, "language", 6, "nvidia", 7, "from-2018", 6, "hardware-known", 9), fitted(4));
        assertEquals(Map.of("all", 9, "language", 6, "nvidia", 7, "from-2018", 6, "hardware-known", 9), fitted(6));
        assertEquals(Map.of("all", 9, "nvidia", 7, "hardware-known", 9), fitted(7));
        assertEquals(Map.of(), fitted(10));
        // The language fit is the fit of the language models' GWP, and nothing else.
        List<Trends.Point> language = estimates.stream().filter(e -> e.model().domain().equals("Language"))
                .map(e -> new Trends.Point(org.rebound.domain.Units.decimalYear(e.model().publicationDate().orElseThrow()),
                        Measure.GWP.of(e))).toList();
        TrendFit expected = Trends.fit(language).orElseThrow();
        TrendRow row = TrendTable.fit("s", estimates, 3).stream().filter(r -> r.subgroup().equals("language")
                && r.measure().equals("gwp_kgco2e")).findFirst().orElseThrow();
        assertEquals(expected, row.fit());
        assertEquals("s", row.scenario());
        assertEquals(Measure.GWP.title(), row.title());
    }

    /** Subgroup key → points of its GWP fit, when fitted. */
    private static Map<String, Integer> fitted(int minModels) {
        List<TrendRow> rows = TrendTable.fit("baseline", estimates, minModels);
        assertEquals(0, rows.size() % TrendTable.MEASURES.size(), "every measure of a fitted subgroup");
        return rows.stream().filter(r -> r.measure().equals("gwp_kgco2e"))
                .collect(Collectors.toMap(TrendRow::subgroup, r -> r.fit().n()));
    }
}
