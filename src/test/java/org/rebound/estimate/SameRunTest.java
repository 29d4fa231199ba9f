package org.rebound.estimate;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/** Entries that describe one training run keep their pages and count once. */
class SameRunTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());

    private static NotableModel model(String name, String date, double hours, long line) {
        return Models.model(name).organization("OpenAI").published(date).computeFlop(2.1e25).hours(hours)
                .hardware("NVIDIA A100 SXM4 40 GB").quantity(25000).countries("United States of America").line(line)
                .build();
    }

    private static Estimation estimate(Configuration c, List<NotableModel> models) {
        return new Estimator(DATA, Assumptions.from(DATA.parameters(), DATA.edition()), c).estimate(models);
    }

    @Test
    void aLaterEntryOfTheSameRunCountsOnce() {
        NotableModel june = model("GPT-4 (Jun 2023)", "2023-06-13", 2280, 3);
        NotableModel march = model("GPT-4 (Mar 2023)", "2023-03-15", 2280, 2);
        NotableModel other = model("Other", "2023-04-01", 1000, 4);
        Estimation e = estimate(Configuration.REBOUND, List.of(june, march, other));
        assertEquals(3, e.estimates().size(), "every entry keeps its page");
        assertEquals(List.of("GPT-4 (Mar 2023)", "Other"), e.runs().stream().map(x -> x.model().name()).toList());
        Estimate jun = e.estimates().stream().filter(x -> x.model() == june).findFirst().orElseThrow();
        assertEquals(Optional.of(march), e.sameRunAs(jun), "the earlier entry is the run");
        assertTrue(estimate(Configuration.STUDY, List.of(june, march)).sameRunAs().isEmpty(),
                "the study's choices count every entry");
    }
}
