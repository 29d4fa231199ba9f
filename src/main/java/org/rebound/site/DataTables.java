package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Edition;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Num;
import org.rebound.report.Report;
import org.rebound.domain.Indicator;
import org.rebound.stats.GpuHoursValidation;
import org.rebound.stats.TrendRow;
import org.rebound.stats.Uncertainty;
import org.rebound.estimate.Estimate;
import org.rebound.report.CardSummary;
import org.rebound.stats.Measure;

/**
 * The downloads of the data page ({@link DataPage}): each machine-readable table of the results, its columns
 * documented (their names carry their units), one row per model, card or fit, sorted; and the files each download
 * is written as. A model page's {@code index.csv} and {@code index.json} are its row of {@link #models}.
 */
final class DataTables {
    /** The file of the models' table, whose rows the model pages' {@code index.csv} repeat. */
    static final String MODELS_CSV = "models.csv";

    private DataTables() {
    }

    /**
     * One download of the data page, with its columns and its files' contents.
     *
     * @param files    file names in {@code data/}
     * @param contents each file's content, made when it is written (a large export's tables are not kept)
     */
    record Download(String id, String title, String description, List<String> files, int rows,
            List<Table.Doc> columns, List<Supplier<String>> contents) {
    }

    /** The downloads of {@code site}, in the order the data page lists them. */
    static List<Download> downloads(SiteContext site) {
        Report report = site.report();
        Edition edition = report.edition();
        return List.of(
                download(edition, "models", "Models", "One row per estimated model: its inputs as read, the GPU-hours, "
                        + "and the results with their production (embodied) and electricity (use) parts and 5–95 % "
                        + "ranges.", models(site), report.estimates(), true),
                download(edition, "excluded", "Excluded models", "One row per model that could not be estimated, "
                        + "with the reason.", excluded(), sortedExclusions(report.estimation().exclusions()), false),
                download(edition, "gpus", "Cards", "One row per card of the catalogue: specifications, source, and the "
                        + "impacts of producing one card.", gpus(), report.hardware().cards(), false),
                download(edition, "trends", "Trends", "One row per exponential fit: measure, scenario and subgroup.",
                        trends(report.uncertainty()), report.trends().rows(), false),
                download(edition, "gpu-hours-validation", "GPU-hours validation", "One row per regression of the "
                        + "reported GPU-hours on those computed from compute and peak.",
                        validation(report.validation().gpuHours().assumedRatio()),
                        report.validation().gpuHours().fits(), false),
                download(edition, "gpu-hours-pairs", "GPU-hours pairs", "One row per model with both GPU-hours "
                        + "estimates: reported, at full peak, the share of peak they imply, and whether the pair is "
                        + "left out of the fits as circular.", pairs(site.routes()),
                        report.validation().gpuHours().pairs(), false),
                download(edition, "published-footprints", "Published footprints", "One row per footprint a model's "
                        + "makers (or a study of the model) published, beside Rebound's estimate.",
                        published(site.routes()), report.validation().published(), false),
                download(edition, "power-draw-comparison", "Power drawn", "One row per estimated run for which Epoch AI "
                        + "gives a power draw: Epoch's and Rebound's average power of the run.",
                        power(site.routes()), report.validation().power(), false));
    }

    /** A download: its CSV, and with {@code json} its JSON, the rows under the download's id after the licence. */
    private static <T> Download download(Edition edition, String id, String title, String description,
            Table<T> table, List<T> rows, boolean json) {
        List<String> files = json ? List.of(id + ".csv", id + ".json") : List.of(id + ".csv");
        List<Supplier<String>> contents = json ? List.of(() -> table.csv(rows),
                () -> table.json(rows, Credits.json(edition), id)) : List.of(() -> table.csv(rows));
        return new Download(id, title, description, files, rows.size(), table.docs(), contents);
    }

    /** Whether a download is a CSV file, which has its CSVW metadata beside it. */
    static boolean isCsv(String fileName) {
        return fileName.endsWith(".csv");
    }

    /** A model's row as JSON, after the licence and credit, with its derivation and notes. */
    static String modelJson(Table<Estimate> table, Estimate e, Edition edition) {
        ObjectNode o = Credits.json(edition);
        o.setAll(table.object(e));
        ArrayNode steps = o.putArray("derivation");
        for (DerivationStep s : e.derivation()) {
            ObjectNode step = steps.addObject();
            step.put("key", s.key());
            step.put("label", s.label());
            step.put("formula", Formats.derivation(s.formula()));
            step.put("numbers", Formats.derivation(s.numbers()));
            step.put("value", new BigDecimal(Num.data(s.value())));
            step.put("unit", s.unit());
        }
        ArrayNode notes = o.putArray("notes");
        e.notes().forEach(n -> notes.add(Formats.derivation(n)));
        return Table.write(o);
    }

    /** The table of models, with a model page's twins ({@code index.csv}, {@code index.json}). */
    static Table<Estimate> models(SiteContext site) {
        Table<Estimate> t = new Table<Estimate>()
                .column("slug", "stable identifier of the model; its page is models/<slug>/", e -> site.routes().slug(e))
                .column("model", "model name as Epoch AI gives it", e -> e.model().name())
                .column("same_run_as", "the slug of an earlier entry describing the same training run (counted once in totals and trends); empty for most", e -> site.report().estimation().sameRunAs(e).flatMap(m -> site.estimate(m.name())).map(x -> site.routes().slug(x)).orElse(""))
                .column("organization", "organisations, as Epoch AI gives them", e -> e.model().organization())
                .column("publication_date", "publication date (ISO 8601), from Epoch AI", e -> e.model().publicationDate().orElseThrow().toString())
                .column("hardware", "training hardware as Epoch AI names it", e -> String.join(", ", e.model().hardware()))
                .column("card_id", "catalogue card the hardware resolved to (the first when several are named), or the card imputed", e -> e.cardFootprint().accelerator().id())
                .column("hardware_imputed", "how the card was imputed when Epoch AI names no hardware: organisation's fleet (a source documents it for the period), cards of the year (the card most estimated runs of those years used; the range draws among their cards); empty when Epoch AI names it", e -> e.imputation().map(i -> i.basis().label()).orElse(""))
                .column("hardware_quantity", "number of cards, from Epoch AI; empty when unknown", e -> e.model().hardwareQuantity())
                .column("country", "countries of the organisations, from Epoch AI", e -> String.join(", ", e.model().countries()))
                .column("grid_iso3", "ISO 3166 alpha-3 codes of the electricity grids used (WOR: world average)", e -> String.join(" ", e.gridAndPue().iso3()))
                .column("grid_basis", "how the grid was chosen: training site (a source says where the run took place), organisation countries (assumed), unknown (world average)", e -> e.gridAndPue().basis())
                .column("grid_country", "the country of the training site, where a source gives it; else empty", e -> e.gridAndPue().basis().equals(org.rebound.estimate.GridAndPue.TRAINING_SITE) ? e.gridAndPue().iso3().get(0) : "")
                .column("training_compute_flop", "training compute in FLOP, from Epoch AI", e -> e.model().trainingComputeFlop())
                .column("training_time_hours", "training time in hours, from Epoch AI", e -> e.model().trainingTimeHours())
                .column("epoch_power_w", "Epoch AI's Training power draw (W), where it gives one", e -> e.model().trainingPowerDrawWatts())
                .column("gpu_hours", "card-hours of the run used by the estimate", e -> e.gpuHours().value())
                .column("gpu_hours_method", "GPU-h1 (time × cards) or GPU-h2 (compute ÷ (peak × performance ratio))", e -> e.gpuHours().method().label())
                .column("gpu_hours_h1", "GPU-hours from time × cards, where both are known", e -> e.gpuHours().h1())
                .column("gpu_hours_h2", "GPU-hours from compute, peak and performance ratio, where computable", e -> e.gpuHours().h2())
                .column("peak_precision", "number format of the peak FLOP/s used for GPU-h2", e -> e.gpuHours().precision())
                .column("tdp_w", "thermal design power of one card, watts", e -> e.power().tdpWatts())
                .column("pue", "power usage effectiveness of the data centre assumed", e -> e.power().pue());
        for (org.rebound.data.EpochColumn c : org.rebound.data.EpochColumn.SHOWN) {
            t.column(c.csvName(), "Epoch AI's '" + c.header() + "', as read", e -> e.model().shown()
                    .getOrDefault(c.header(), ""));
        }
        // Energy and every indicator's total, production and electricity (compute and GPU-hours are above).
        List<Measure> results = Measure.values();
        for (Measure m : results.subList(results.indexOf(Measure.ENERGY), results.size())) {
            t.column(m.column(), m.title() + ", " + m.unit(), m::of);
        }
        // The study's choices for the same run, beside the best estimate, so that anyone sees what the inputs changed.
        java.util.Map<org.rebound.domain.NotableModel, Estimate> study = new java.util.IdentityHashMap<>();
        site.report().study().estimation().estimates().forEach(e -> study.put(e.model(), e));
        t.column("gpu_hours_study", "GPU-hours under the study's choices (empty when the study does not estimate the run)",
                e -> java.util.Optional.ofNullable(study.get(e.model())).map(x -> (Object) x.gpuHours().value()).orElse(null));
        t.column("energy_kwh_study", "energy under the study's choices, kWh",
                e -> java.util.Optional.ofNullable(study.get(e.model())).map(x -> (Object) x.energyKwh()).orElse(null));
        t.column("gwp_use_kgco2e_study", "GWP of the electricity under the study's choices, kg CO2 eq",
                e -> java.util.Optional.ofNullable(study.get(e.model())).map(x -> (Object) Measure.GWP_USE.of(x))
                        .orElse(null));
        // The blind estimate: the same method on Epoch's data alone, without the makers' figures about the run.
        var blind = site.report().study().blind();
        t.column("gpu_hours_blind", "GPU-hours of the blind estimate: the best estimate's method on Epoch's data alone, without the GPU-hours, site or cards its makers published",
                e -> java.util.Optional.ofNullable(blind.get(e.model())).map(x -> (Object) x.gpuHours()).orElse(null));
        t.column("energy_kwh_blind", "energy of the blind estimate, kWh",
                e -> java.util.Optional.ofNullable(blind.get(e.model())).map(x -> (Object) x.energyKwh()).orElse(null));
        t.column("gwp_use_kgco2e_blind", "GWP of the electricity in the blind estimate, kg CO2 eq",
                e -> java.util.Optional.ofNullable(blind.get(e.model())).map(x -> (Object) x.gwpUseKg()).orElse(null));
        t.column("energy_kwh_p05", "5th percentile of energy over the Monte Carlo draws, kWh", e -> site.range(e).map(r -> (Object) r.energyKwh().p05()).orElse(null));
        t.column("energy_kwh_p95", "95th percentile of energy over the Monte Carlo draws, kWh", e -> site.range(e).map(r -> (Object) r.energyKwh().p95()).orElse(null));
        for (Indicator i : Indicator.values()) {
            String c = i.key() + "_" + i.unitKey();
            t.column(c + "_p05", "5th percentile of " + i.label() + " over the Monte Carlo draws, " + i.unit(), e -> site.range(e).map(r -> (Object) r.of(i).p05()).orElse(null));
            t.column(c + "_p95", "95th percentile of " + i.label() + " over the Monte Carlo draws, " + i.unit(), e -> site.range(e).map(r -> (Object) r.of(i).p95()).orElse(null));
        }
        return t;
    }

    static Table<TrendRow> trends(Uncertainty.Result uncertainty) {
        return new Table<TrendRow>()
                .column("measure", "what is fitted: a column name of models.csv", TrendRow::measure)
                .column("scenario", "baseline, or the scenario that re-estimated every model", TrendRow::scenario)
                .column("subgroup", "the models fitted: all, or a subgroup of at least 10", TrendRow::subgroup)
                .column("n", "number of models fitted", t -> t.fit().n())
                .column("period_start", "earliest publication, decimal year", t -> t.fit().periodStart())
                .column("period_end", "latest publication, decimal year", t -> t.fit().periodEnd())
                .column("slope_log10_per_year", "OLS slope of log10(value) on decimal year", t -> t.fit().slopeLog10PerYear())
                .column("growth_factor_per_year", "10^slope: the factor the value grows by each year", t -> t.fit().growthFactorPerYear())
                .column("doubling_time_years", "log10(2) ÷ slope, years (empty when not growing)", t -> t.fit().doublingTimeYears())
                .column("r2", "coefficient of determination of the fit", t -> t.fit().r2())
                .column("slope_ci_low", "lower bound of the slope's 95 % confidence interval", t -> t.fit().slopeCiLow())
                .column("slope_ci_high", "upper bound of the slope's 95 % confidence interval", t -> t.fit().slopeCiHigh())
                .column("p_value", "p-value of the slope (two-sided t test against 0)", t -> t.fit().pValue())
                .column("growth_factor_p05", "5th percentile of the growth factor over the Monte Carlo draws (baseline, all models)", t -> growth(uncertainty, t, true))
                .column("growth_factor_p95", "95th percentile of the growth factor over the Monte Carlo draws (baseline, all models)", t -> growth(uncertainty, t, false));
    }

    /** Monte Carlo interval of a baseline growth rate on all models; empty for the others. */
    private static Object growth(Uncertainty.Result u, TrendRow t, boolean low) {
        if (!t.scenario().equals("baseline") || !t.subgroup().equals("all")) {
            return null;
        }
        Uncertainty.Interval i = u.growthPerYear().get(t.measure());
        return i == null ? null : (low ? i.p05() : i.p95());
    }

    static Table<GpuHoursValidation.Fit> validation(double assumedRatio) {
        return new Table<GpuHoursValidation.Fit>()
                .column("fit", "the regression of GPU-h1 on compute ÷ peak ÷ 3600: origin or log-log, on all runs or plausible ones", GpuHoursValidation.Fit::fit)
                .column("n", "models with both GPU-h1 and the GPU-h2 inputs", GpuHoursValidation.Fit::n)
                .column("ratio", "performance ratio the fit implies (method default "
                        + org.rebound.domain.Num.sig(assumedRatio, 2) + ")", GpuHoursValidation.Fit::ratio)
                .column("ratio_ci_low", "lower bound of the ratio's 95 % confidence interval", GpuHoursValidation.Fit::ratioCiLow)
                .column("ratio_ci_high", "upper bound of the ratio's 95 % confidence interval", GpuHoursValidation.Fit::ratioCiHigh)
                .column("r2", "coefficient of determination of the fit", GpuHoursValidation.Fit::r2)
                .column("slope", "fitted slope (origin: hours per ideal hour; log-log: exponent)", GpuHoursValidation.Fit::slope);
    }

    static Table<Exclusion> excluded() {
        return new Table<Exclusion>()
                .column("model", "model name as Epoch AI gives it", x -> x.model().name())
                .column("reason", "why the model could not be estimated", x -> x.reason().label())
                .column("detail", "what exactly was missing or wrong", x -> Formats.derivation(x.detail()))
                .column("publication_date", "publication date, from Epoch AI; empty when unknown", x -> x.model().publicationDate().map(Object::toString).orElse(""))
                .column("hardware", "training hardware as Epoch AI names it", x -> String.join(", ", x.model().hardware()))
                .column("source_line", "line of the model in the Epoch export read", x -> x.model().source().line());
    }

    /** Exclusions sorted by model name, then line. */
    static List<Exclusion> sortedExclusions(List<Exclusion> exclusions) {
        List<Exclusion> sorted = new ArrayList<>(exclusions);
        sorted.sort(Comparator.comparing((Exclusion x) -> x.model().name()).thenComparingLong(x -> x.model().source().line()));
        return sorted;
    }

    static Table<CardSummary> gpus() {
        Table<CardSummary> t = new Table<CardSummary>()
                .column("slug", "stable identifier of the card; its page is gpus/<slug>/", CardSummary::slug)
                .column("card", "card name", c -> c.card().displayName())
                .column("vendor", "maker of the chip", c -> c.card().vendor())
                .column("release_date", "release date (ISO 8601)", c -> c.card().releaseDate().map(Object::toString).orElse(""))
                .column("architecture", "micro-architecture", c -> c.card().architecture())
                .column("process_nm", "process node of the logic die, nm", c -> c.card().processNm())
                .column("die_area_mm2", "logic die area, mm²", c -> c.card().dieAreaMm2())
                .column("memory_gb", "memory on the card, GB", c -> c.card().memoryGb())
                .column("memory_type", "memory generation (HBM3, GDDR6…)", c -> c.card().memoryType())
                .column("tdp_w", "thermal design power, watts", c -> c.card().tdpWatts())
                .column("fp32_tflops", "dense FP32 peak, TFLOP/s", c -> c.card().fp32Tflops())
                .column("fp16_tensor_tflops", "dense FP16/BF16 tensor peak, TFLOP/s", c -> c.card().fp16TensorTflops());
        for (Indicator i : Indicator.values()) {
            t.column("production_" + i.column(), i.title() + " of producing one card, " + i.unit(),
                    c -> c.footprint().total().get(i));
            if (i == Indicator.GWP) {
                // The GWP split by part; the other indicators' parts are on each card page.
                t.column("production_gwp_die_kgco2e", "of which the logic die, kg CO2 eq", c -> c.footprint().die().get(i))
                        .column("production_gwp_memory_kgco2e", "of which the memory, kg CO2 eq",
                                c -> c.footprint().memory().get(i))
                        .column("production_gwp_base_kgco2e", "of which the rest of the card (base), kg CO2 eq",
                                c -> c.footprint().base().get(i));
            }
        }
        return t
                .column("fallbacks", "facts the catalogue lacks and what was used instead", c -> c.footprint().fallbacks().stream().map(Formats::derivation).collect(java.util.stream.Collectors.joining(" ")))
                .column("models_estimated", "models of this build trained on the card", c -> c.models().size())
                .column("source_url", "where the specifications come from", c -> c.card().sourceUrl());
    }

    static Table<org.rebound.report.PublishedComparison> published(Routes routes) {
        return new Table<org.rebound.report.PublishedComparison>()
                .column("model", "model name as Epoch AI gives it", c -> c.published().model())
                .column("slug", "the model's page, models/<slug>/; empty when this build did not estimate it",
                        c -> c.estimate().map(routes::slug).orElse(""))
                .column("quantity", "what was published: energy_kwh, gwp_kgco2e or gpu_hours", c -> c.published().quantity().key())
                .column("published_value", "the published number, in the unit of the quantity (kWh, kg CO2 eq, GPU-h)", c -> exact(c.published().value()))
                .column("rebound_value", "Rebound's estimate of the same quantity (GWP: total, production and electricity)", c -> c.rebound())
                .column("rebound_use_value", "for GWP, Rebound's electricity part alone, kg CO2 eq", c -> c.reboundElectricity())
                .column("ratio", "rebound_value ÷ published_value", c -> c.ratio())
                .column("basis", "for GWP, how the source counted the electricity's carbon: location (the grid where the run took place) or market (net of the operator's renewable purchases or carbon-free energy); empty when it does not say", c -> c.published().basis())
                .column("published_kgco2e_per_kwh", "for GWP, the carbon factor of the electricity the source used, where it states one", c -> c.published().kgco2ePerKwh())
                .column("matched_basis", "for GWP, how Rebound's electricity GWP was put on the published figure's basis", c -> c.matchedBasis())
                .column("matched_value", "for GWP, Rebound's electricity GWP on that basis, kg CO2 eq", c -> c.matchedElectricity())
                .column("matched_ratio", "matched_value ÷ published_value", c -> c.matchedRatio())
                .column("scope", "what the published number covers", c -> c.published().scope())
                .column("source_title", "where it was published", c -> c.published().sourceTitle())
                .column("source_url", "address of the source", c -> c.published().sourceUrl())
                .column("locator", "table or section of the source", c -> c.published().locator());
    }

    static Table<org.rebound.report.PowerComparison> power(Routes routes) {
        return new Table<org.rebound.report.PowerComparison>()
                .column("model", "model name as Epoch AI gives it", c -> c.estimate().model().name())
                .column("slug", "the model's page, models/<slug>/", c -> routes.slug(c.estimate()))
                .column("card_id", "catalogue card of the run", c -> c.estimate().cardFootprint().accelerator().id())
                .column("hardware_quantity", "number of cards, from Epoch AI", c -> c.estimate().model().hardwareQuantity())
                .column("epoch_power_w", "Epoch AI's Training power draw (W)", c -> c.epochWatts())
                .column("rebound_power_w", "Rebound's average power of the run: energy ÷ (GPU-hours ÷ cards), watts",
                        c -> c.reboundWatts())
                .column("ratio", "rebound_power_w ÷ epoch_power_w", c -> c.ratio());
    }

    static Table<org.rebound.stats.GpuHoursValidation.Pair> pairs(Routes routes) {
        return new Table<org.rebound.stats.GpuHoursValidation.Pair>()
                .column("model", "model name as Epoch AI gives it", p -> p.estimate().model().name())
                .column("slug", "the model's page, models/<slug>/", p -> routes.slug(p.estimate()))
                .column("card_id", "catalogue card of the run", p -> p.estimate().cardFootprint().accelerator().id())
                .column("gpu_hours_reported", "GPU-h1: training time × hardware quantity, from Epoch AI",
                        p -> p.gpuHoursH1())
                .column("gpu_hours_full_peak", "compute ÷ peak ÷ 3,600: the GPU-hours at full peak",
                        p -> p.fullPeakHours())
                .column("implied_share", "gpu_hours_full_peak ÷ gpu_hours_reported: the share of peak the pair implies",
                        p -> p.ratio())
                .column("circular", "the phrase of Epoch's compute notes showing the compute was derived from cards "
                        + "× time at an assumed utilisation (the pair is then left out of the fits); empty otherwise",
                        p -> p.circular().orElse(""));
    }

    /** A published number as given: whole numbers in full, others with the usual six digits. */
    private static Object exact(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value;
    }
}
