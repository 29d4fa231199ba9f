package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rebound.domain.Num;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.PublishedFootprint;
import org.rebound.report.PowerComparison;
import org.rebound.report.PublishedComparison;
import org.rebound.report.Report;
import org.rebound.stats.GpuHoursValidation;

/** The validation: GPU-hours from compute against those reported, and the footprints makers published. */
final class ValidationPage implements PageKind {
    /** Significant digits of a ratio Rebound ÷ published. */
    private static final int RATIO_DIGITS = 2;

    /** What the validation page shows, one component per section of {@code validation.html}. */
    record View(GpuHours gpuHours, List<Outlier> outliers, List<Circular> circular, PublishedFootprints published,
            PowerDraws power, LeftOut leftOut, MeasuredShare measuredShare) {
    }

    /**
     * GPU-hours from compute against those reported: the assumed ratio, the pairs, the verdict of the fits and
     * their chart.
     */
    record GpuHours(String assumedRatio, int pairs, int fitted, String agrees, String ratio, String ratioCi,
            Plausible plausible, String validationCsv, String pairsCsv, String fitsCaption, List<FitRow> fits,
            ChartView chart) {
    }

    /** The fit on the runs whose implied share of peak is physically plausible. */
    record Plausible(String n, String window, String agrees, String ratio, String ci) {
    }

    /** The footprints model makers published beside Rebound's. */
    record PublishedFootprints(String csv, String caption, List<Published> rows) {
    }

    /** Epoch AI's power draw of each run beside Rebound's, and the quantiles of their ratios. */
    record PowerDraws(int n, List<Quantile> quantiles, String csv, List<Power> rows) {
    }

    /** A quantile of the ratios Rebound ÷ Epoch of the runs' power. */
    /**
     * Rows of the long tables left out of the page, each table keeping its first {@code publish.rows-per-page}:
     * every row is in the table's CSV. (The largest departures are a short list of their own.)
     */
    record LeftOut(int circular, int power) {
    }

    /**
     * The share of peak the best estimate fits to Epoch's measured utilisations (the report's narrative values), for
     * the section beside the pairs' regression.
     *
     * @param n empty text when the build has no fit (fewer measured runs than it needs)
     */
    record MeasuredShare(String n, String median, String ci, String range, String change, String trend,
            String methodologyHref) {
    }

    record Quantile(String label, String ratio) {
    }

    /** A run's power: Epoch AI's estimate and Rebound's. */
    record Power(String model, String href, String card, String cards, String epochWatts, String reboundWatts,
            String ratio) {
    }

    /** A regression, display-ready. */
    record FitRow(String label, int n, String ratio, String ci, String r2, String slope, String agrees) {
    }

    /** A model far from the fitted ratio. */
    record Outlier(String name, String href, String card, String reported, String fullPeak, String share) {
    }

    /** A pair left out of the fits: Epoch derived its compute from hardware × time at an assumed utilisation. */
    record Circular(String name, String href, String card, String evidence, String share) {
    }

    /** A published footprint beside Rebound's estimate. */
    record Published(String model, String href, String what, String published, String rebound, Ratios ratios,
            String scope, String sourceUrl, String sourceTitle, String locator) {
    }

    /**
     * A published figure's ratios: the best estimate's, its electricity GWP on the figure's basis (and which), the
     * blind estimate's and the study's.
     */
    record Ratios(String best, String electricity, String basis, String blind, String study) {
    }

    private static MeasuredShare measuredShare(Report report, Route route, Routes r) {
        java.util.Map<String, String> n = report.summary().narrative();
        boolean fitted = report.estimation().shareOfPeak().isPresent();
        return new MeasuredShare(fitted ? n.get("share_of_peak_n") : "", n.get("share_of_peak_median"),
                n.get("share_of_peak_ci"), n.get("share_of_peak_range"), n.get("share_of_peak_change"),
                n.get("share_of_peak_trend"), Routes.link(route, r.methodology(), "checking-the-performance-ratio"));
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.validation();
        GpuHoursValidation.Result v = report.validation().gpuHours();
        String window = Formats.pct(v.plausibleLow()) + " to " + Formats.pct(v.plausibleHigh());
        List<FitRow> fits = v.fits().stream().map(x -> new FitRow(label(x.fit(), window), x.n(),
                Formats.pct(x.ratio()), Formats.pct(x.ratioCiLow()) + " to " + Formats.pct(x.ratioCiHigh()),
                Formats.fixed(x.r2(), 2), Formats.sig(x.slope()), v.agrees(x) ? "yes" : "no")).toList();
        List<Outlier> outliers = v.outliers().stream().map(p -> new Outlier(p.estimate().model().name(),
                route.linkTo(r.model(p.estimate())), p.estimate().cardFootprint().accelerator().displayName(),
                Formats.sig(p.gpuHoursH1()), Formats.sig(p.fullPeakHours()), Formats.sig(p.ratio() * 100) + " %"))
                .toList();
        List<Circular> circular = v.circular().stream().map(p -> new Circular(p.estimate().model().name(),
                route.linkTo(r.model(p.estimate())), p.estimate().cardFootprint().accelerator().displayName(), "“"
                + p.circular().orElseThrow() + "”", Formats.sig(p.ratio() * 100) + " %")).toList();
        List<PublishedComparison> comparisons = report.validation().published();
        List<PublishedComparison> study = report.study().published();
        List<PublishedComparison> blind = report.study().blindPublished();
        List<Published> published = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            published.add(published(comparisons.get(i), blind.get(i), study.get(i), route, r));
        }
        long estimated = comparisons.stream().filter(c -> c.estimate().isPresent()).count();
        String agrees = v.logLog().map(f -> v.agrees(f) ? "agree" : "do not agree").orElse("cannot say");
        String plausibleAgrees = v.plausible().map(f -> v.agrees(f) ? "agree" : "do not agree").orElse("cannot say");
        List<PowerComparison> powers = report.validation().power();
        double[] probabilities = {0.1, 0.25, 0.5, 0.75, 0.9};
        String[] labels = {"10th percentile", "25th percentile", "median", "75th percentile", "90th percentile"};
        List<Quantile> quantiles = new ArrayList<>();
        PowerComparison.quantiles(powers, probabilities).ifPresent(q -> {
            for (int i = 0; i < q.length; i++) {
                quantiles.add(new Quantile(labels[i], Num.sig(q[i], RATIO_DIGITS)));
            }
        });
        List<Power> powerRows = powers.stream().map(c -> new Power(c.estimate().model().name(),
                route.linkTo(r.model(c.estimate())), c.estimate().cardFootprint().accelerator().displayName(),
                Formats.opt(c.estimate().model().hardwareQuantity()), Formats.sig(c.epochWatts()),
                Formats.sig(c.reboundWatts()), Num.sig(c.ratio(), RATIO_DIGITS))).toList();
        Plausible plausible = new Plausible(v.plausible().map(f -> Integer.toString(f.n())).orElse("0"), window,
                plausibleAgrees, v.plausible().map(f -> Formats.pct(f.ratio())).orElse("n/a"),
                v.plausible().map(f -> Formats.pct(f.ratioCiLow()) + " to " + Formats.pct(f.ratioCiHigh()))
                        .orElse("n/a"));
        GpuHours gpuHours = new GpuHours(Formats.pct(v.assumedRatio()), v.pairs().size(), v.fitted().size(), agrees,
                v.logLog().map(f -> Formats.pct(f.ratio())).orElse("n/a"),
                v.logLog().map(f -> Formats.pct(f.ratioCiLow()) + " to " + Formats.pct(f.ratioCiHigh())).orElse("n/a"),
                plausible, route.linkTo(r.download("gpu-hours-validation.csv")),
                route.linkTo(r.download("gpu-hours-pairs.csv")), fits.size() + " regressions of reported "
                + "GPU-hours on GPU-hours at full peak", fits,
                ChartView.of(report.validation().gpuHoursChart(), route, site));
        PublishedFootprints publishedSection = new PublishedFootprints(
                route.linkTo(r.download("published-footprints.csv")), comparisons.size() + " published figures, "
                + estimated + " of models this build estimates", published);
        PowerDraws power = new PowerDraws(powers.size(), quantiles,
                route.linkTo(r.download("power-draw-comparison.csv")), powerRows);
        int perPage = (int) report.data().parameters().number(ParameterKey.ROWS_PER_PAGE);
        LeftOut leftOut = new LeftOut(Math.max(0, circular.size() - perPage), Math.max(0, powerRows.size() - perPage));
        View view = new View(gpuHours, outliers, Paging.slice(circular, 1, perPage),
                publishedSection, new PowerDraws(power.n(), power.quantiles(), power.csv(),
                        Paging.slice(power.rows(), 1, perPage)), leftOut, measuredShare(report, route, r));
        return Stream.of(Page.of(route, "validation", "Validation", "The GPU-hours estimated from compute against "
                + "the GPU-hours reported, the performance ratio they imply, and the MLCA reference results "
                + "reproduced.", view));
    }

    /** A configuration's like-for-like ratio: a GWP's electricity on the published basis, else the quantity's. */
    private static String like(PublishedComparison c) {
        boolean gwp = c.published().quantity() == PublishedFootprint.Quantity.GWP_KGCO2E;
        java.util.OptionalDouble x = gwp ? c.matchedRatio() : c.ratio();
        return x.isPresent() ? Num.sig(x.getAsDouble(), RATIO_DIGITS) : "—";
    }

    private static String label(String fit, String window) {
        return switch (fit) {
            case "origin" -> "Through the origin: GPU-h1 = b × X";
            case "log-log" -> "Log-log: log GPU-h1 against log X";
            default -> "Log-log, plausible runs only (share of peak " + window + ")";
        };
    }

    private static Published published(PublishedComparison c, PublishedComparison blind, PublishedComparison study,
            Route from, Routes r) {
        PublishedFootprint p = c.published();
        String unit = p.quantity().unit();
        return new Published(p.model(), c.estimate().map(e -> from.linkTo(r.model(e))).orElse(""),
                p.quantity().label(), Formats.sig(p.value()) + " " + unit,
                c.rebound().isPresent() ? Formats.sig(c.rebound().getAsDouble()) + " " + unit : "not estimated",
                new Ratios(c.ratio().isPresent() ? Num.sig(c.ratio().getAsDouble(), RATIO_DIGITS) : "—",
                        c.matchedRatio().isPresent() ? Num.sig(c.matchedRatio().getAsDouble(), RATIO_DIGITS) : "—",
                        c.matchedBasis(), like(blind), like(study)),
                p.scope(), p.sourceUrl(), p.sourceTitle(), p.locator());
    }
}
