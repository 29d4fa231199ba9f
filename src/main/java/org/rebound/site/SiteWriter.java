package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
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

    /** Writes the whole site of {@code report} into {@code out}. */
    public Written write(Report report, SiteOutput out) {
        List<Page> pages = new ArrayList<>();
        int[] files = {0};
        java.util.function.BiConsumer<String, String> file = (path, text) -> {
            out.write(path, text);
            files[0]++;
        };

        // Charts and their data.
        ChartSpec gwp = report.gwpChart();

        for (org.rebound.report.CardTrend t : report.cardTrends()) {
            file.accept("charts/" + t.chart().id() + ".svg", SvgChart.render(t.chart(), "../", true) + "\n");
            file.accept("charts/" + t.chart().id() + ".csv", chartCsv(t.chart()));
        }

        // Index.
        Narrative.Rendered index = Narrative.render(content.resolve("index.md"), report.narrative());
        Page home = new Page("", report.edition().title() + ": the environmental footprint of training AI models",
                "Energy, carbon, metals and primary energy of training " + report.estimates().size()
                        + " notable AI models, estimated from Epoch AI's data with a life-cycle assessment.");
        pages.add(home);
        file.accept(home.file(), render(report, "index", home, Map.of("narrative", index, "gwpSvg", SvgChart.render(gwp, "", false))));

        // Models.
        Page models = new Page("models/", "Every model estimated",
                report.estimates().size() + " notable AI models with their training footprint, and the "
                        + report.estimation().exclusions().size() + " that could not be estimated, with the reason.");
        pages.add(models);
        file.accept(models.file(), render(report, "models", models, Map.of("exclusions",
                Downloads.sortedExclusions(report.estimation().exclusions()))));
        Table<Estimate> modelTable = Downloads.models(report.uncertainty());
        for (Estimate e : report.estimates()) {
            Page p = new Page("models/" + e.slug() + "/", e.model().name() + ": training footprint",
                    "Energy, GWP, ADPe and primary energy of training " + e.model().name() + " ("
                            + e.model().organization() + ", " + e.model().publicationDate().orElseThrow()
                            + "), with every step of the estimate.");
            pages.add(p);
            String chart = SvgChart.renderContext(gwp.highlighting(p.file()), p.root());
            file.accept(p.file(), render(report, "model", p, Map.of("e", e, "gwpSvg", chart,
                    "cardSummary", report.card(e.card().card().id()).orElseThrow(),
                    "citation", citation(report, p, e.model().name() + ": training footprint", e.slug()))));
            file.accept(p.path() + "index.json", modelJson(modelTable, e));
            file.accept(p.path() + "index.csv", modelTable.csv(List.of(e)));
        }

        // Cards.
        Page gpus = new Page("gpus/", "Accelerator catalogue", report.cards().size()
                + " graphics cards and accelerators with their specifications, sources and production impacts.");
        pages.add(gpus);
        List<String> cardSvgs = report.cardTrends().stream().map(t -> SvgChart.render(t.chart(), "../", false)).toList();
        file.accept(gpus.file(), render(report, "gpus", gpus, Map.of("cardSvgs", cardSvgs)));
        ChartSpec cardGwp = report.cardTrends().get(0).chart();
        for (CardSummary c : report.cards()) {
            Page p = new Page("gpus/" + c.slug() + "/", c.card().displayName() + ": specifications and production impacts",
                    "Specifications of " + c.card().displayName() + " with sources, the impacts of producing one card"
                            + " split into die, memory and base, and the models trained on it.");
            pages.add(p);
            boolean inTrend = cardGwp.points().stream().anyMatch(pt -> pt.href().equals(p.file()));
            file.accept(p.file(), render(report, "gpu", p, Map.of("c", c, "inTrend", inTrend,
                    "citation", citation(report, p, c.card().displayName() + ": specifications and production impacts",
                            c.slug()),
                    "trendSvg", inTrend ? SvgChart.renderContext(cardGwp.highlighting(p.file()), p.root()) : "")));
        }

        // Statistics.
        List<ChartSpec> statCharts = new ArrayList<>(report.trendCharts());
        statCharts.add(report.validationChart());
        statCharts.addAll(report.scenarioCharts());
        for (ChartSpec c : statCharts) {
            file.accept("charts/" + c.id() + ".svg", SvgChart.render(c, "../", true) + "\n");
            file.accept("charts/" + c.id() + ".csv", chartCsv(c));
        }
        out.write("charts/" + gwp.id() + ".png", org.rebound.chart.PngChart.render(gwp));
        files[0]++;
        Page trends = new Page("trends/", "Trends", "Exponential trends of training compute, GPU-hours, energy, GWP, "
                + "ADPe and primary energy of notable AI models, with confidence and uncertainty intervals.");
        pages.add(trends);
        file.accept(trends.file(), render(report, "trends", trends, Map.of("svgs", report.trendCharts().stream()
                .map(c -> SvgChart.render(c, trends.root(), false)).toList())));
        Page scenarios = new Page("scenarios/", "Scenarios", "Does the growth of training impacts persist with cleaner "
                + "grids, location shifting, longer-lived or busier hardware? Every scenario re-estimates every model.");
        pages.add(scenarios);
        file.accept(scenarios.file(), render(report, "scenarios", scenarios, Map.of("svgs", report.scenarioCharts()
                .stream().map(c -> SvgChart.render(c, scenarios.root(), false)).toList())));
        Page validation = new Page("validation/", "Validation", "The GPU-hours estimated from compute against the "
                + "GPU-hours reported, the performance ratio they imply, and the MLCA reference results reproduced.");
        pages.add(validation);
        file.accept(validation.file(), render(report, "validation", validation, Map.of("svg",
                SvgChart.render(report.validationChart(), validation.root(), false))));

        // Methodology.
        Narrative.Rendered method = Narrative.render(content.resolve("methodology.md"), report.narrative());
        Page methodology = new Page("methodology/", "Methodology", "How Rebound estimates the footprint of training a "
                + "model: GPU-hours, production of cards and servers, allocation, electricity; every parameter with "
                + "its source.");
        pages.add(methodology);
        file.accept(methodology.file(), render(report, "methodology", methodology, Map.of("narrative", method)));

        // Downloads.
        file.accept("data/models.csv", modelTable.csv(report.estimates()));
        file.accept("data/models.json", modelTable.json(report.estimates()));
        List<org.rebound.domain.Exclusion> excluded = Downloads.sortedExclusions(report.estimation().exclusions());
        file.accept("data/excluded.csv", Downloads.excluded().csv(excluded));
        file.accept("data/gpus.csv", Downloads.gpus().csv(report.cards()));
        file.accept("data/trends.csv", Downloads.trends(report.uncertainty()).csv(report.trends()));
        file.accept("data/gpu-hours-validation.csv", Downloads.validation().csv(report.validation().fits()));

        // Site furniture.
        Page notFound = new Page("", "Page not found", "This page does not exist in this edition of Rebound.");
        file.accept("404.html", render(report, "404", notFound, Map.of("base", basePath(report.edition().baseUrl()))));
        file.accept(".nojekyll", "");
        file.accept("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + report.edition().baseUrl() + "sitemap.xml\n");
        file.accept("sitemap.xml", sitemap(report.edition().baseUrl(), pages));
        copyAssets(out, files);
        return new Written(pages.size(), files[0]);
    }

    private String render(Report report, String template, Page page, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>(variables);
        vars.putIfAbsent("citation", null);
        vars.put("page", page);
        vars.put("root", page.root());
        vars.put("fmt", fmt);
        vars.put("canonical", page.path().isEmpty() && page.title().equals("Page not found") ? ""
                : report.edition().baseUrl() + page.path());
        vars.put("report", report);
        vars.put("edition", report.edition());
        try {
            return engine.process(template, new Context(Locale.ROOT, vars));
        } catch (TemplateProcessingException e) {
            String file = templates.resolve(template + ".html").toString();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new InputException(new Problem(file, Math.max(0, e.getLine() == null ? 0 : e.getLine()),
                    Math.max(0, e.getCol() == null ? 0 : e.getCol()), "template error while writing " + page.file()
                    + ": " + oneLine(cause.getMessage())));
        }
    }

    /** The citation of a page: its address in this edition. */
    private static org.rebound.report.Citation citation(Report report, Page page, String title, String slug) {
        return org.rebound.report.Citation.of(report.edition(), report.source(), title,
                report.edition().baseUrl() + page.path(), slug);
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String chartCsv(ChartSpec spec) {
        StringBuilder s = new StringBuilder("year,value,label,href\n");
        for (ChartSpec.Point p : spec.points()) {
            s.append(Num.data(p.x())).append(',').append(Num.data(p.y())).append(',').append(csvCell(p.label()))
                    .append(',').append(csvCell(p.href())).append('\n');
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

    private void copyAssets(SiteOutput out, int[] files) {
        Path assets = templates.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.write("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                files[0]++;
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(assets.toString(), "cannot read the assets: " + e.getMessage()));
        }
    }
}
