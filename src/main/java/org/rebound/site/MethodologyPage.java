package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rebound.content.Narrative;
import org.rebound.data.ProjectData;
import org.rebound.domain.EverydayComparison;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.estimate.ServerFootprint;
import org.rebound.report.Report;
import org.rebound.stats.Measure;

/** The methodology: the narrative of {@code content/methodology.md} and every parameter and factor used. */
final class MethodologyPage implements PageKind {
    /** Significant digits of factors, shown as read. */
    private static final int FACTOR_DIGITS = 6;
    /** Significant digits of grid factors. */
    private static final int GRID_DIGITS = 4;

    /**
     * What the methodology page shows: the narrative, then one component per table the template adds after it
     * (those of {@link #TABLES}), with the headers of each table beside its rows.
     */
    record View(String title, List<Section> contents, String narrativeHtml, List<ParameterRow> parameters,
            ComponentFactors components, DefaultServer server, List<NodeRow> nodes, List<MemoryRow> memory,
            GridFactors grid, EverydayComparisons everyday) {
    }

    /** The production factors of components: one column per indicator per unit of size, then fixed ones. */
    record ComponentFactors(List<String> perSizeHeaders, List<String> fixedHeaders, List<ComponentRow> rows) {
    }

    /** The default server's parts, one column per indicator. */
    record DefaultServer(List<String> headers, List<ServerRow> rows) {
    }

    /** The electricity factors of each country, one column per indicator. */
    record GridFactors(List<String> headers, List<GridRow> rows) {
    }

    /** How everyday comparisons are made, and each one with its source. */
    record EverydayComparisons(String method, List<EverydayRow> rows) {
    }

    /** A section of the page, for its table of contents. */
    record Section(String title, String href) {
        static Section of(String id, String title) {
            return new Section(title, "#" + id);
        }
    }

    /** The anchor of the everyday comparisons' table. */
    private static final String EVERYDAY = "everyday";

    /** The tables the template adds after the narrative, in order, with their anchors. */
    private static final List<Section> TABLES = List.of(Section.of("parameters", "Parameters"),
            Section.of("components", "Production factors of components"), Section.of("server", "The default server"),
            Section.of("nodes", "Logic die GWP by technology node"), Section.of("memory", "Memory density by generation"),
            Section.of("grid", "Electricity factors"), Section.of(EVERYDAY, "Everyday comparisons"));

    /** The anchor of an everyday comparison's row: {@code everyday-world-person-year}. */
    static String everydayAnchor(EverydayComparison c) {
        return EVERYDAY + "-" + c.id();
    }

    /** The narrative's sections (its h2 headings), then the tables'. */
    static List<Section> contents(String narrativeHtml) {
        List<Section> sections = new ArrayList<>();
        for (org.jsoup.nodes.Element h : org.jsoup.Jsoup.parseBodyFragment(narrativeHtml).select("h2[id]")) {
            sections.add(Section.of(h.id(), h.text()));
        }
        sections.addAll(TABLES);
        return sections;
    }

    /** A parameter of {@code data/parameters.yaml}. */
    record ParameterRow(String id, String key, String value, String type, String unit, String section,
            String sectionHref, String reason, String source, String uncertainty) {
    }

    /** A component's production factors: per unit of size, then fixed, one per indicator each. */
    record ComponentRow(String component, String basis, List<String> perBasis, List<String> fixed, String source) {
    }

    /** A part of the default server. */
    record ServerRow(String part, String quantity, List<String> impacts) {
    }

    /** A row of the node table. */
    record NodeRow(String nodeNm, String fabEnergy, String gases, String materials, String dieGwp) {
    }

    /** A memory generation's density. */
    record MemoryRow(String memoryType, String density, String exampleDie, String serverFrom, String note) {
    }

    /** An everyday comparison of {@code data/everyday-comparisons.csv}, with its source and what the source says. */
    record EverydayRow(String id, String description, String comparedWith, String value, int year, String sourceTitle,
            String sourceUrl, String sourceQuote) {
    }

    /** A country's electricity factors. */
    record GridRow(String country, List<String> perKwh, String source) {
    }

    @Override
    public Set<String> narratives() {
        return Set.of("methodology.md");
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        ProjectData data = report.data();
        Narrative.Rendered method = site.narrative("methodology.md");
        // A parameter's section is a heading of this page, linked; one the page has no heading for is plain text.
        java.util.Map<String, String> headings = new java.util.HashMap<>();
        contents(method.html()).forEach(c -> headings.put(c.title(), c.href()));
        List<ParameterRow> parameters = data.parameters().entries().stream().map(p -> new ParameterRow(
                "param-" + p.key().key(), p.key().key(), shown(p.value()), p.key().kind().label()
                        + (p.range().isEmpty() ? "" : ", " + p.range()), p.unit(), p.section(),
                headings.getOrDefault(p.section(), ""), p.reason(), Formats.linked(p.source()),
                p.distribution().map(Object::toString).orElse("—"))).toList();
        List<ComponentRow> components = data.components().stream().map(c -> new ComponentRow(c.component(), c.basis(),
                values(c.perBasis(), FACTOR_DIGITS), values(c.fixed(), FACTOR_DIGITS), Formats.linked(c.source()))).toList();
        List<ServerRow> server = new ArrayList<>();
        for (ServerFootprint.Part p : report.hardware().server().parts()) {
            server.add(new ServerRow(p.name(), p.quantity(), values(p.impacts(), Measure.DISPLAY_DIGITS)));
        }
        server.add(new ServerRow("Total", "", values(report.hardware().server().total(), Measure.DISPLAY_DIGITS)));
        List<NodeRow> nodes = data.nodes().stream().map(n -> new NodeRow(Formats.sig(n.nodeNm()),
                Formats.sig(n.fabEnergyKwhPerCm2()), Formats.sig(n.gasesKgCo2ePerCm2()),
                Formats.sig(n.materialsKgCo2ePerCm2()), Formats.sig(report.dieGwpKgPerCm2(n)))).toList();
        org.rebound.estimate.Factors factors = new org.rebound.estimate.Factors(data.components(), data.nodes(),
                data.memoryDensities());
        List<MemoryRow> memory = data.memoryDensities().stream().map(d -> new MemoryRow(d.memoryType(),
                d.densityGbPerCm2().isPresent() ? Formats.opt(d.densityGbPerCm2())
                        : factors.density(d.memoryType()).map(x -> Formats.sig(x.gbPerCm2()) + " (derived: "
                                + Formats.sig(d.derivedFactor().getAsDouble()) + " × " + d.derivedFrom() + ")")
                                .orElse("—"),
                d.exampleDie(), d.serverFromYear().isPresent() ? "from " + d.serverFromYear().getAsInt() + " ("
                        + d.serverSource() + ")" : "—", d.note())).toList();
        List<GridRow> grid = data.gridFactors().stream().map(g -> new GridRow(g.country() + " (" + g.iso3() + ")",
                values(g.perKwh(), GRID_DIGITS), Formats.linked(g.gwpSource() + ", " + g.gwpYear()))).toList();
        List<String> perSize = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> withUnit = new ArrayList<>();
        List<String> perKwh = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            perSize.add(i.label() + " per size");
            fixed.add(i.label() + " fixed");
            withUnit.add(i.label() + " (" + i.unit() + ")");
            perKwh.add(i.label() + " (" + i.unit() + "/kWh)");
        }
        List<EverydayRow> everyday = data.everydayComparisons().stream().map(c -> new EverydayRow(everydayAnchor(c),
                c.description(), comparedWith(c.quantity()), Everyday.factor(c), c.year(), c.sourceTitle(),
                c.sourceUrl(), c.sourceQuote())).toList();
        View view = new View(method.title(), contents(method.html()), method.html(), parameters,
                new ComponentFactors(perSize, fixed, components), new DefaultServer(withUnit, server), nodes, memory,
                new GridFactors(perKwh, grid), new EverydayComparisons(Everyday.method(), everyday));
        return Stream.of(Page.of(site.routes().methodology(), "methodology", "Methodology", "How Rebound estimates the "
                + "footprint of training a model: GPU-hours, production of cards and servers, allocation, "
                + "electricity; every parameter with its source.", view));
    }

    /** What a comparison's value is compared with: the run's GWP or its electricity. */
    private static String comparedWith(EverydayComparison.Quantity quantity) {
        return switch (quantity) {
            case GWP_KGCO2E -> "GWP";
            case ENERGY_KWH -> "Electricity";
        };
    }

    /** One formatted value per indicator, in the indicators' order. */
    private static List<String> values(Impacts impacts, int digits) {
        List<String> values = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            values.add(Formats.sig(impacts.get(i), digits));
        }
        return values;
    }

    /** Most significant digits a parameter's number is shown with (its file keeps it whole: 200/109 = 1.834862…). */
    private static final int PARAMETER_DIGITS = 6;

    /** A parameter's value for readers: a long decimal number rounded, anything else as written. */
    static String shown(String value) {
        if (!value.matches("-?[0-9]+\\.[0-9]{" + PARAMETER_DIGITS + ",}")) {
            return value;
        }
        return org.rebound.domain.Num.sig(Double.parseDouble(value), PARAMETER_DIGITS);
    }
}
