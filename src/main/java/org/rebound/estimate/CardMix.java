package org.rebound.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rebound.domain.Accelerator;

/**
 * The cards that estimated runs used, by publication year: what a run without hardware in Epoch's row is imputed
 * to have used when its organisation documents no fleet. Around a year, the window of years widens one year on each
 * side until it holds at least the minimum number of runs (parameter imputation.min-runs), so that a year with few
 * estimated runs does not rest on one or two.
 */
public final class CardMix {
    private final TreeMap<Integer, List<Accelerator>> byYear = new TreeMap<>();
    private final int minRuns;

    /**
     * The share of one card in a window of years.
     *
     * @param runs how many of the window's runs used it
     */
    public record Share(Accelerator card, int runs, double weight) {
    }

    /**
     * The cards of the runs published from {@code fromYear} to {@code toYear} (the first and last years with a run in
     * the window), the most used first (ties by name).
     *
     * @param runs how many runs the window holds
     */
    public record Window(int fromYear, int toYear, int runs, List<Share> shares) {
        public Window {
            shares = List.copyOf(shares);
        }
    }

    private CardMix(int minRuns) {
        this.minRuns = minRuns;
    }

    /** The mix of {@code runs} (one estimate per training run, on hardware their rows name). */
    public static CardMix of(List<Estimate> runs, int minRuns) {
        CardMix mix = new CardMix(Math.max(1, minRuns));
        for (Estimate e : runs) {
            mix.byYear.computeIfAbsent(e.model().publicationDate().orElseThrow().getYear(), k -> new ArrayList<>())
                    .add(e.cardFootprint().accelerator());
        }
        return mix;
    }

    /** The window around {@code year}; empty shares when no run was estimated at all. */
    public Window around(int year) {
        if (byYear.isEmpty()) {
            return new Window(year, year, 0, List.of());
        }
        int reach = Math.max(Math.abs(year - byYear.firstKey()), Math.abs(byYear.lastKey() - year));
        for (int k = 0; ; k++) {
            List<Accelerator> cards = new ArrayList<>();
            var years = byYear.subMap(year - k, true, year + k, true);
            years.values().forEach(cards::addAll);
            if (cards.size() >= minRuns || k >= reach) {
                // The years the window's runs were published in, not the window's reach.
                return new Window(years.firstKey(), years.lastKey(), cards.size(), shares(cards));
            }
        }
    }

    private static List<Share> shares(List<Accelerator> cards) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Accelerator> byId = new HashMap<>();
        for (Accelerator a : cards) {
            counts.merge(a.id(), 1, Integer::sum);
            byId.put(a.id(), a);
        }
        List<Share> shares = new ArrayList<>();
        counts.forEach((id, n) -> shares.add(new Share(byId.get(id), n, n / (double) cards.size())));
        shares.sort(Comparator.comparingInt((Share s) -> -s.runs()).thenComparing(s -> s.card().displayName())
                .thenComparing(s -> s.card().id()));
        return shares;
    }
}
