package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.support.Models;
import org.rebound.support.Project;

/** The best estimate's share of peak: a log-normal fitted to the measured utilisations of the input. */
class ShareOfPeakFitTest {

    private static NotableModel run(String name, int year, double mfu) {
        return Models.model(name).published(LocalDate.of(year, 7, 2)).computeFlop(1e23).hardware("NVIDIA H100 SXM5 80GB")
                .mfu(OptionalDouble.of(mfu)).build();
    }

    @Test
    void aPlantedShareIsFoundWithItsSpreadAndNoTrend() {
        // Twelve runs, 0.2 and 0.5 alternating over 2019–2024: the geometric mean is √0.1, the same every year.
        List<NotableModel> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(run("r" + i, 2019 + i / 2, i % 2 == 0 ? 0.2 : 0.5));
        }
        ShareOfPeakFit fit = ShareOfPeakFit.of(runs).orElseThrow();
        assertEquals(12, fit.n());
        assertEquals(Math.sqrt(0.1), fit.median(), 1e-12);
        double half = Math.log(0.5 / 0.2) / 2;
        assertEquals(Math.sqrt(half * half * 12 / 11), fit.sigma(), 1e-12);
        assertTrue(fit.medianCiLow() < fit.median() && fit.median() < fit.medianCiHigh());
        assertEquals(1, fit.changePerYear(), 0.05);
        assertFalse(fit.changesWithYear());
        assertEquals(fit.median(), fit.distribution().quantile(0.5), 1e-12);
    }

    @Test
    void aRisingShareIsSeenAsATrend() {
        List<NotableModel> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(run("r" + i, 2014 + i, 0.1 * Math.pow(1.1, i)));
        }
        ShareOfPeakFit fit = ShareOfPeakFit.of(runs).orElseThrow();
        assertEquals(1.1, fit.changePerYear(), 1e-5); // decimal years: leap years shift July by a day
        assertTrue(fit.changesWithYear());
    }

    @Test
    void fewerThanTenMeasuredRunsMakeNoFitAndOutOfRangeValuesDoNotCount() {
        List<NotableModel> runs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            runs.add(run("r" + i, 2020, 0.3));
        }
        runs.add(run("over", 2020, 1.5));
        runs.add(run("zero", 2020, 0));
        assertTrue(ShareOfPeakFit.of(runs).isEmpty());
    }

    /** Ten identical shares (a fuzzed export whose columns shifted) have no spread to draw from: no fit, no crash. */
    @Test
    void identicalSharesMakeNoFit() {
        List<NotableModel> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(run("r" + i, 2018 + i % 5, 0.4));
        }
        assertTrue(ShareOfPeakFit.of(runs).isEmpty());
    }

    @Test
    void theBestEstimateDividesByTheFittedShareAndTheStudyByItsParameter() {
        ProjectData data = ProjectDataReader.read(Project.data());
        Assumptions a = Assumptions.from(data.parameters(), data.edition());
        List<NotableModel> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(run("r" + i, 2019 + i / 2, i % 2 == 0 ? 0.2 : 0.5));
        }
        NotableModel unmeasured = Models.model("no MFU").published(LocalDate.of(2024, 3, 1)).computeFlop(1e23)
                .hardware("NVIDIA H100 SXM5 80GB").build();
        runs.add(unmeasured);
        Estimation best = new Estimator(data, a, Configuration.REBOUND).estimate(runs);
        Estimation study = new Estimator(data, a, Configuration.STUDY).estimate(runs);
        assertEquals(Math.sqrt(0.1), best.shareOfPeak().orElseThrow().median(), 1e-12);
        assertTrue(study.shareOfPeak().isEmpty());
        Estimate b = best.estimates().stream().filter(e -> e.model() == unmeasured).findFirst().orElseThrow();
        Estimate s = study.estimates().stream().filter(e -> e.model() == unmeasured).findFirst().orElseThrow();
        assertEquals(GpuHoursMethod.GPU_H2, b.gpuHours().method());
        assertEquals(Math.sqrt(0.1), b.gpuHours().performanceRatio(), 1e-12);
        assertEquals(a.performanceRatio(), s.gpuHours().performanceRatio());
        assertEquals(s.gpuHours().value() * a.performanceRatio() / Math.sqrt(0.1), b.gpuHours().value(),
                1e-9 * b.gpuHours().value());
        // The statistics draw around it.
        assertEquals(best.shareOfPeak().get().distribution(), best.applyTo(a).ranges().performanceRatio().orElseThrow());
        assertEquals(a, study.applyTo(a));
    }
}
