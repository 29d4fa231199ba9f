package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rebound.chart.SvgChart;
import org.rebound.content.Narrative;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Num;
import org.rebound.estimate.Estimate;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.report.CardSummary;
import org.rebound.report.ChartSpec;
import org.rebound.report.Report;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** Renders the report to the pages, charts and downloads of the site. */
public final class SiteWriter {
    private final TemplateEngine engine;
    private final Path templates;
    private final Path content;
    private final Formats fmt = new Formats();
    private Target target;

    public SiteWriter(Path templates, Path content) {
        this.templates = templates;
        this.content = content;
        if (!Files.isDirectory(templates)) {
            throw new InputException(Problem.ofFile(templates.toString(), "cannot read the templates folder"));
        }
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /** What was written, for the build summary. */
    public record Written(int pages, int files) {
    }

    /**
     * Which copy of the site is written.
     *
     * @param siteUrl   absolute URL of this copy: the base URL for the root, the edition's URL for a frozen copy
     * @param published whether this edition is published: citations then point at its permanent address
     * @param frozen    whether this is the frozen copy (it does not hold the other editions)
     * @param editions  the published editions, oldest first
     * @param changelog the project's CHANGES.md, shown on the about page
     */
    public record Target(String siteUrl, boolean published, boolean frozen, List<Editions.Frozen> editions,
            Path changelog) {
        public Target {
            editions = List.copyOf(editions);
        }

        /** The root copy of an unpublished edition, without other editions. */
        public static Target root(String baseUrl, Path changelog) {
            return new Target(baseUrl, false, false, List.of(), changelog);
        }
    }

    /** A row of the editions table on the about page. */
    public record EditionRow(int year, String title, String accessed, String sha256, int modelsEstimated,
            String href, String status) {
    }

    /** One download of the data page, with its columns. */
    public record Download(String id, String title, String description, List<String> files, int rows,
            List<Table.Doc> columns) {
    }

    /** Writes the whole site of {@code report} into {@code out}. */
    public Written write(Report report, SiteOutput out, Target target) {
        return write(report, out, target, path -> true);
    }

    /**
     * Writes the files of the site that {@code wanted} accepts (paths relative to the site root; a copied folder
     * as its prefix, e.g. {@code assets/}); the others are not even rendered. {@code rebound serve} re-renders
     * only the page a Markdown edit concerns.
     */
    public Written write(Report report, SiteOutput out, Target target, java.util.function.Predicate<String> wanted) {
        List<Page> pages = new ArrayList<>();
        int[] files = {0};
        java.util.function.BiConsumer<String, java.util.function.Supplier<String>> file = (path, text) -> {
            if (wanted.test(path)) {
                out.write(path, text.get());
                files[0]++;
            }
        };

        this.target = target;
        // Charts and their data.
        ChartSpec gwp = report.gwpChart();

        for (org.rebound.report.CardTrend t : report.cardTrends()) {
            file.accept("charts/" + t.chart().id() + ".svg", () -> SvgChart.render(t.chart(), "../", true) + "\n");
            file.accept("charts/" + t.chart().id() + ".csv", () -> chartCsv(t.chart()));
        }

        // Index.
        Narrative.Rendered index = Narrative.render(content.resolve("index.md"), report.narrative());
        Page home = new Page("", report.edition().title() + ": the environmental footprint of training AI models",
                "Energy, carbon, metals and primary energy of training " + report.estimates().size()
                        + " notable AI models, estimated from Epoch AI's data with a life-cycle assessment.");
        pages.add(home);
        file.accept(home.file(), () -> render(report, "index", home, Map.of("narrative", index, "gwpSvg", SvgChart.render(gwp, "", false))));

        // Models.
        Page models = new Page("models/", "Every model estimated",
                report.estimates().size() + " notable AI models with their training footprint, and the "
                        + report.estimation().exclusions().size() + " that could not be estimated, with the reason.");
        pages.add(models);
        file.accept(models.file(), () -> render(report, "models", models, Map.of("exclusions",
                Downloads.sortedExclusions(report.estimation().exclusions()))));
        Table<Estimate> modelTable = Downloads.models(report.uncertainty());
        for (Estimate e : report.estimates()) {
            Page p = new Page("models/" + e.slug() + "/", e.model().name() + ": training footprint",
                    "Energy, GWP, ADPe and primary energy of training " + e.model().name() + " ("
                            + e.model().organization() + ", " + e.model().publicationDate().orElseThrow()
                            + "), with every step of the estimate.");
            pages.add(p);
            file.accept(p.file(), () -> render(report, "model", p, Map.of("e", e,
                    "gwpSvg", SvgChart.renderContext(gwp.highlighting(p.file()), p.root()),
                    "cardSummary", report.card(e.card().card().id()).orElseThrow(),
                    "citation", citation(report, p, e.model().name() + ": training footprint", e.slug()))));
            file.accept(p.path() + "index.json", () -> modelJson(modelTable, e));
            file.accept(p.path() + "index.csv", () -> modelTable.csv(List.of(e)));
        }

        // Cards.
        Page gpus = new Page("gpus/", "Accelerator catalogue", report.cards().size()
                + " graphics cards and accelerators with their specifications, sources and production impacts.");
        pages.add(gpus);
        file.accept(gpus.file(), () -> render(report, "gpus", gpus, Map.of("cardSvgs", report.cardTrends().stream()
                .map(t -> SvgChart.render(t.chart(), "../", false)).toList())));
        ChartSpec cardGwp = report.cardTrends().get(0).chart();
        for (CardSummary c : report.cards()) {
            Page p = new Page("gpus/" + c.slug() + "/", c.card().displayName() + ": specifications and production impacts",
                    "Specifications of " + c.card().displayName() + " with sources, the impacts of producing one card"
                            + " split into die, memory and base, and the models trained on it.");
            pages.add(p);
            boolean inTrend = cardGwp.points().stream().anyMatch(pt -> pt.href().equals(p.file()));
            file.accept(p.file(), () -> render(report, "gpu", p, Map.of("c", c, "inTrend", inTrend,
                    "citation", citation(report, p, c.card().displayName() + ": specifications and production impacts",
                            c.slug()),
                    "trendSvg", inTrend ? SvgChart.renderContext(cardGwp.highlighting(p.file()), p.root()) : "")));
        }

        // Statistics.
        List<ChartSpec> statCharts = new ArrayList<>(report.trendCharts());
        statCharts.add(report.validationChart());
        statCharts.addAll(report.scenarioCharts());
        for (ChartSpec c : statCharts) {
            file.accept("charts/" + c.id() + ".svg", () -> SvgChart.render(c, "../", true) + "\n");
            file.accept("charts/" + c.id() + ".csv", () -> chartCsv(c));
        }
        if (wanted.test("charts/" + gwp.id() + ".png")) {
            out.write("charts/" + gwp.id() + ".png", org.rebound.chart.PngChart.render(gwp));
            files[0]++;
        }
        Page trends = new Page("trends/", "Trends", "Exponential trends of training compute, GPU-hours, energy, GWP, "
                + "ADPe and primary energy of notable AI models, with confidence and uncertainty intervals.");
        pages.add(trends);
        file.accept(trends.file(), () -> render(report, "trends", trends, Map.of("svgs", report.trendCharts().stream()
                .map(c -> SvgChart.render(c, trends.root(), false)).toList(),
                "measures", org.rebound.stats.TrendTable.MEASURES)));
        Page scenarios = new Page("scenarios/", "Scenarios", "Does the growth of training impacts persist with cleaner "
                + "grids, location shifting, longer-lived or busier hardware? Every scenario re-estimates every model.");
        pages.add(scenarios);
        file.accept(scenarios.file(), () -> render(report, "scenarios", scenarios, Map.of("svgs", report.scenarioCharts()
                .stream().map(c -> SvgChart.render(c, scenarios.root(), false)).toList())));
        Page validation = new Page("validation/", "Validation", "The GPU-hours estimated from compute against the "
                + "GPU-hours reported, the performance ratio they imply, and the MLCA reference results reproduced.");
        pages.add(validation);
        file.accept(validation.file(), () -> render(report, "validation", validation, Map.of("svg",
                SvgChart.render(report.validationChart(), validation.root(), false))));

        // Methodology.
        Narrative.Rendered method = Narrative.render(content.resolve("methodology.md"), report.narrative());
        Page methodology = new Page("methodology/", "Methodology", "How Rebound estimates the footprint of training a "
                + "model: GPU-hours, production of cards and servers, allocation, electricity; every parameter with "
                + "its source.");
        pages.add(methodology);
        file.accept(methodology.file(), () -> render(report, "methodology", methodology, Map.of("narrative", method)));

        // Downloads: each table written once, its columns documented on the data page.
        List<Download> downloads = List.of(
                download(file, "models", "Models", "One row per estimated model: its inputs as read, the GPU-hours, "
                        + "and the results with their production (embodied) and electricity (use) parts and 5–95 % "
                        + "ranges.", modelTable, report.estimates(), true),
                download(file, "excluded", "Excluded models", "One row per model that could not be estimated, "
                        + "with the reason.", Downloads.excluded(),
                        Downloads.sortedExclusions(report.estimation().exclusions()), false),
                download(file, "gpus", "Cards", "One row per card of the catalogue: specifications, source, and the "
                        + "impacts of producing one card.", Downloads.gpus(), report.cards(), false),
                download(file, "trends", "Trends", "One row per exponential fit: measure, scenario and subgroup.",
                        Downloads.trends(report.uncertainty()), report.trends(), false),
                download(file, "gpu-hours-validation", "GPU-hours validation", "One row per regression of the "
                        + "reported GPU-hours on those computed from compute and peak.", Downloads.validation(),
                        report.validation().fits(), false),
                download(file, "published-footprints", "Published footprints", "One row per footprint a model's "
                        + "makers (or a study of the model) published, beside Rebound's estimate.",
                        Downloads.published(), report.publishedComparisons(), false));

        // Data, about, search.
        Page data = new Page("data/", "Data", "Every result of " + report.edition().title() + " as CSV and JSON: "
                + "models, exclusions, cards, trends and the GPU-hours validation, with every column explained.");
        pages.add(data);
        file.accept(data.file(), () -> render(report, "data", data, Map.of("downloads", downloads,
                "jsonLd", DatasetJsonLd.of(report, target.siteUrl(), downloads))));
        Page about = new Page("about/", "About", "How to cite " + report.edition().title() + ", the licences of its "
                + "data, the editions published and what changed.");
        pages.add(about);
        file.accept(about.file(), () -> render(report, "about", about, Map.of(
                "narrative", Narrative.render(content.resolve("about.md"), report.narrative()),
                "siteCitation", citation(report, home, report.edition().title()
                        + ": the environmental footprint of training AI models", "report"),
                "editionRows", editionRows(report), "changelog", changelog())));
        Page search = new Page("search/", "Search", "Find a model or a graphics card of " + report.edition().title()
                + " by name, organisation or hardware.");
        pages.add(search);
        file.accept(search.file(), () -> render(report, "search", search, Map.of()));
        file.accept("search/search-index.js", () -> SearchIndex.of(report));

        // Site furniture.
        Page notFound = new Page("", "Page not found", "This page does not exist in this edition of Rebound.");
        file.accept(Editions.MANIFEST, () -> Editions.manifest(report, target.siteUrl()));
        if (!target.frozen()) {
            // The host serves only the root's 404 page; a frozen copy has none.
            file.accept("404.html", () -> render(report, "404", notFound, Map.of("base", basePath(target.siteUrl()))));
            file.accept(".nojekyll", () -> "");
            file.accept("robots.txt", () -> "User-agent: *\nAllow: /\nSitemap: " + target.siteUrl() + "sitemap.xml\n");
            file.accept("sitemap.xml", () -> sitemap(target.siteUrl(), pages));
            for (Editions.Frozen f : target.editions()) {
                String prefix = "editions/" + f.year() + "/";
                files[0] += wanted.test(prefix) ? out.copyTree(f.dir(), prefix, "the published edition") : 0;
            }
        }
        if (Files.isDirectory(templates.resolve("assets")) && wanted.test("assets/")) {
            files[0] += out.copyTree(templates.resolve("assets"), "assets/", "the assets");
        }
        return new Written(pages.size(), files[0]);
    }

    /** Writes {@code data/<id>.csv} (and {@code .json}) and says what it holds. */
    private static <T> Download download(java.util.function.BiConsumer<String, java.util.function.Supplier<String>> file,
            String id, String title, String description, Table<T> table, List<T> rows, boolean json) {
        List<String> files = json ? List.of(id + ".csv", id + ".json") : List.of(id + ".csv");
        file.accept("data/" + id + ".csv", () -> table.csv(rows));
        if (json) {
            file.accept("data/" + id + ".json", () -> table.json(rows));
        }
        return new Download(id, title, description, files, rows.size(), table.docs());
    }

    private List<EditionRow> editionRows(Report report) {
        List<EditionRow> rows = new ArrayList<>();
        boolean currentListed = false;
        for (Editions.Frozen f : target.editions()) {
            boolean current = f.year() == report.edition().year();
            currentListed |= current;
            String href = target.frozen() ? report.edition().baseUrl() + "editions/" + f.year() + "/"
                    : "../editions/" + f.year() + "/index.html";
            rows.add(new EditionRow(f.year(), f.title(), f.dataAccessed(), f.dataSha256(), f.modelsEstimated(), href,
                    current ? "published; this edition" : "published"));
        }
        if (!currentListed) {
            rows.add(new EditionRow(report.edition().year(), report.edition().title(),
                    report.source().accessed().map(Object::toString).orElse(""), report.source().sha256(),
                    report.estimates().size(), "", target.published() ? "published; this edition"
                    : "this build, not yet published"));
        }
        rows.sort(java.util.Comparator.comparingInt(EditionRow::year).reversed());
        return rows;
    }

    /** CHANGES.md as HTML, its headings moved one level down to sit under the page's own. */
    private String changelog() {
        Narrative.Rendered changes = Narrative.render(target.changelog(), Map.of());
        return changes.html().replace("<h3", "<h4").replace("</h3>", "</h4>")
                .replace("<h2", "<h3").replace("</h2>", "</h3>");
    }

    private String render(Report report, String template, Page page, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>(variables);
        vars.putIfAbsent("citation", null);
        vars.put("page", page);
        vars.put("root", page.root());
        vars.put("fmt", fmt);
        vars.put("canonical", page.path().isEmpty() && page.title().equals("Page not found") ? ""
                : target.siteUrl() + page.path());
        vars.put("siteUrl", target.siteUrl());
        vars.put("published", target.published());
        vars.put("report", report);
        vars.put("edition", report.edition());
        try {
            return engine.process(template, new Context(Locale.ROOT, vars));
        } catch (TemplateProcessingException e) {
            String file = templates.resolve(template + ".html").toString();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(new Problem(file, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                    Math.max(0, e.getCol() == null ? 0 : e.getCol()), "template error while writing " + page.file()
                    + ": " + Problem.firstLine(cause.getMessage())));
        }
    }

    /** The citation of a page: its permanent address once the edition is published, else its address now. */
    private org.rebound.report.Citation citation(Report report, Page page, String title, String slug) {
        String url = (target.published() ? report.edition().editionUrl() : target.siteUrl()) + page.path();
        return org.rebound.report.Citation.of(report.edition(), report.source(), title, url, slug);
    }

    /** The points of a chart: x (decimal year, or the x value of a log-x chart), y, name, tooltip, link. */
    private static String chartCsv(ChartSpec spec) {
        StringBuilder s = new StringBuilder(spec.logX() ? "x,y,name,label,href\n" : "year,value,name,label,href\n");
        for (ChartSpec.Point p : spec.points()) {
            s.append(Num.data(p.x())).append(',').append(Num.data(p.y())).append(',').append(csvCell(p.name()))
                    .append(',').append(csvCell(p.label())).append(',').append(csvCell(p.href())).append('\n');
        }
        return s.toString();
    }

    private static String csvCell(String text) {
        return text.matches("[^,\"\n\r]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String modelJson(Table<Estimate> table, Estimate e) {
        ObjectNode o = table.object(e);
        ArrayNode steps = o.putArray("derivation");
        for (DerivationStep s : e.derivation()) {
            ObjectNode step = steps.addObject();
            step.put("key", s.key());
            step.put("label", s.label());
            step.put("formula", s.formula());
            step.put("numbers", s.numbers());
            step.put("value", new java.math.BigDecimal(Num.data(s.value())));
            step.put("unit", s.unit());
        }
        ArrayNode notes = o.putArray("notes");
        e.notes().forEach(notes::add);
        return Table.write(o);
    }

    private static String sitemap(String baseUrl, List<Page> pages) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().map(Page::path).sorted().forEach(path -> s.append("  <url><loc>")
                .append(xml(baseUrl + path)).append("</loc></url>\n"));
        return s.append("</urlset>\n").toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The path part of the base URL ("/rebound/"), for the 404 page served at any depth. */
    static String basePath(String baseUrl) {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
