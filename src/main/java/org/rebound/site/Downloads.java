package org.rebound.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Indicator;
import org.rebound.stats.GpuHoursValidation;
import org.rebound.stats.TrendRow;
import org.rebound.stats.Uncertainty;
import org.rebound.estimate.Estimate;
import org.rebound.report.CardSummary;
import org.rebound.stats.Measure;

/** The machine-readable results: column names carry their units, one row per model or card, sorted. */
final class Downloads {
    private Downloads() {
    }

    static Table<Estimate> models(Uncertainty.Result uncertainty) {
        Table<Estimate> t = new Table<Estimate>()
                .column("slug", Estimate::slug)
                .column("model", e -> e.model().name())
                .column("organization", e -> e.model().organization())
                .column("publication_date", e -> e.model().publicationDate().orElseThrow().toString())
                .column("hardware", e -> String.join(", ", e.model().hardware()))
                .column("card_id", e -> e.card().card().id())
                .column("hardware_quantity", e -> e.model().hardwareQuantity())
                .column("country", e -> String.join(", ", e.model().countries()))
                .column("grid_iso3", e -> String.join(" ", e.grid().iso3()))
                .column("training_compute_flop", e -> e.model().trainingComputeFlop())
                .column("training_time_hours", e -> e.model().trainingTimeHours())
                .column("gpu_hours", Estimate::gpuHours)
                .column("gpu_hours_method", e -> e.method().label())
                .column("gpu_hours_h1", Estimate::gpuHoursH1)
                .column("gpu_hours_h2", Estimate::gpuHoursH2)
                .column("peak_precision", Estimate::precision)
                .column("tdp_w", Estimate::tdpWatts)
                .column("pue", Estimate::pue);
        for (Measure m : List.of(Measure.ENERGY, Measure.GWP, Measure.GWP_EMBODIED, Measure.GWP_USE, Measure.ADPE,
                Measure.ADPE_EMBODIED, Measure.ADPE_USE, Measure.PE, Measure.PE_EMBODIED, Measure.PE_USE)) {
            t.column(m.column(), m::of);
        }
        t.column("energy_kwh_p05", e -> range(uncertainty, e).map(r -> (Object) r.energyKwh().p05()).orElse(null));
        t.column("energy_kwh_p95", e -> range(uncertainty, e).map(r -> (Object) r.energyKwh().p95()).orElse(null));
        for (Indicator i : Indicator.values()) {
            String c = i.key() + "_" + i.unitKey();
            t.column(c + "_p05", e -> range(uncertainty, e).map(r -> (Object) r.of(i).p05()).orElse(null));
            t.column(c + "_p95", e -> range(uncertainty, e).map(r -> (Object) r.of(i).p95()).orElse(null));
        }
        return t;
    }

    private static java.util.Optional<Uncertainty.ModelRange> range(Uncertainty.Result u, Estimate e) {
        return u.model(e.slug());
    }

    static Table<TrendRow> trends(Uncertainty.Result uncertainty) {
        return new Table<TrendRow>()
                .column("measure", TrendRow::measure)
                .column("scenario", TrendRow::scenario)
                .column("subgroup", TrendRow::subgroup)
                .column("n", t -> t.fit().n())
                .column("period_start", t -> t.fit().periodStart())
                .column("period_end", t -> t.fit().periodEnd())
                .column("slope_log10_per_year", t -> t.fit().slopeLog10PerYear())
                .column("growth_factor_per_year", t -> t.fit().growthFactorPerYear())
                .column("doubling_time_years", t -> t.fit().doublingTimeYears())
                .column("r2", t -> t.fit().r2())
                .column("slope_ci_low", t -> t.fit().slopeCiLow())
                .column("slope_ci_high", t -> t.fit().slopeCiHigh())
                .column("p_value", t -> t.fit().pValue())
                .column("growth_factor_p05", t -> growth(uncertainty, t, true))
                .column("growth_factor_p95", t -> growth(uncertainty, t, false));
    }

    /** Monte Carlo interval of a baseline growth rate on all models; empty for the others. */
    private static Object growth(Uncertainty.Result u, TrendRow t, boolean low) {
        if (!t.scenario().equals("baseline") || !t.subgroup().equals("all")) {
            return null;
        }
        Uncertainty.Interval i = u.growthPerYear().get(t.measure());
        return i == null ? null : (low ? i.p05() : i.p95());
    }

    static Table<GpuHoursValidation.Fit> validation() {
        return new Table<GpuHoursValidation.Fit>()
                .column("fit", GpuHoursValidation.Fit::fit)
                .column("n", GpuHoursValidation.Fit::n)
                .column("ratio", GpuHoursValidation.Fit::ratio)
                .column("ratio_ci_low", GpuHoursValidation.Fit::ratioCiLow)
                .column("ratio_ci_high", GpuHoursValidation.Fit::ratioCiHigh)
                .column("r2", GpuHoursValidation.Fit::r2)
                .column("slope", GpuHoursValidation.Fit::slope);
    }

    static Table<Exclusion> excluded() {
        return new Table<Exclusion>()
                .column("model", x -> x.model().name())
                .column("reason", x -> x.reason().label())
                .column("detail", Exclusion::detail)
                .column("publication_date", x -> x.model().publicationDate().map(Object::toString).orElse(""))
                .column("hardware", x -> String.join(", ", x.model().hardware()))
                .column("source_line", x -> x.model().source().line());
    }

    /** Exclusions sorted by model name, then line. */
    static List<Exclusion> sortedExclusions(List<Exclusion> exclusions) {
        List<Exclusion> sorted = new ArrayList<>(exclusions);
        sorted.sort(Comparator.comparing((Exclusion x) -> x.model().name()).thenComparingLong(x -> x.model().source().line()));
        return sorted;
    }

    static Table<CardSummary> gpus() {
        return new Table<CardSummary>()
                .column("slug", CardSummary::slug)
                .column("card", c -> c.card().displayName())
                .column("vendor", c -> c.card().vendor())
                .column("release_date", c -> c.card().releaseDate().map(Object::toString).orElse(""))
                .column("architecture", c -> c.card().architecture())
                .column("process_nm", c -> c.card().processNm())
                .column("die_area_mm2", c -> c.card().dieAreaMm2())
                .column("memory_gb", c -> c.card().memoryGb())
                .column("memory_type", c -> c.card().memoryType())
                .column("tdp_w", c -> c.card().tdpWatts())
                .column("fp32_tflops", c -> c.card().fp32Tflops())
                .column("fp16_tensor_tflops", c -> c.card().fp16TensorTflops())
                .column("production_gwp_kgco2e", c -> c.footprint().total().gwpKgCo2e())
                .column("production_gwp_die_kgco2e", c -> c.footprint().die().gwpKgCo2e())
                .column("production_gwp_memory_kgco2e", c -> c.footprint().memory().gwpKgCo2e())
                .column("production_gwp_base_kgco2e", c -> c.footprint().base().gwpKgCo2e())
                .column("production_adpe_kgsbeq", c -> c.footprint().total().adpeKgSbEq())
                .column("production_pe_mj", c -> c.footprint().total().peMj())
                .column("fallbacks", c -> String.join(" ", c.footprint().fallbacks()))
                .column("models_estimated", c -> c.models().size())
                .column("source_url", c -> c.card().sourceUrl());
    }
}
