package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Edition;
import org.rebound.domain.Amount;
import org.rebound.domain.Indicator;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Estimate;
import org.rebound.domain.Num;
import org.rebound.domain.PublishedFootprint;
import org.rebound.report.Citation;
import org.rebound.report.PublishedComparison;
import org.rebound.report.Ranking;
import org.rebound.report.Report;
import org.rebound.report.Subject;
import org.rebound.stats.Measure;
import org.rebound.stats.Uncertainty;

/** A page per estimated model: results, inputs, card, method, derivation, trend, scenarios, citation. */
final class ModelPage implements PageKind {
    /** Significant digits of a ratio Rebound ÷ published. */
    private static final int RATIO_DIGITS = 2;

    /**
     * What a model page shows, one component per section of {@code model.html}, in the page's order, so that a
     * template expression ({@code v.card.tdpWatts}) says where on the page it is.
     */
    record View(Header header, Results results, Published published, Inputs inputs, Card card, Method method,
            Derivation derivation, Trend trend, Scenarios scenarios, Cite cite, Embed embed) {
    }

    /** The title, the lede (organisations, date, energy, GWP, share of production), ranks and everyday terms. */
    record Header(String modelsHref, String name, List<Link> organisationLinks, String date, String energyKwh,
            String gwp, String productionShare, String ranks, List<Everyday.Line> everyday, String imputed) {
    }

    /** The results table, its Monte Carlo draws and the machine-readable copies of the page. */
    record Results(List<ResultRow> rows, String draws, String uncertaintyHref, String pointRank, String jsonHref,
            String csvHref) {
    }

    /** The figures its makers published beside Rebound's, and the factors the gap splits into. */
    record Published(List<PublishedRow> rows, List<String> split) {
    }

    /** The inputs as read from Epoch's data: file, line, access date, facts and the model's own link. */
    record Inputs(String sourceName, long line, String accessed, List<Fact> facts, String sourceLink,
            String sourceText) {
    }

    /** The card the run is estimated on: its page, TDP and the impacts of producing one. */
    record Card(String href, String name, String hardwareNote, String tdpWatts, String gwp, String adpe, String pe) {
    }

    /** How the run was estimated: same run, base models, GPU-hours method, peak, grid and notes. */
    record Method(Link sameRunAs, List<Link> bases, String label, String description, String otherMethodGpuHours,
            String precision, String peakFlops, String gridExplanation, List<String> notes) {
    }

    /** The derivation table and where its sources are. */
    record Derivation(String methodologyHref, List<Step> steps) {
    }

    /** The trend chart with this model in red. */
    record Trend(String svg, String description, String yLabel) {
    }

    /** The run under each scenario, in the units of its baseline. */
    record Scenarios(String href, String baselineGwp, String baselineEnergy, String gwpUnit, String energyUnit,
            List<ScenarioRow> rows) {
    }

    /** How to cite the page, and the edition its numbers are those of. */
    record Cite(Citation citation, int editionYear, String href) {
    }

    /** The footprint label and how to embed it: HTML, Markdown, and a LaTeX sentence citing the page. */
    record Embed(String labelHref, String labelPngHref, String html, String markdown, String latex) {
    }

    /** A figure the model's makers published, beside Rebound's like for like. */
    record PublishedRow(String what, String published, String rebound, String ratio, String scope, String sourceTitle,
            String sourceUrl, String locator) {
    }

    /** A model this one fine-tunes, linked to its page when this build estimates it ("" otherwise). */
    record Link(String name, String href) {
    }

    /** A row of the results table. */
    record ResultRow(String label, String total, String production, String electricity, String range, String unit) {
    }

    /** An input as read from Epoch's data. */
    record Fact(String term, String value) {
    }

    /** A derivation step, display-ready. */
    record Step(String id, String label, String formula, String numbers, String result) {
    }

    /** The run under one scenario. */
    record ScenarioRow(String label, String gwp, String energy) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        return site.report().estimates().stream().map(e -> page(e, site));
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        Routes r = site.routes();
        Edition edition = site.report().edition();
        Table<Estimate> table = DataTables.models(site);
        String models = r.url(r.csvMetadata(r.download(DataTables.MODELS_CSV)));
        return site.report().estimates().stream().flatMap(e -> {
            String url = site.citation(r.model(e), e.model().name() + ": training footprint", r.slug(e)).url();
            Route csv = r.modelCsv(e);
            // The columns are those of models.csv, whose metadata describes them: named here, described there.
            String csvMetadata = Credits.csvMetadata(edition, csv.path().substring(csv.path().lastIndexOf('/') + 1),
                    edition.title() + ": " + e.model().name() + ", its row of " + DataTables.MODELS_CSV, "The estimate of "
                    + e.model().name() + "'s training footprint, as in " + DataTables.MODELS_CSV + ".", table.docs(), false,
                    Optional.of(models));
            return Stream.of(SiteFile.text(r.modelJson(e), DataTables.modelJson(table, e, edition)),
                    SiteFile.text(csv, table.csv(List.of(e))),
                    SiteFile.text(r.csvMetadata(csv), csvMetadata),
                    SiteFile.text(r.modelLabel(e), Label.svg(e, edition, url)),
                    new SiteFile(r.modelLabelPng(e), Label.png(e, edition, url, site.pngs())));
        });
    }

    private static Page page(Estimate e, SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        Route route = r.model(e);
        NotableModel m = e.model();
        String title = m.name() + ": training footprint";
        Citation citation = site.citation(route, title, r.slug(e));
        Optional<Uncertainty.ModelRange> range = site.range(e);

        List<ResultRow> results = new ArrayList<>();
        // Each row in one unit of the site's policy, that of its total: "632 t CO2 eq", "1.27 GWh".
        Amount.Scale energy = Amount.scale(e.energyKwh(), "kWh");
        results.add(new ResultRow("Energy", energy.number(e.energyKwh(), Amount.DIGITS), "—",
                energy.number(e.energyKwh(), Amount.DIGITS), range.map(x -> interval(x.energyKwh(), energy)).orElse("—"),
                energy.unit()));
        for (Indicator i : Indicator.values()) {
            Amount.Scale scale = Amount.scale(e.total().get(i), i.unit());
            results.add(new ResultRow(i.longLabel(), scale.number(e.total().get(i), Amount.DIGITS),
                    scale.number(e.production().get(i), Amount.DIGITS), scale.number(e.electricity().get(i), Amount.DIGITS),
                    range.map(x -> interval(x.of(i), scale)).orElse("—"), scale.unit()));
        }
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("Training compute", Formats.opt(m.trainingComputeFlop(), "FLOP")),
                new Fact("Training time", Formats.opt(m.trainingTimeHours(), "hours")),
                new Fact("Training hardware", m.hardware().isEmpty() ? (e.hardwareImputed()
                        ? "not given (the card is imputed: see Card)" : "not given") : String.join(", ", m.hardware())),
                new Fact("Hardware quantity", Formats.opt(m.hardwareQuantity())),
                new Fact("Numerical format", Formats.orDash(m.numericalFormat())),
                new Fact("Country of organisation", Formats.orDash(String.join(", ",
                        new java.util.LinkedHashSet<>(m.countries())))),
                new Fact("Parameters", m.parameters().isPresent() ? Num.sig(m.parameters().getAsDouble(), Amount.DIGITS) : "—"),
                new Fact("Epoch's confidence", Formats.orDash(m.confidence()))));
        // Epoch's columns shown as read (EpochColumn.SHOWN), under their own headers.
        m.shown().forEach((header, value) -> facts.add(new Fact(header, Formats.orDash(value))));
        String other = e.gpuHours().other().isPresent() ? Formats.sig(e.gpuHours().other().getAsDouble()) : "";
        List<Step> steps = e.derivation().stream().map(ModelPage::step).toList();
        List<PublishedComparison> mine = report.validation().published().stream()
                .filter(c -> c.estimate().isPresent() && c.estimate().get() == e).toList();
        Subject subject = new Subject.Model(m);
        String trend = site.context(report.trends().gwpChart()).render(subject);
        // The scenarios in the unit of the baseline, so that the column compares at a glance.
        Amount.Scale gwpScale = Amount.scale(e.total().get(Indicator.GWP), Indicator.GWP.unit());
        Amount.Scale energyScale = Amount.scale(e.energyKwh(), "kWh");
        List<ScenarioRow> scenarios = site.scenarioValues(e).stream().map(v -> new ScenarioRow(v.label(),
                gwpScale.number(v.gwpKgCo2e(), Amount.DIGITS), energyScale.number(v.energyKwh(), Amount.DIGITS)))
                .toList();
        Header header = new Header(route.linkTo(r.models()), m.name(),
                Routes.organisationsOf(m).stream().map(o -> new Link(o, route.linkTo(r.organisation(o)))).toList(),
                m.publicationDate().orElseThrow().toString(), Label.energy(e.energyKwh()),
                Label.gwp(e.total().get(Indicator.GWP)),
                Formats.pct(e.production().get(Indicator.GWP) / e.total().get(Indicator.GWP)), ranks(e, site),
                Everyday.lines(Measure.GWP.of(e), Measure.ENERGY.of(e), route, site),
                e.imputation().map(i -> "Epoch's data names no training hardware for this run: the card, "
                        + e.cardFootprint().accelerator().displayName() + ", is imputed from "
                        + (i.basis() == org.rebound.estimate.Imputation.Basis.FLEET
                                ? "the fleet its organisation documents for the period"
                                : "the cards of the runs Rebound estimates from the same years")
                        + ", and its GPU-hours from its compute alone. Its range draws over "
                        + (i.alternatives().size() == 1 ? "the other unknowns." : "those cards too.")).orElse(""));
        Results resultsSection = new Results(results, Num.count(report.uncertainty().draws()),
                Routes.link(route, r.methodology(), "uncertainty"),
                range.map(x -> pointRank(x.pointRank(Indicator.GWP))).orElse(""), route.linkTo(r.modelJson(e)),
                route.linkTo(r.modelCsv(e)));
        Inputs inputs = new Inputs(report.source().name(), m.source().line(),
                report.source().accessed().map(Object::toString).orElse(""), facts, Formats.firstLink(m.link()),
                m.link().isBlank() ? "—" : Formats.firstAddress(m.link()));
        Card card = new Card(route.linkTo(r.card(e.cardFootprint().accelerator())),
                e.cardFootprint().accelerator().displayName(), Formats.derivation(e.hardwareNote()),
                Formats.sig(e.power().tdpWatts(), 4), Formats.sig(e.cardFootprint().total().get(Indicator.GWP)),
                Formats.sig(e.cardFootprint().total().get(Indicator.ADPE)),
                Formats.sig(e.cardFootprint().total().get(Indicator.PE)));
        Method method = new Method(report.estimation().sameRunAs(e).map(first -> new Link(first.name(),
                site.estimate(first.name()).map(x -> route.linkTo(r.model(x))).orElse(""))).orElse(null),
                bases(m, route, site), e.gpuHours().method().label(), e.gpuHours().method().description(), other,
                e.gpuHours().precision(), Formats.sig(e.gpuHours().peakFlops() / TFLOPS),
                Formats.linked(e.gridAndPue().explanation()),
                e.notes().stream().map(n -> Formats.linked(Formats.derivation(n))).toList());
        Trend trendSection = new Trend(trend, report.trends().gwpChart().description(),
                report.trends().gwpChart().yLabel());
        Scenarios scenarioSection = new Scenarios(route.linkTo(r.scenarios()),
                gwpScale.number(e.total().get(Indicator.GWP), Amount.DIGITS),
                energyScale.number(e.energyKwh(), Amount.DIGITS), gwpScale.unit(), energyScale.unit(), scenarios);
        View view = new View(header, resultsSection, new Published(publishedRows(mine), split(mine)), inputs, card,
                method, new Derivation(route.linkTo(r.methodology()), steps), trendSection, scenarioSection,
                new Cite(citation, report.edition().year(), Routes.link(route, r.about(), "cite")),
                embed(e, citation, site));
        return Page.of(route, "model", title, "Energy, GWP, ADPe and primary energy of training " + m.name() + " ("
                + m.organization() + ", " + m.publicationDate().orElseThrow() + "), with every step of the estimate.",
                view).citing(citation);
    }

    /**
     * Where the run ranks by GWP and by energy among the runs estimated, overall and in its publication year; an
     * entry that repeats a run ranks as that run.
     */
    private static String ranks(Estimate e, SiteContext site) {
        Estimate run = site.run(e);
        int year = Ranking.year(run);
        Ranking gwp = site.ranking(Measure.GWP);
        Ranking energy = site.ranking(Measure.ENERGY);
        String counted = run == e ? "" : "The run counts once, as " + run.model().name() + ". ";
        return counted + Everyday.ranks("carbon footprint", gwp.overall(run), gwp.inYear(run), year, false) + " "
                + Everyday.ranks("electricity use", energy.overall(run), energy.inYear(run), year, true);
    }

    /** FLOP/s in a TFLOP/s: peaks are written in TFLOP/s. */
    private static final double TFLOPS = 1e12;

    /** The label of a model and its snippets, pointing to the cited address. */
    private static Embed embed(Estimate e, Citation citation, SiteContext site) {
        Routes r = site.routes();
        String page = citation.url();
        String label = page.endsWith("/") ? page + "label.svg" : page.replaceAll("[^/]*$", "") + "label.svg";
        String alt = e.model().name() + ": training footprint " + Label.gwp(e.total().get(Indicator.GWP)) + ", "
                + Label.energy(e.energyKwh()) + " (" + site.report().edition().title() + ")";
        String html = "<a href=\"" + page + "\"><img src=\"" + label + "\" width=\"440\" height=\"112\" alt=\""
                + alt.replace("\"", "&quot;") + "\"></a>";
        String markdown = "[![" + alt.replace("]", "\\]") + "](" + label + ")](" + page + ")";
        String latex = "Training " + Citation.tex(e.model().name()) + " emitted about "
                + Citation.tex(Label.gwp(e.total().get(Indicator.GWP))).replace(" CO2 eq", "~CO\\textsubscript{2}\\,eq")
                + " and used " + Citation.tex(Label.energy(e.energyKwh())) + " of electricity~\\cite{" + citation.key()
                + "}.";
        return new Embed(site.routes().model(e).linkTo(r.modelLabel(e)), site.routes().model(e).linkTo(
                r.modelLabelPng(e)), html, markdown, latex);
    }

    /**
     * Where the point estimate of GWP lies among the draws, in words: "at the 38th percentile of the draws: 62 % of
     * them are higher".
     */
    static String pointRank(double share) {
        int percentile = (int) Math.round(share * 100);
        return "at the " + Formats.ordinal(percentile) + " percentile of the draws: " + (100 - percentile)
                + " % of them are higher";
    }

    private static List<PublishedRow> publishedRows(List<PublishedComparison> mine) {
        List<PublishedRow> rows = new ArrayList<>();
        for (PublishedComparison c : mine) {
            PublishedFootprint p = c.published();
            boolean gwp = p.quantity() == PublishedFootprint.Quantity.GWP_KGCO2E;
            // A GWP on the published figure's own basis; a market-based one without its factor, location-based.
            boolean matched = gwp && c.matchedElectricity().isPresent();
            double rebound = matched ? c.matchedElectricity().getAsDouble()
                    : gwp ? c.reboundElectricity().getAsDouble() : c.rebound().getAsDouble();
            String what = !gwp ? p.quantity().label()
                    : p.marketBased() && matched ? "GWP of the electricity, market-based (Rebound's energy × the makers' "
                            + Num.sig(p.kgco2ePerKwh().getAsDouble(), 3) + " kg CO2 eq/kWh; location-based, on its "
                            + "grid: " + Amount.of(c.reboundElectricity().getAsDouble(), p.quantity().unit()) + ")"
                    : p.marketBased() ? "GWP of the electricity: the makers' is market-based without its factor, "
                            + "Rebound's location-based (not like for like)"
                    : "GWP of the electricity, location-based";
            rows.add(new PublishedRow(what,
                    Amount.of(p.value(), p.quantity().unit()), Amount.of(rebound, p.quantity().unit()),
                    "×" + Num.sig(rebound / p.value(), RATIO_DIGITS), p.scope(), p.sourceTitle(), p.sourceUrl(),
                    p.locator()));
        }
        return rows;
    }

    /** "GPU-hours ×1.2", "energy per GPU-hour ×1.5", "grid ×0.7": the factors the makers' figures allow. */
    private static List<String> split(List<PublishedComparison> mine) {
        List<String> parts = new ArrayList<>();
        PublishedComparison.split(mine).ifPresent(s -> {
            if (Double.isFinite(s.gpuHours())) {
                parts.add("GPU-hours ×" + Num.sig(s.gpuHours(), RATIO_DIGITS));
            }
            if (Double.isFinite(s.energyPerHour())) {
                parts.add("energy per GPU-hour (card power, draw and PUE) ×" + Num.sig(s.energyPerHour(), RATIO_DIGITS));
            }
            if (Double.isFinite(s.gridPerKwh())) {
                parts.add("grid factor per kWh ×" + Num.sig(s.gridPerKwh(), RATIO_DIGITS));
            }
        });
        return parts;
    }

    /** The base models Epoch names for a fine-tune, each linked to its page when estimated. */
    private static List<Link> bases(NotableModel m, Route from, SiteContext site) {
        if (m.baseModel().isBlank()) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (String name : m.baseModel().split(",")) {
            String base = name.strip();
            links.add(new Link(base, site.estimate(base).map(e -> from.linkTo(site.routes().model(e))).orElse("")));
        }
        return links;
    }

    private static String interval(Uncertainty.Interval x, Amount.Scale scale) {
        return scale.number(x.p05(), Amount.DIGITS) + "–" + scale.number(x.p95(), Amount.DIGITS);
    }

    private static Step step(DerivationStep s) {
        return new Step("step-" + s.key(), s.label(), Formats.derivation(s.formula()), Formats.derivation(s.numbers()),
                Formats.sig(s.value(), Formats.DERIVATION_DIGITS) + " " + s.unit());
    }

    /** The first address of Epoch's link cell (it may hold several, one per line), or "" when none. */
}
