package org.rebound.estimate;

import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Exclusion;
import org.rebound.domain.NotableModel;
import org.rebound.domain.SourceRef;
import org.rebound.support.Project;

/** Which peak, which order, which grid: the estimator's choices, each with what it tells the reader. */
class EstimatorChoicesTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final Assumptions ASSUMPTIONS = Assumptions.from(DATA.parameters(), DATA.edition());

    private static Accelerator card(double fp32, double tf32, double fp16, double fp8, double int8) {
        return new Accelerator("c", "Acme", "X1", "", Optional.empty(), "", OptionalDouble.of(7), OptionalDouble.of(100),
                OptionalDouble.of(16), "", OptionalDouble.of(300), opt(fp32), opt(tf32), opt(fp16), opt(fp8), opt(int8), "",
                "", "", "https://example.org", "", new SourceRef("t", 2));
    }

    private static OptionalDouble opt(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static String peak(Accelerator c, String format) {
        Estimator.Peak p = Estimator.peak(c, format);
        return p.flops() + " " + p.precision() + " | " + p.note();
    }

    @Test
    void thePeakOfTheRunsFormatThenFp16ThenFp32ThenInt8() {
        Accelerator all = card(10, 20, 40, 80, 160);
        // FP32 on a card with TF32 tensor cores runs as TF32 (the frameworks' default there): its TF32 peak.
        assertEquals("2.0E13 TF32 | " + Estimator.FP32_AS_TF32, peak(all, "FP32"));
        assertEquals("1.0E13 FP32 | ", peak(card(10, Double.NaN, 40, Double.NaN, Double.NaN), "FP32"));
        assertEquals("2.0E13 TF32 | ", peak(all, " tf32 "));
        assertEquals("4.0E13 FP16/BF16 tensor | ", peak(all, "bf16"));
        assertEquals("4.0E13 FP16/BF16 tensor | ", peak(all, "FP16"));
        assertEquals("8.0E13 FP8 | ", peak(all, "FP8"));
        assertEquals("4.0E13 FP16/BF16 tensor | ", peak(all, ""));
        assertEquals("4.0E13 FP16/BF16 tensor | Numerical format 'INT4' has no peak in the catalogue for Acme X1; its "
                + "FP16/BF16 tensor peak is used.", peak(all, "INT4"));
        Accelerator fp32Only = card(10, Double.NaN, Double.NaN, Double.NaN, 160);
        assertEquals("1.0E13 FP32 | ", peak(fp32Only, ""));
        assertEquals("1.0E13 FP32 | Numerical format 'FP8' has no peak in the catalogue for Acme X1; its FP32 peak is "
                + "used.", peak(fp32Only, "FP8"));
        Accelerator int8Only = card(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 160);
        assertEquals("1.6E14 INT8 | Acme X1 has no floating-point peak: its INT8 peak is used for GPU-h2.",
                peak(int8Only, "FP16"));
        assertEquals("0.0  | ", peak(card(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN), "FP16"));
    }

    private static NotableModel model(String name, String organisation, long line, List<String> hardware,
            List<String> countries, double compute, double hours, double quantity) {
        return Models.model(name).organization(organisation).published(LocalDate.of(2021, 3, 1))
                .computeFlop(opt(compute)).hours(opt(hours)).hardware(hardware).quantity(opt(quantity))
                .countries(countries).source("m", line).build();
    }

    @Test
    void estimatesOfOneDayAreOrderedByNameOrganisationAndLine() {
        List<String> v100 = List.of("NVIDIA V100");
        List<String> fr = List.of("France");
        List<NotableModel> models = List.of(model("B", "Org", 2, v100, fr, Double.NaN, 10, 8),
                model("A", "Zeta", 9, v100, fr, Double.NaN, 10, 8), model("A", "Zeta", 4, v100, fr, Double.NaN, 10, 8),
                model("A", "Alpha", 7, v100, fr, Double.NaN, 10, 8));
        List<String> order = new Estimator(DATA, ASSUMPTIONS).estimate(models).estimates().stream()
                .map(e -> e.model().name() + " " + e.model().organization() + " " + e.model().source().line()).toList();
        assertEquals(List.of("A Alpha 7", "A Zeta 4", "A Zeta 9", "B Org 2"), order);
    }

    @Test
    void aRunOnSeveralCountriesTakesTheMeanOfTheirGrids() {
        Estimate e = new Estimator(DATA, ASSUMPTIONS).estimate(List.of(model("M", "Org", 2, List.of("NVIDIA V100"),
                List.of("United States of America", "France"), Double.NaN, 10, 8))).estimates().get(0);
        assertEquals("Assumed from its organisations' countries (no source in data/training-sites.csv says where it "
                + "trained): mean of the grid factors of France (FRA), United States (USA)", e.gridAndPue().explanation());
        assertEquals((0.098 + 0.37) / 2, e.gridAndPue().perKwh().get(org.rebound.domain.Indicator.GWP), 1e-12);
    }

    @Test
    void computeOnACardWithoutAPeakIsExcludedNamingTheCard() {
        Estimation e = new Estimator(DATA, ASSUMPTIONS).estimate(List.of(model("M", "Org", 2, List.of("Cerebras CS-2"),
                List.of("France"), 1e21, Double.NaN, Double.NaN)));
        Exclusion x = e.exclusions().get(0);
        assertEquals(Exclusion.Reason.NO_PEAK, x.reason());
        assertEquals("Cerebras CS-2 (WSE-2)", org.rebound.support.Steps.text(x.detail()), "the catalogue's name of the card");
    }
}
