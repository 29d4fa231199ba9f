package org.rebound.estimate;

import org.rebound.support.Steps;
import org.rebound.support.Models;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Exclusion;
import org.rebound.domain.HardwareSplit;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.support.Project;

/**
 * The limits of parameters.yaml (plausible.*: 1e6 cards, 50,000 hours, 1e29 FLOP; a share of peak from 1 % to
 * 100 %) hold their bounds; beyond them a row is excluded with the reason written out. A split run writes out its parts.
 */
class EstimatorBoundsTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final Assumptions ASSUMPTIONS = Assumptions.from(DATA.parameters(), DATA.edition());

    private static NotableModel model(OptionalDouble compute, OptionalDouble hours, OptionalDouble quantity,
            String base, OptionalDouble finetune) {
        return Models.model("M").computeFlop(compute).hours(hours).hardware("NVIDIA V100").quantity(quantity)
                .baseModel(base).finetuneComputeFlop(finetune).build();
    }

    private static NotableModel model(double compute, double hours, double quantity) {
        return model(opt(compute), opt(hours), opt(quantity), "", OptionalDouble.empty());
    }

    private static OptionalDouble opt(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static Estimation estimate(Configuration c, NotableModel m) {
        return new Estimator(DATA, ASSUMPTIONS, c).estimate(List.of(m));
    }

    /** The exclusion of a model, as "reason: detail", or "estimated". */
    private static String outcome(Configuration c, NotableModel m) {
        Estimation e = estimate(c, m);
        if (!e.estimates().isEmpty()) {
            return "estimated";
        }
        Exclusion x = e.exclusions().get(0);
        return x.reason() + ": " + Steps.text(x.detail());
    }

    private static String outcome(NotableModel m) {
        return outcome(Configuration.STUDY, m);
    }

    @Test
    void atMostAMillionCards() {
        assertEquals("estimated", outcome(model(Double.NaN, 1, 1e6)));
        assertEquals("IMPLAUSIBLE_VALUE: 1,500,000 cards, more than 1,000,000 (parameter plausible.hardware-quantity-max)",
                outcome(model(Double.NaN, 1, 1.5e6)));
        assertTrue(outcome(model(Double.NaN, 1, 1e6 + 1)).startsWith("IMPLAUSIBLE_VALUE: "));
    }

    @Test
    void atMostFiftyThousandHours() {
        assertEquals("estimated", outcome(model(Double.NaN, 50_000, 8)));
        assertEquals("IMPLAUSIBLE_VALUE: 60,000 hours of training, more than 50,000 (parameter "
                + "plausible.training-time-hours-max)", outcome(model(Double.NaN, 60_000, 8)));
        assertTrue(outcome(model(Double.NaN, 50_000.5, 8)).startsWith("IMPLAUSIBLE_VALUE: "));
    }

    @Test
    void atMost1e29Flop() {
        assertEquals("estimated", outcome(model(1e29, Double.NaN, Double.NaN)));
        assertEquals("IMPLAUSIBLE_VALUE: 1.5 × 10²⁹ FLOP, more than 1 × 10²⁹ (parameter plausible.compute-flop-max)",
                outcome(model(1.5e29, Double.NaN, Double.NaN)));
        // A fine-tune's own compute is held to the same limit.
        String fineTune = outcome(Configuration.REBOUND, model(opt(1e24), opt(10), opt(8), "Base", opt(2e29)));
        assertEquals("IMPLAUSIBLE_VALUE: 2 × 10²⁹ FLOP, more than 1 × 10²⁹ (parameter plausible.compute-flop-max)",
                fineTune);
    }

    @Test
    void aShareOfPeakOutsideTheWindowIsExcludedInTheBestEstimate() {
        // 8 V100 for 10 h: at its FP16 tensor peak (125 TFLOP/s), 100 % of peak is 8 × 10 × 3,600 × 1.25e14 FLOP.
        double full = 8 * 10 * 3600 * 125e12;
        assertEquals("estimated", outcome(Configuration.REBOUND, model(full * 0.5, 10, 8)));
        assertEquals("IMPLAUSIBLE_VALUE: its training time × cards and its compute imply 150 % of the cards' peak, "
                + "outside the plausible 1 % to 100 % (parameters validation.plausible-share-low and -high)",
                outcome(Configuration.REBOUND, model(full * 1.5, 10, 8)));
        assertEquals("IMPLAUSIBLE_VALUE: its training time × cards and its compute imply 0.5 % of the cards' peak, "
                + "outside the plausible 1 % to 100 % (parameters validation.plausible-share-low and -high)",
                outcome(Configuration.REBOUND, model(full * 0.005, 10, 8)));
        // The study fitted every pair.
        assertEquals("estimated", outcome(Configuration.STUDY, model(full * 1.5, 10, 8)));
    }

    @Test
    void noGpuHoursIsNotAnEstimate() {
        assertEquals("NOT_FINITE: GPU-hours = 0.0", outcome(model(Double.NaN, 0, 8)));
    }

    @Test
    void aFineTuneWithOnlyItsTimeSaysSo() {
        Estimate e = estimate(Configuration.REBOUND, model(opt(1e22), opt(10), opt(8), "Base", OptionalDouble.empty()))
                .estimates().get(0);
        assertEquals(80, e.gpuHours().value());
        assertTrue(org.rebound.support.Steps.texts(e.notes()).contains("Fine-tune of Base: estimated from its own training time × cards, as Epoch gives "
                + "them (it has no fine-tuning compute)."), org.rebound.support.Steps.texts(e.notes()).toString());
        Estimate own = estimate(Configuration.REBOUND, model(opt(1e22), OptionalDouble.empty(), OptionalDouble.empty(),
                "Base", opt(1e20))).estimates().get(0);
        assertTrue(org.rebound.support.Steps.texts(own.notes()).contains("Fine-tune of Base: estimated from its own fine-tuning compute (Epoch's Finetune "
                + "compute), not its base model's."), org.rebound.support.Steps.texts(own.notes()).toString());
        DerivationStep hours = own.derivation().get(0);
        assertEquals("fine-tuning compute ÷ (peak FLOP/s × performance ratio) ÷ 3,600 s/h", Steps.text(hours.formula()));
    }

    /** AlphaZero's split (5,000 TPU v1, 64 TPU v2 for 24 hours): its steps, part by part, then the run's sums. */
    @Test
    void aSplitRunWritesOutEachPartAndTheirSums() {
        NotableModel m = Models.model("AlphaZero").organization("DeepMind").published(LocalDate.of(2017, 12, 5))
                .domain("Games").hours(24).hardware("Google TPU v2", "Google TPU v1").quantity(5064)
                .countries("United Kingdom of Great Britain and Northern Ireland").build();
        Estimate e = estimate(Configuration.REBOUND, m).estimates().get(0);
        HardwareSplit v1 = DATA.hardwareSplits().get(0);
        DerivationStep hours = e.derivation().get(0);
        assertEquals("gpu-hours", hours.key());
        assertEquals("GPU-hours (GPU-h1), split by the stated quantities", hours.label());
        assertEquals("training time × each type's quantity (" + v1.sourceTitle() + ", " + v1.locator() + ")",
                Steps.text(hours.formula()));
        assertEquals("Google TPU v1: 5,000 × 24 h = 120,000; Google TPU v2: 64 × 24 h = 1,536", Steps.text(hours.numbers()));
        assertEquals(121_536, hours.value());
        List<String> keys = e.derivation().stream().map(DerivationStep::key).toList();
        assertTrue(keys.contains("part1-pue") && keys.contains("part1-grid") && keys.contains("part2-energy"), keys.toString());
        assertFalse(keys.contains("part2-pue") || keys.contains("part2-grid") || keys.contains("part1-total-gwp")
                || keys.contains("part0-energy") || keys.contains("part3-energy"), keys.toString());
        // The run's own steps close its derivation: energy, then each indicator's electricity, production and total.
        List<String> own = new java.util.ArrayList<>(List.of("energy"));
        for (org.rebound.domain.Indicator i : org.rebound.domain.Indicator.ALL) {
            own.addAll(List.of("use-" + i.key(), "embodied-" + i.key(), "total-" + i.key()));
        }
        assertEquals(List.of("energy", "use-gwp", "embodied-gwp", "total-gwp"), own.subList(0, 4));
        assertEquals(own, keys.subList(keys.size() - own.size(), keys.size()));
        double partOne = step(e, "part1-energy").value();
        double partTwo = step(e, "part2-energy").value();
        assertEquals(Steps.n(partOne) + " kWh + " + Steps.n(partTwo) + " kWh", Steps.text(step(e, "energy").numbers()));
        assertEquals(e.energyKwh(), step(e, "energy").value());
        for (Indicator i : Indicator.ALL) {
            assertEquals(Steps.n(step(e, "part1-use-" + i.key()).value()) + " + " + Steps.n(step(e, "part2-use-" + i.key())
                    .value()), Steps.text(step(e, "use-" + i.key()).numbers()));
            assertEquals(Steps.n(step(e, "part1-embodied-" + i.key()).value()) + " + " + Steps.n(step(e, "part2-embodied-"
                    + i.key()).value()), Steps.text(step(e, "embodied-" + i.key()).numbers()));
            assertEquals(e.total().get(i), step(e, "total-" + i.key()).value());
        }
        assertEquals("Google TPU v1: Electricity of the run", step(e, "part1-energy").label().replaceAll("^[^:]*TPU v1",
                "Google TPU v1"));
        // The TPU v2's draw is measured (power-draw.csv), the TPU v1's is not: not every part is measured.
        assertFalse(e.power().drawMeasured());
        assertTrue(org.rebound.support.Steps.texts(e.notes()).stream().anyMatch(n -> n.startsWith("Power of ") && n.contains("TPU v2")
                && n.contains(": its measured training draw, 221 W per card (")), org.rebound.support.Steps.texts(e.notes()).toString());
    }

    private static DerivationStep step(Estimate e, String key) {
        return e.derivation().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow(() ->
                new AssertionError(key));
    }
}
