package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Distribution;
import org.rebound.domain.PowerDraw;
import org.rebound.support.Project;

/** The best estimate's share of TDP drawn: a log-normal fitted to the measured draws of system power per card. */
class DrawShareFitTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());

    private static Map<String, Accelerator> cards() {
        Map<String, Accelerator> cards = new HashMap<>();
        DATA.accelerators().forEach(a -> cards.put(a.id(), a));
        return cards;
    }

    @Test
    void theMeasuredDrawsOfTheProjectGiveTheirGeometricMean() {
        DrawShareFit fit = DrawShareFit.of(DATA.powerDraws(), cards()).orElseThrow();
        // Patterson et al. 2021, Table 3, system power per processor ÷ TDP: TPU v2 221 ÷ 280, TPU v3 283 ÷ 450,
        // P100 271 ÷ 250, V100 325 ÷ 300 (given for the 16 and the 32 GB card: one measurement). TPU v4's
        // 170 W is chip power only and stays out.
        double[] shares = {221.0 / 280, 283.0 / 450, 271.0 / 250, 325.0 / 300};
        double mean = 0;
        for (double s : shares) {
            mean += Math.log(s) / shares.length;
        }
        double squares = 0;
        for (double s : shares) {
            squares += (Math.log(s) - mean) * (Math.log(s) - mean);
        }
        assertEquals(List.of("google-tpu-v2", "google-tpu-v3", "nvidia-tesla-p100-pcie-16gb",
                "nvidia-tesla-v100-sxm2-16gb"), fit.ratios().stream().map(DrawShareFit.Ratio::cardId).toList());
        assertEquals(Math.exp(mean), fit.median(), 1e-12);
        assertEquals(Math.sqrt(squares / 3), fit.sigma(), 1e-12);
        assertEquals(0.874, fit.median(), 0.001);
        assertEquals(new Distribution(Distribution.Kind.LOGNORMAL, List.of(fit.median(), fit.sigma())),
                fit.distribution());
        assertEquals(fit.median(), fit.distribution().quantile(0.5), 1e-12);
    }

    @Test
    void fewerThanThreeMeasurementsMakeNoFit() {
        List<PowerDraw> two = DATA.powerDraws().stream().filter(PowerDraw::systemPerCard).limit(2).toList();
        assertTrue(DrawShareFit.of(two, cards()).isEmpty());
        assertTrue(DrawShareFit.of(DATA.powerDraws(), Map.of()).isEmpty(), "no card, no TDP, no fit");
    }

    @Test
    void theBestEstimateDrawsTheMedianAndTheStudyTdp() {
        Assumptions a = Assumptions.from(DATA.parameters(), DATA.edition());
        Estimator best = new Estimator(DATA, a, Configuration.REBOUND);
        Estimator study = new Estimator(DATA, a, Configuration.STUDY);
        double median = best.drawShareFit().orElseThrow().median();
        assertEquals(median, best.assumptions().use().tdpDrawShare());
        assertEquals(best.drawShareFit().get().distribution(), best.assumptions().ranges().drawShare().orElseThrow());
        assertEquals(1, study.assumptions().use().tdpDrawShare());
        assertTrue(study.assumptions().ranges().drawShare().isEmpty());
        assertTrue(study.drawShareFit().isEmpty());
    }
}
