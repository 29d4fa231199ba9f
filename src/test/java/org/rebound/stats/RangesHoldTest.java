package org.rebound.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Configuration;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/**
 * The best estimate lies inside its own 5–95 % range, for energy and every indicator of every model of the 38-row
 * sample: the share of TDP drawn is the measured draws' median, with the Monte Carlo drawing around it (with the
 * study's TDP × 1 it lay above the 95th percentile of energy for runs without a measured draw).
 */
class RangesHoldTest {

    @Test
    void everyPointEstimateLiesInsideItsRange() throws IOException {
        ProjectData data = ProjectDataReader.read(Project.data());
        Assumptions assumptions = Assumptions.from(data.parameters(), data.edition());
        Estimator rebound = new Estimator(data, assumptions, Configuration.REBOUND);
        List<Estimate> estimates = rebound.estimate(EpochReader.read(Fixture.SAMPLE.toString(),
                Files.readAllBytes(Fixture.SAMPLE)).models()).estimates();
        assertTrue(estimates.size() >= 30, "the sample's estimates: " + estimates.size());
        Uncertainty.Result r = Uncertainty.run(estimates, data.parameters(), rebound.assumptions(), 2000, 7);
        List<String> outside = new ArrayList<>();
        for (Estimate e : estimates) {
            Uncertainty.ModelRange range = r.model(e.model()).orElseThrow();
            check(outside, e.model().name() + " energy", e.energyKwh(), range.energyKwh());
            for (Indicator i : Indicator.ALL) {
                check(outside, e.model().name() + " " + i, e.total().get(i), range.of(i));
            }
        }
        assertEquals(List.of(), outside, "points outside their 5–95 % range");
    }

    /** A point outside its interval; a run with nothing drawn has an interval of one value, its point. */
    private static void check(List<String> outside, String what, double point, Uncertainty.Interval range) {
        double tolerance = 1e-9 * Math.abs(point);
        if (point < range.p05() - tolerance || point > range.p95() + tolerance) {
            outside.add(what + ": " + point + " outside " + range.p05() + " to " + range.p95());
        }
    }
}
