package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.stats.Uncertainty;
import org.rebound.support.Models;
import org.rebound.support.Project;
import org.rebound.support.Steps;

/**
 * A run whose time or compute Epoch guessed gets a range on its GPU-hours, its page says why, and its point stays
 * inside the range; a maker's stated time does not.
 */
class GuessedInputsTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.data());
    private static final GuessedInputs RULE = GuessedInputs.of(DATA.parameters());

    private static Models h1(String notes, String confidence) {
        return Models.model("Run").published(LocalDate.of(2023, 6, 1)).computeFlop(2e24).hours(2400)
                .hardware("NVIDIA A100 SXM4 80 GB").quantity(8000).timeNotes(notes).confidence(confidence);
    }

    private static Estimate estimate(NotableModel m) {
        return new Estimator(DATA, Assumptions.from(DATA.parameters(), DATA.edition()), Configuration.REBOUND)
                .estimate(List.of(m)).estimates().get(0);
    }

    @Test
    void epochsOwnGuessOfTheTimeIsAGuessAndAMakersStatementIsNot() {
        Estimate conjecture = estimate(h1("(Speculative) SemiAnalysis conjectures that GPT-4 training took 90-100 days",
                "Likely").build());
        assertEquals(GpuHoursMethod.GPU_H1, conjecture.gpuHours().method());
        assertEquals(Optional.of("Epoch's notes on its training time call it an assumption or a guess"),
                RULE.why(conjecture));
        assertTrue(RULE.guessed(estimate(h1("However, 6 months is more realistic.", "Confident").build())));
        assertTrue(RULE.guessed(estimate(h1("For analysis, I've assumed this means around 3 weeks.", "").build())));
        assertEquals(Optional.of("Epoch rates the row's estimates \"Speculative\""),
                RULE.why(estimate(h1("2 weeks", "speculative").build())));
        // The makers' own words, approximate as they are, are not Epoch's guess.
        assertFalse(RULE.guessed(estimate(h1("\"The training takes around 2 days on 32 A100 GPUs.\"", "Confident")
                .build())));
        assertFalse(RULE.guessed(estimate(h1("14.8 days according to the paper", "Likely").build())));
    }

    @Test
    void aComputeEpochRatesSpeculativeMakesGpuH2AGuess() {
        Models m = Models.model("Run").published(LocalDate.of(2024, 6, 1)).computeFlop(5e25)
                .hardware("NVIDIA H100 SXM5 80GB");
        Estimate speculative = estimate(m.confidence("Speculative").timeNotes("assumed 3 months").build());
        assertEquals(GpuHoursMethod.GPU_H2, speculative.gpuHours().method());
        assertEquals(Optional.of("Epoch rates its compute estimate \"Speculative\""), RULE.why(speculative));
        // Time notes say nothing of a GPU-h2 run's compute.
        assertFalse(RULE.guessed(estimate(m.confidence("Likely").timeNotes("assumed 3 months").build())));
    }

    @Test
    void theGuessWidensTheRangeAroundThePointAndThePageSaysSo() {
        Estimate stated = estimate(h1("100 days", "Confident").build());
        Estimate guessed = estimate(h1("(Speculative) SemiAnalysis conjectures 100 days", "Confident").build());
        assertEquals(stated.energyKwh(), guessed.energyKwh(), "the point is the same");
        assertTrue(Steps.texts(guessed.notes()).contains("Range: Epoch's notes on its training time call it an "
                + "assumption or a guess, so the Monte Carlo draws its GPU-hours from 0.4 to 2.5 times the point (5th "
                + "to 95th percentile; uncertainty.guessed-input-multiplier)."), Steps.texts(guessed.notes()).toString());
        assertFalse(Steps.texts(stated.notes()).stream().anyMatch(t -> t.startsWith("Range:")));
        Assumptions a = Assumptions.from(DATA.parameters(), DATA.edition());
        Uncertainty.Interval narrow = Uncertainty.run(List.of(stated), DATA.parameters(), a, 400, 7).models()
                .values().iterator().next().energyKwh();
        Uncertainty.Interval wide = Uncertainty.run(List.of(guessed), DATA.parameters(), a, 400, 7).models()
                .values().iterator().next().energyKwh();
        double narrowSpread = narrow.p95() / narrow.p05();
        double wideSpread = wide.p95() / wide.p05();
        // The guess alone spans 2.5 / 0.4 = 6.2 times; with the draw share's spread on top, more.
        assertTrue(wideSpread > 6 && wideSpread > 3 * narrowSpread, narrow + " vs " + wide);
        assertTrue(wide.p05() < guessed.energyKwh() && guessed.energyKwh() < wide.p95(), wide.toString());
    }
}
