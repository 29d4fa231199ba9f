package org.rebound.estimate;

import java.util.Optional;
import java.util.OptionalDouble;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.Parameters;
import org.rebound.domain.Units;

/**
 * The GPU-hours of one training run (method §3), decided in one place: GPU-h1 from training time × hardware
 * quantity, GPU-h2 from compute ÷ (peak FLOP/s × share of peak) ÷ 3,600 s/h, which of the two the estimate uses and
 * why. The estimator, the split of a run over several cards, the Monte Carlo and the validation of the performance
 * ratio all ask this record and its {@link Rule}, so that the formulas and the choice between them are written once:
 * a parameter that chose the method differently would change {@link Rule} alone.
 *
 * @param method           the estimate used: {@link GpuHoursMethod#GPU_H1} or {@link GpuHoursMethod#GPU_H2}
 * @param value            the GPU-hours used, GPU-h (GPU-h1 or GPU-h2, as {@code method} says)
 * @param h1               training time × hardware quantity, GPU-h, when both are reported
 * @param h2               compute ÷ (peak × share of peak) ÷ 3,600, GPU-h, when compute and a peak are known
 * @param precision        the peak used for GPU-h2 ({@code FP16/BF16 tensor}…), empty when none is known
 * @param peakFlops        that peak, FLOP/s (0 when none)
 * @param performanceRatio the share of that peak GPU-h2 assumes: the run's measured one or the parameter's
 * @param ratioMeasured    whether that share is the run's own, measured (Epoch's MFU), rather than the parameter
 * @param reason           why {@code method} was chosen, one sentence
 */
public record GpuHours(GpuHoursMethod method, double value, OptionalDouble h1, OptionalDouble h2, String precision,
        double peakFlops, double performanceRatio, boolean ratioMeasured, String reason) {

    /** GPU-h1 is used: both training time and hardware quantity are reported. */
    public static final String TIME_AND_QUANTITY_REPORTED = "training time and hardware quantity are both reported";
    /** GPU-h2 is used: training time or hardware quantity is missing. */
    public static final String NO_TIME_AND_QUANTITY = "training time or hardware quantity is not reported";

    /** What the rule needs to know of a run. */
    public record Run(OptionalDouble trainingTimeHours, OptionalDouble hardwareQuantity, OptionalDouble computeFlop,
            double peakFlops, String precision, double performanceRatio, boolean ratioMeasured, boolean fineTune) {
    }

    /**
     * The rule that chooses between GPU-h1 and GPU-h2: GPU-h1 when the run reports training time and hardware
     * quantity, a fine-tune too (Epoch gives a fine-tune's own time and cards; a pair that disagrees with its
     * fine-tuning compute is caught by the plausibility check of the share of peak); else GPU-h2. Built from the
     * parameters, so that a parameter choosing otherwise is read here.
     */
    public record Rule() {
        /** The rule of these parameters. */
        public static Rule of(Parameters parameters) {
            return new Rule();
        }

        /** The run's GPU-hours, or empty when it has neither GPU-h1 nor GPU-h2. */
        public Optional<GpuHours> choose(Run run) {
            OptionalDouble h1 = h1(run.trainingTimeHours(), run.hardwareQuantity());
            OptionalDouble h2 = run.computeFlop().isPresent() && run.peakFlops() > 0
                    ? OptionalDouble.of(h2(run.computeFlop().getAsDouble(), run.peakFlops(), run.performanceRatio()))
                    : OptionalDouble.empty();
            String precision = run.peakFlops() > 0 ? run.precision() : "";
            if (h1.isPresent()) {
                return Optional.of(new GpuHours(GpuHoursMethod.GPU_H1, h1.getAsDouble(), h1, h2, precision,
                        run.peakFlops(), run.performanceRatio(), run.ratioMeasured(), TIME_AND_QUANTITY_REPORTED));
            }
            if (h2.isPresent()) {
                return Optional.of(new GpuHours(GpuHoursMethod.GPU_H2, h2.getAsDouble(), h1, h2, precision,
                        run.peakFlops(), run.performanceRatio(), run.ratioMeasured(), NO_TIME_AND_QUANTITY));
            }
            return Optional.empty();
        }
    }

    /** GPU-hours its makers published: used as they are, both of the method's estimates kept beside them. */
    public static final String PUBLISHED_BY_MAKERS = "its makers published its GPU-hours";

    /**
     * The GPU-hours {@code published} by the run's makers, with GPU-h1 and GPU-h2 as the rule computes them beside
     * (for the page and the validation), and the published figure used.
     */
    public static GpuHours published(Run run, double published) {
        OptionalDouble h1 = h1(run.trainingTimeHours(), run.hardwareQuantity());
        OptionalDouble h2 = run.computeFlop().isPresent() && run.peakFlops() > 0
                ? OptionalDouble.of(h2(run.computeFlop().getAsDouble(), run.peakFlops(), run.performanceRatio()))
                : OptionalDouble.empty();
        return new GpuHours(GpuHoursMethod.PUBLISHED, published, h1, h2, run.peakFlops() > 0 ? run.precision() : "",
                run.peakFlops(), run.performanceRatio(), run.ratioMeasured(), PUBLISHED_BY_MAKERS);
    }

    /** GPU-h1: training time × hardware quantity, GPU-h, when both are known. */
    public static OptionalDouble h1(OptionalDouble trainingTimeHours, OptionalDouble hardwareQuantity) {
        return trainingTimeHours.isPresent() && hardwareQuantity.isPresent()
                ? OptionalDouble.of(trainingTimeHours.getAsDouble() * hardwareQuantity.getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * GPU-h2: compute ÷ (peak FLOP/s × share of peak) ÷ 3,600 s/h. With the peak of several cards added up
     * (Σ quantity × peak), it is the run's time, hours.
     */
    public static double h2(double computeFlop, double peakFlops, double performanceRatio) {
        return computeFlop / (peakFlops * performanceRatio) / Units.SECONDS_PER_HOUR;
    }

    /** Whether the GPU-hours depend on the assumed share of peak: GPU-h2 with the parameter's ratio, not an MFU. */
    public boolean dependsOnAssumedRatio() {
        return method == GpuHoursMethod.GPU_H2 && !ratioMeasured;
    }

    /**
     * {@code gpuHours} (this run's, or a part of them) had the share of peak been {@code ratio}: GPU-h2 scales
     * with 1 ∕ ratio when it uses the assumed ratio; otherwise they do not change.
     */
    public double atRatio(double gpuHours, double ratio) {
        return dependsOnAssumedRatio() ? gpuHours * performanceRatio / ratio : gpuHours;
    }

    /** The GPU-hours at full peak, X = compute ÷ peak ÷ 3,600 (GPU-h2 × share of peak), when GPU-h2 is known. */
    public OptionalDouble fullPeakHours() {
        return h2.isPresent() ? OptionalDouble.of(h2.getAsDouble() * performanceRatio) : OptionalDouble.empty();
    }

    /** The share of peak GPU-h1 implies (X ÷ GPU-h1), when both estimates are known. */
    public OptionalDouble impliedShareOfPeak() {
        return h1.isPresent() && h2.isPresent()
                ? OptionalDouble.of(fullPeakHours().getAsDouble() / h1.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * The same choice for a run split over several cards by stated quantities: its GPU-hours are the sum of its
     * parts', its peak that of the card with the most GPU-hours.
     */
    public GpuHours split(double gpuHours, double mainPeakFlops) {
        return new GpuHours(method, gpuHours, h1, h2, precision, mainPeakFlops, performanceRatio, ratioMeasured, reason);
    }

    /** The other estimate than the one used, when both are known: for the model page. */
    public OptionalDouble other() {
        if (method == GpuHoursMethod.PUBLISHED) {
            return h1.isPresent() ? h1 : h2;
        }
        if (h1.isEmpty() || h2.isEmpty()) {
            return OptionalDouble.empty();
        }
        return method == GpuHoursMethod.GPU_H1 ? h2 : h1;
    }
}
