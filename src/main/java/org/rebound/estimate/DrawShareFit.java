package org.rebound.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Distribution;
import org.rebound.domain.PowerDraw;

/**
 * The share of TDP a training card draws, from the draws measured and published ({@code data/power-draw.csv}, system
 * power per card ÷ the card's TDP): a log-normal fitted to them (median the geometric mean, sigma the sample standard
 * deviation of their natural logarithms). Rebound's best estimate takes its median for every card without a measured
 * draw, and the Monte Carlo draws from it, so that the best estimate lies in the middle of its range instead of at
 * its top (the study's TDP × 1).
 *
 * @param median  the fitted median share of TDP
 * @param sigma   the standard deviation of the shares' natural logarithms
 * @param ratios  the measured shares the fit is made of, one per measurement, in the table's order
 */
public record DrawShareFit(double median, double sigma, List<Ratio> ratios) {
    /** The fewest measured cards a fit is made from; with fewer, the parameter's share and range stay. */
    public static final int MIN_CARDS = 3;

    public DrawShareFit {
        ratios = List.copyOf(ratios);
    }

    /** One measured card: its id, its measured draw per card, its TDP, and their ratio. */
    public record Ratio(String cardId, double drawWatts, double tdpWatts, double share) {
    }

    /**
     * The fit of the measured draws of system power per card ({@link PowerDraw#systemPerCard()}: a chip-only figure
     * leaves out the host's share) of catalogue cards with a TDP; empty with fewer than {@link #MIN_CARDS}.
     */
    public static Optional<DrawShareFit> of(List<PowerDraw> draws, Map<String, Accelerator> cards) {
        List<Ratio> ratios = new ArrayList<>();
        java.util.Set<String> measurements = new java.util.HashSet<>();
        for (PowerDraw d : draws) {
            Accelerator card = cards.get(d.cardId());
            // One measurement given for two variants of a card (V100 16 and 32 GB) counts once.
            boolean again = !measurements.add(d.sourceTitle() + "|" + d.locator() + "|" + d.drawWatts());
            if (d.systemPerCard() && card != null && !again && card.tdpWatts().isPresent() && card.tdpWatts().getAsDouble() > 0) {
                double tdp = card.tdpWatts().getAsDouble();
                ratios.add(new Ratio(d.cardId(), d.drawWatts(), tdp, d.drawWatts() / tdp));
            }
        }
        if (ratios.size() < MIN_CARDS) {
            return Optional.empty();
        }
        double mean = 0;
        for (Ratio r : ratios) {
            mean += Math.log(r.share());
        }
        mean /= ratios.size();
        double squares = 0;
        for (Ratio r : ratios) {
            squares += (Math.log(r.share()) - mean) * (Math.log(r.share()) - mean);
        }
        double sigma = Math.sqrt(squares / (ratios.size() - 1));
        // Identical shares give no spread to draw from: no fit, as with too few.
        return sigma > ShareOfPeakFit.MIN_SIGMA ? Optional.of(new DrawShareFit(Math.exp(mean), sigma, ratios)) : Optional.empty();
    }

    /** The fit as the distribution the Monte Carlo draws from: {@code lognormal(median, sigma)}. */
    public Distribution distribution() {
        return new Distribution(Distribution.Kind.LOGNORMAL, List.of(median, sigma));
    }
}
