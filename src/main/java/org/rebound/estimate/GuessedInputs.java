package org.rebound.estimate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.NotableModel;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;

/**
 * Which runs' GPU-hours rest on a value Epoch itself guessed, so that the Monte Carlo widens their range by
 * {@code uncertainty.guessed-input-multiplier}: GPU-h1 whose training time Epoch's notes call an assumption, a
 * speculation or a guess (the words of {@code uncertainty.guessed-input-markers}), or which Epoch rates
 * "Speculative"; GPU-h2 (an imputed run's too) whose compute Epoch rates "Speculative". GPU-hours its makers
 * published are theirs, never a guess.
 *
 * @param markers the words of a training time's notes that mark it as a guess, case-insensitive
 */
public record GuessedInputs(Pattern markers) {

    /** Epoch's lowest confidence in a row's estimates, its {@code Confidence} column's word for it. */
    public static final String SPECULATIVE = "Speculative";

    /** The rule of these parameters. */
    public static GuessedInputs of(Parameters parameters) {
        return new GuessedInputs(Pattern.compile(parameters.text(ParameterKey.GUESSED_INPUT_MARKERS),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Why the GPU-hours of {@code e} rest on a guess, in words for its page, or empty when they do not. */
    public Optional<String> why(Estimate e) {
        return why(e.model(), e.gpuHours().method(), e.hardwareImputed());
    }

    /** The same, for {@code m} estimated by {@code method}, on an imputed card or not. */
    public Optional<String> why(NotableModel m, GpuHoursMethod method, boolean imputed) {
        boolean speculative = m.confidence().strip().toLowerCase(Locale.ROOT).equals(SPECULATIVE.toLowerCase(Locale.ROOT));
        if (method == GpuHoursMethod.PUBLISHED) {
            return Optional.empty();
        }
        if (method == GpuHoursMethod.GPU_H1 && !imputed) {
            if (markers.matcher(m.trainingTimeNotes()).find()) {
                return Optional.of("Epoch's notes on its training time call it an assumption or a guess");
            }
            if (speculative) {
                return Optional.of("Epoch rates the row's estimates \"" + SPECULATIVE + "\"");
            }
            return Optional.empty();
        }
        return speculative ? Optional.of("Epoch rates its compute estimate \"" + SPECULATIVE + "\"")
                : Optional.empty();
    }

    /** Whether the GPU-hours of {@code e} rest on a guess. */
    public boolean guessed(Estimate e) {
        return why(e).isPresent();
    }
}
