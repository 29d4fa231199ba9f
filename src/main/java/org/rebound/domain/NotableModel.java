package org.rebound.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.problem.Problem;

/**
 * One row of Epoch AI's "Notable AI Models" export, typed. Values Rebound does not use are not kept.
 *
 * @param trainingPowerDrawWatts Epoch AI's estimate of the power the training hardware drew, watts (2026 exports)
 * @param baseModel              the model(s) this one fine-tunes, as Epoch names them; empty for a model trained
 *                               from scratch
 * @param finetuneComputeFlop    the compute of the fine-tuning alone, FLOP
 * @param mfu                    Epoch AI's measured model FLOP utilisation of the run, a share of peak
 * @param computeNotes           Epoch AI's notes on how it found the training compute
 * @param trainingTimeNotes      Epoch AI's notes on the training time (where a guessed time says so)
 * @param shown                  Epoch AI's columns that are shown as read (on model pages and in models.csv) and
 *                               used for nothing else, by header, in the order they are declared
 * @param problems values of this row that could not be read; a model with problems is excluded, with them as reason
 */
public record NotableModel(
        String name,
        String organization,
        Optional<LocalDate> publicationDate,
        String domain,
        String task,
        OptionalDouble parameters,
        OptionalDouble trainingComputeFlop,
        OptionalDouble trainingTimeHours,
        List<String> hardware,
        OptionalDouble hardwareQuantity,
        List<String> countries,
        String numericalFormat,
        String link,
        String confidence,
        OptionalDouble trainingPowerDrawWatts,
        String baseModel,
        OptionalDouble finetuneComputeFlop,
        OptionalDouble mfu,
        String computeNotes,
        String trainingTimeNotes,
        java.util.Map<String, String> shown,
        SourceRef source,
        List<Problem> problems) {

    public NotableModel {
        hardware = List.copyOf(hardware);
        countries = List.copyOf(countries);
        shown = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shown));
        problems = List.copyOf(problems);
    }
}
