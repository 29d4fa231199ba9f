package org.rebound.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rebound.data.ProjectData;
import org.rebound.domain.Accelerator;
import java.time.LocalDate;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Indicator;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Num;
import org.rebound.domain.Parameter;
import org.rebound.domain.Units;
import org.rebound.estimate.Estimate;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Lca;
import org.rebound.stats.TrendFit;
import org.rebound.stats.Trends;

/** Builds the {@link Report} from the estimation. */
public final class ReportBuilder {
    private ReportBuilder() {
    }

    public static Report build(ProjectData data, ModelsSource source, Estimation estimation, Lca lca) {
        List<Estimate> estimates = estimation.estimates();
        Optional<TrendFit> gwpFit = Trends.fit(points(estimates, Measure.GWP));
        ChartSpec gwpChart = trendChart("gwp-trend", Measure.GWP, estimates, gwpFit);
        Map<String, String> narrative = narrative(data, estimation, gwpFit);
        List<CardSummary> cards = cards(data, estimates, lca);
        List<CardTrend> cardTrends = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            cardTrends.add(cardTrend(i, cards, data.parameters().get(ParameterKey.SELECTION_START_DATE).date(),
                    data.edition().endDate()));
        }
        return new Report(data.edition(), source, data, estimation, lca.server(), headlines(estimation, gwpFit, narrative),
                narrative, gwpFit, gwpChart, cards, exclusionCounts(estimation), cardTrends);
    }

    /**
     * Production impacts of the catalogue's cards released in the study period against their release date,
     * with the exponential fit; each point links to its card page.
     */
    static CardTrend cardTrend(Indicator indicator, List<CardSummary> cards, LocalDate start, LocalDate end) {
        List<ChartSpec.Point> points = new ArrayList<>();
        List<Trends.Point> fitPoints = new ArrayList<>();
        for (CardSummary c : cards) {
            Optional<LocalDate> released = c.card().releaseDate();
            if (released.isEmpty() || released.get().isBefore(start) || released.get().isAfter(end)) {
                continue;
            }
            double year = Units.decimalYear(released.get());
            double value = c.footprint().total().get(indicator);
            fitPoints.add(new Trends.Point(year, value));
            points.add(new ChartSpec.Point(year, value, c.card().displayName() + " (" + released.get() + "): "
                    + Num.sig(value, Measure.DISPLAY_DIGITS) + " " + indicator.unit(), "gpus/" + c.slug() + "/index.html",
                    false));
        }
        Optional<TrendFit> fit = Trends.fit(fitPoints);
        String what = indicator.label() + " of producing one card";
        String description = fit.map(f -> what + ", for " + f.n() + " cards released " + (int) Math.floor(f.periodStart())
                + "–" + (int) Math.floor(f.periodEnd()) + ", on a log scale: ×" + Num.sig(f.growthFactorPerYear(), 3)
                + " a year (95 % CI ×" + Num.sig(f.growthFactorCiLow(), 3) + " to ×" + Num.sig(f.growthFactorCiHigh(), 3)
                + "); R² " + Num.fixed(f.r2(), 2) + ".").orElse(what + ": too few cards for a trend.");
        ChartSpec chart = new ChartSpec("card-" + indicator.key() + "-trend", what + " by release date", description,
                "Release date", indicator.label() + " (" + indicator.unit() + "), log scale", true, points, fit);
        return new CardTrend(indicator, fit, chart);
    }

    static List<Trends.Point> points(List<Estimate> estimates, Measure measure) {
        List<Trends.Point> points = new ArrayList<>();
        for (Estimate e : estimates) {
            points.add(new Trends.Point(Units.decimalYear(e.model().publicationDate().orElseThrow()), measure.of(e)));
        }
        return points;
    }

    /** Chart of one measure per model over time, log scale, each point linking to its model page. */
    public static ChartSpec trendChart(String id, Measure measure, List<Estimate> estimates, Optional<TrendFit> fit) {
        List<ChartSpec.Point> points = new ArrayList<>();
        for (Estimate e : estimates) {
            points.add(new ChartSpec.Point(Units.decimalYear(e.model().publicationDate().orElseThrow()), measure.of(e),
                    e.model().name() + " (" + e.model().publicationDate().orElseThrow() + "): "
                            + Num.sig(measure.of(e), Measure.DISPLAY_DIGITS) + " " + measure.unit(),
                    "models/" + e.slug() + "/index.html", false));
        }
        String description = fit.map(f -> measure.title() + " of training " + f.n() + " notable AI models, "
                + (int) Math.floor(f.periodStart()) + "–" + (int) Math.floor(f.periodEnd()) + ", on a log scale: it grows ×"
                + Num.sig(f.growthFactorPerYear(), 3) + " a year (95 % CI ×" + Num.sig(f.growthFactorCiLow(), 3) + " to ×"
                + Num.sig(f.growthFactorCiHigh(), 3) + "), doubling every " + Num.sig(f.doublingTimeYears(), 2)
                + " years; R² " + Num.fixed(f.r2(), 2) + ".")
                .orElse(measure.title() + " of training " + estimates.size() + " notable AI models, on a log scale;"
                        + " too few models for a trend.");
        return new ChartSpec(id, measure.title() + " of training notable AI models", description, "Publication date",
                measure.titleWithUnit() + ", log scale", true, points, fit);
    }

    private static Map<String, String> narrative(ProjectData data, Estimation estimation, Optional<TrendFit> gwpFit) {
        Map<String, String> values = new TreeMap<>();
        List<Estimate> estimates = estimation.estimates();
        int total = estimates.size() + estimation.exclusions().size();
        values.put("edition_year", Integer.toString(data.edition().year()));
        values.put("models_estimated", Integer.toString(estimates.size()));
        values.put("models_total", Integer.toString(total));
        values.put("kept_share", Num.percent(estimation.keptShare(), 0));
        values.put("gwp_total_t", Num.sig(sum(estimates, Measure.GWP) / 1000, 3));
        values.put("energy_total_mwh", Num.sig(sum(estimates, Measure.ENERGY) / 1000, 3));
        values.put("embodied_share_gwp", Num.percent(share(estimates, Measure.GWP_EMBODIED, Measure.GWP), 0));
        values.put("embodied_share_adpe", Num.percent(share(estimates, Measure.ADPE_EMBODIED, Measure.ADPE), 0));
        values.put("embodied_share_pe", Num.percent(share(estimates, Measure.PE_EMBODIED, Measure.PE), 0));
        Optional<Estimate> largest = estimates.stream().max(Comparator.comparingDouble((Estimate e) -> Measure.GWP.of(e))
                .thenComparing(Estimate::slug));
        values.put("largest_model", largest.map(e -> e.model().name()).orElse("none"));
        values.put("largest_gwp_t", largest.map(e -> Num.sig(Measure.GWP.of(e) / 1000, 3)).orElse("0"));
        values.put("gwp_growth_per_year", gwpFit.map(f -> "×" + Num.sig(f.growthFactorPerYear(), 3)).orElse("n/a"));
        values.put("gwp_growth_ci", gwpFit.map(f -> "×" + Num.sig(f.growthFactorCiLow(), 3) + " to ×"
                + Num.sig(f.growthFactorCiHigh(), 3)).orElse("n/a"));
        values.put("gwp_doubling_years", gwpFit.map(f -> Num.sig(f.doublingTimeYears(), 2)).orElse("n/a"));
        values.put("gwp_fit_n", gwpFit.map(f -> Integer.toString(f.n())).orElse("0"));
        values.put("gwp_fit_r2", gwpFit.map(f -> Num.fixed(f.r2(), 2)).orElse("n/a"));
        values.put("gwp_fit_period", gwpFit.map(f -> (int) Math.floor(f.periodStart()) + "–"
                + (int) Math.floor(f.periodEnd())).orElse("n/a"));
        values.put("gwp_growth_persists", gwpFit.map(f -> f.growthPersists() ? "yes" : "no").orElse("n/a"));
        values.put("cards_in_catalogue", Integer.toString(data.accelerators().size()));
        for (Parameter p : data.parameters().entries()) {
            values.put("param:" + p.key().key(), p.value());
        }
        return values;
    }

    private static List<Headline> headlines(Estimation estimation, Optional<TrendFit> gwpFit, Map<String, String> n) {
        List<Headline> headlines = new ArrayList<>();
        gwpFit.ifPresent(f -> headlines.add(new Headline(n.get("gwp_growth_per_year") + " a year",
                "growth of the carbon footprint (GWP) of training a notable model",
                "Doubling every " + n.get("gwp_doubling_years") + " years; 95 % CI " + n.get("gwp_growth_ci") + "; "
                        + f.n() + " models, " + n.get("gwp_fit_period") + ", R² " + n.get("gwp_fit_r2") + ".")));
        headlines.add(new Headline(n.get("gwp_total_t") + " t CO2 eq", "GWP of training the " + n.get("models_estimated")
                + " models estimated", "Production of the hardware allocated to the runs, and their electricity."));
        headlines.add(new Headline(n.get("largest_gwp_t") + " t CO2 eq", "the largest single run: " + n.get("largest_model"),
                "Its page shows every step of the estimate."));
        headlines.add(new Headline(n.get("embodied_share_adpe"), "of metal and mineral depletion (ADPe) comes from "
                + "producing the hardware", "Against " + n.get("embodied_share_gwp") + " of GWP: the use phase is not "
                + "the whole story."));
        headlines.add(new Headline(n.get("kept_share"), "of the " + n.get("models_total") + " models in the data could be "
                + "estimated", "The others lack hardware, compute or training time; each is listed with its reason."));
        return headlines;
    }

    static double sum(List<Estimate> estimates, Measure measure) {
        double sum = 0;
        for (Estimate e : estimates) {
            sum += measure.of(e);
        }
        return sum;
    }

    static double share(List<Estimate> estimates, Measure part, Measure whole) {
        double w = sum(estimates, whole);
        return w == 0 ? 0 : sum(estimates, part) / w;
    }

    private static List<CardSummary> cards(ProjectData data, List<Estimate> estimates, Lca lca) {
        Map<String, List<Estimate>> byCard = new LinkedHashMap<>();
        for (Estimate e : estimates) {
            byCard.computeIfAbsent(e.card().card().id(), k -> new ArrayList<>()).add(e);
        }
        List<CardSummary> cards = new ArrayList<>();
        for (Accelerator a : data.accelerators()) {
            cards.add(new CardSummary(a.id(), a, lca.card(a), byCard.getOrDefault(a.id(), List.of())));
        }
        return cards;
    }

    private static List<ReasonCount> exclusionCounts(Estimation estimation) {
        Map<Exclusion.Reason, Integer> counts = new EnumMap<>(Exclusion.Reason.class);
        for (Exclusion x : estimation.exclusions()) {
            counts.merge(x.reason(), 1, Integer::sum);
        }
        List<ReasonCount> result = new ArrayList<>();
        counts.forEach((reason, count) -> result.add(new ReasonCount(reason.label(), count)));
        return result;
    }
}
