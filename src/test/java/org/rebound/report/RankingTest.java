package org.rebound.report;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.stats.Measure;
import org.rebound.support.Project;

/** Runs ranked by a measure, overall and within their year, ties sharing the better place. */
class RankingTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());

    /** A run of 1,000 A100s for {@code hours}, by an organisation without a published PUE. */
    private static NotableModel model(String name, String organisation, String date, double hours, long line) {
        return Models.model(name).organization(organisation).published(date).computeFlop(1e23).hours(hours)
                .hardware("NVIDIA A100 SXM4 40 GB").quantity(1000).countries("United States of America").line(line)
                .build();
    }

    private static final Estimation ESTIMATION = new Estimator(DATA, Assumptions.from(DATA.parameters(),
            DATA.edition()), Configuration.REBOUND).estimate(List.of(
                    model("Big", "Lab D", "2022-05-01", 4000, 1),
                    model("Twin A", "Lab A", "2023-03-01", 2000, 2),
                    model("Twin B", "Lab B", "2023-03-01", 2000, 3),
                    model("Small", "Lab C", "2023-09-01", 500, 4)));

    private static Estimate run(String name) {
        return ESTIMATION.runs().stream().filter(e -> e.model().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void twoRunsOfTheSameSizeShareTheBetterPlace() {
        Ranking gwp = Ranking.of(ESTIMATION.runs(), Measure.GWP::of);
        assertEquals(4, ESTIMATION.runs().size(), "two organisations: two runs, not one");
        assertEquals(Measure.GWP.of(run("Twin A")), Measure.GWP.of(run("Twin B")), "the same inputs, the same GWP");
        assertEquals(new Ranking.Rank(0, 0, 3), gwp.overall(run("Big")));
        assertEquals(new Ranking.Rank(1, 1, 1), gwp.overall(run("Twin A")));
        assertEquals(new Ranking.Rank(1, 1, 1), gwp.overall(run("Twin B")));
        assertEquals(2, gwp.overall(run("Twin B")).fromLargest(), "tied for 2nd");
        assertEquals(new Ranking.Rank(3, 0, 0), gwp.overall(run("Small")));
        assertEquals(1, gwp.overall(run("Small")).fromSmallest());
    }

    @Test
    void withinItsYearARunIsRankedAmongThatYearsRunsOnly() {
        Ranking energy = Ranking.of(ESTIMATION.runs(), Measure.ENERGY::of);
        assertEquals(new Ranking.Rank(0, 0, 0), energy.inYear(run("Big")), "the only run of 2022");
        assertEquals(new Ranking.Rank(0, 1, 1), energy.inYear(run("Twin A")), "tied largest of 2023's 3");
        assertEquals(new Ranking.Rank(2, 0, 0), energy.inYear(run("Small")));
        assertEquals(3, energy.inYear(run("Small")).count());
    }

    @Test
    void aValueNotRankedIsRefused() {
        Ranking gwp = Ranking.of(List.of(run("Big")), Measure.GWP::of);
        assertThrows(IllegalArgumentException.class, () -> gwp.overall(run("Small")));
        assertThrows(IllegalArgumentException.class, () -> gwp.inYear(run("Small")));
    }
}
