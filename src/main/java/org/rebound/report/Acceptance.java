package org.rebound.report;

import java.util.ArrayList;
import java.util.List;
import org.rebound.domain.GpuHoursMethod;
import org.rebound.domain.PublishedFootprint.Quantity;

/**
 * How close a configuration's estimates come to what the makers published (data/published-footprints.csv), like
 * for like: training energy against energy, the electricity part of GWP against a published GWP, GPU-hours from
 * training time against published GPU-hours.
 *
 * @param energy          estimate ÷ published for every published training energy that was estimated
 * @param electricity     the same for every published GWP against the estimate's electricity GWP on the same
 *                        accounting basis ({@link PublishedComparison#matchedRatio()}): location-based against
 *                        location-based, market-based against Rebound's energy × the makers' factor
 * @param gpuHoursFromTime estimate ÷ published for every published GPU-hours figure whose estimate comes from
 *                        training time × cards (GPU-h1)
 * @param gpuHours        estimate ÷ published for every published GPU-hours figure that was estimated, whatever the
 *                        method (in the best estimate, the published figure itself)
 */
public record Acceptance(List<Ratio> energy, List<Ratio> electricity, List<Ratio> gpuHoursFromTime,
        List<Ratio> gpuHours) {

    /** One model's ratio. */
    public record Ratio(String model, double ratio) {
        /** |log10(ratio)|: how many tenfolds off, either way. */
        public double absLog10() {
            return Math.abs(Math.log10(ratio));
        }
    }

    public Acceptance {
        energy = List.copyOf(energy);
        electricity = List.copyOf(electricity);
        gpuHoursFromTime = List.copyOf(gpuHoursFromTime);
        gpuHours = List.copyOf(gpuHours);
    }

    /** The figures of a set of comparisons. */
    public static Acceptance of(List<PublishedComparison> comparisons) {
        List<Ratio> energy = new ArrayList<>();
        List<Ratio> electricity = new ArrayList<>();
        List<Ratio> hours = new ArrayList<>();
        List<Ratio> allHours = new ArrayList<>();
        for (PublishedComparison c : comparisons) {
            Quantity q = c.published().quantity();
            if (q == Quantity.ENERGY_KWH && c.ratio().isPresent()) {
                energy.add(new Ratio(c.published().model(), c.ratio().getAsDouble()));
            } else if (q == Quantity.GWP_KGCO2E && c.matchedRatio().isPresent()) {
                electricity.add(new Ratio(c.published().model(), c.matchedRatio().getAsDouble()));
            } else if (q == Quantity.GPU_HOURS && c.ratio().isPresent()) {
                allHours.add(new Ratio(c.published().model(), c.ratio().getAsDouble()));
                if (c.estimate().orElseThrow().gpuHours().method() == GpuHoursMethod.GPU_H1) {
                    hours.add(new Ratio(c.published().model(), c.ratio().getAsDouble()));
                }
            }
        }
        return new Acceptance(energy, electricity, hours, allHours);
    }

    /** The median |log10| of ratios (NaN when there are none). */
    public static double medianAbsLog10(List<Ratio> ratios) {
        if (ratios.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = ratios.stream().map(Ratio::absLog10).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The share of ratios within {@code factor} either way (NaN when there are none). */
    public static double shareWithin(List<Ratio> ratios, double factor) {
        return ratios.isEmpty() ? Double.NaN : within(ratios, factor) / (double) ratios.size();
    }

    /** How many ratios are within a factor {@code factor} either way. */
    public static long within(List<Ratio> ratios, double factor) {
        return ratios.stream().filter(r -> r.absLog10() <= Math.log10(factor)).count();
    }
}
