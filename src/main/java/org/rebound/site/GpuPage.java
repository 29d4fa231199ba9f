package org.rebound.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Impacts;
import org.rebound.domain.Amount;
import org.rebound.domain.Indicator;
import org.rebound.estimate.CardFootprint;
import org.rebound.report.CardSummary;
import org.rebound.report.ChartSpec;
import org.rebound.report.Citation;
import org.rebound.report.Subject;

/** A page per card of the catalogue: specifications with sources, production impacts, models trained on it. */
final class GpuPage implements PageKind {

    /** What a card page shows, one component per section of {@code gpu.html}. */
    record View(String gpusHref, String name, Specifications specifications, Production production, Trend trend,
            List<Model> models, Citation citation) {
    }

    /** The card's specifications, with the catalogue's source and notes. */
    record Specifications(String sourceUrl, String notes, List<ModelPage.Fact> facts) {
    }

    /** The impacts of producing one card, by part, with the memory density's source and the fallbacks used. */
    record Production(List<String> headers, List<Part> parts, String densitySource, List<String> fallbacks) {
    }

    /** The production trend with this card in red, when the card is in the trend ({@code shown}). */
    record Trend(boolean shown, String svg, String description, String yLabel) {
    }

    /** A part of the card's production impacts, one cell per indicator. */
    record Part(String label, List<Cell> cells) {
    }

    /** A value with the header it sits under (shown beside it on phones). */
    record Cell(String header, String value) {
    }

    /** A model trained on the card. */
    record Model(String name, String href, String date, String gwp) {
    }

    /**
     * The catalogue's field and source names, as its notes write them, in words for readers: the notes are written by
     * and for the catalogue's curators.
     */
    private static final java.util.Map<String, String> FIELD_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("die_area_mm2", "die area (mm²)"), java.util.Map.entry("process_nm", "process node (nm)"),
            java.util.Map.entry("memory_gb", "memory (GB)"), java.util.Map.entry("memory_type", "memory type"),
            java.util.Map.entry("tdp_w", "TDP (W)"), java.util.Map.entry("fp32_tflops", "FP32 peak (TFLOP/s)"),
            java.util.Map.entry("tf32_tflops", "TF32 peak (TFLOP/s)"),
            java.util.Map.entry("fp16_tensor_tflops", "FP16/BF16 tensor peak (TFLOP/s)"),
            java.util.Map.entry("fp8_tflops", "FP8 peak (TFLOP/s)"), java.util.Map.entry("int8_tops", "INT8 peak (TOPS)"),
            java.util.Map.entry("release_date", "release date"),
            java.util.Map.entry("chip_dataset", "the CPU and GPU product dataset (Sun et al. 2019)"),
            java.util.Map.entry("ml_hardware", "Epoch AI's machine learning hardware data"),
            java.util.Map.entry("ref_epoch_hardware", "Epoch AI's hardware name"),
            java.util.Map.entry("ref_chip_dataset", "the product dataset's name"));

    /** Notes with the catalogue's field names in words. */
    static String readable(String notes) {
        String out = notes;
        for (String field : FIELD_WORDS.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length)
                .reversed()).toList()) {
            out = out.replace(field, FIELD_WORDS.get(field));
        }
        return out;
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        return site.report().hardware().cards().stream().map(c -> page(c, site));
    }

    private static Page page(CardSummary c, SiteContext site) {
        Routes r = site.routes();
        Route route = r.card(c.card());
        Accelerator a = c.card();
        CardFootprint f = c.footprint();
        String title = a.displayName() + ": specifications and production impacts";
        Citation citation = site.citation(route, title, c.slug());
        List<ModelPage.Fact> facts = List.of(
                new ModelPage.Fact("Vendor", a.vendor()),
                new ModelPage.Fact("Family", Formats.orDash(a.family())),
                new ModelPage.Fact("Released", Formats.date(a.releaseDate())),
                new ModelPage.Fact("Architecture", Formats.orDash(a.architecture())),
                new ModelPage.Fact("Process node", Formats.opt(a.processNm(), "nm")),
                new ModelPage.Fact("Die area", Formats.opt(a.dieAreaMm2(), "mm²")),
                new ModelPage.Fact("Memory", Formats.opt(a.memoryGb(), "GB") + " " + a.memoryType()),
                new ModelPage.Fact("TDP", Formats.opt(a.tdpWatts(), "W")),
                new ModelPage.Fact("FP32 peak", Formats.opt(a.fp32Tflops(), "TFLOP/s")),
                new ModelPage.Fact("TF32 tensor peak", Formats.opt(a.tf32Tflops(), "TFLOP/s")),
                new ModelPage.Fact("FP16/BF16 tensor peak (dense)", Formats.opt(a.fp16TensorTflops(), "TFLOP/s")),
                new ModelPage.Fact("FP8 peak (dense)", Formats.opt(a.fp8Tflops(), "TFLOP/s")),
                new ModelPage.Fact("Form factor", Formats.orDash(a.formFactor())));
        String die = "Logic die: " + Formats.sig(f.logicDie().areaCm2()) + " cm²" + (f.logicDie().tableNodeNm() > 0 ? " at "
                + Formats.sig(f.logicDie().gwpKgPerCm2()) + " kg CO2 eq/cm² (" + Formats.sig(f.logicDie().tableNodeNm()) + " nm row)" : "");
        String memory = f.densityGbPerCm2() > 0 ? "Memory: " + Formats.sig(f.memoryGb()) + " GB at "
                + Formats.sig(f.densityGbPerCm2()) + " GB/cm²" : "Memory: " + Formats.sig(f.memoryGb())
                + " GB on the logic die";
        List<Part> production = List.of(part(die, f.die()), part(memory, f.memory()),
                part("Base (board, package, cooling)", f.base()), part("Total", f.total()));
        ChartSpec trend = site.report().hardware().cardTrends().get(0).chart();
        Subject subject = new Subject.Card(a.id());
        boolean inTrend = site.context(trend).shows(subject);
        String svg = inTrend ? site.context(trend).render(subject) : "";
        List<Model> models = c.models().stream().map(e -> new Model(e.model().name(), route.linkTo(r.model(e)),
                e.model().publicationDate().orElseThrow().toString(), Amount.of(e.total().get(Indicator.GWP), Indicator.GWP.unit())))
                .toList();
        View view = new View(route.linkTo(r.gpus()), a.displayName(),
                new Specifications(a.sourceUrl(), Formats.linked(readable(a.notes())), facts),
                new Production(headers(), production, Formats.derivation(f.densitySource()),
                        f.fallbacks().stream().map(Formats::derivation).toList()),
                new Trend(inTrend, svg, trend.description(), trend.yLabel()), models, citation);
        return Page.of(route, "gpu", title, "Specifications of " + a.displayName() + " with sources, the impacts of "
                + "producing one card split into die, memory and base, and the models trained on it.", view)
                .citing(citation);
    }

    private static List<String> headers() {
        return Arrays.stream(Indicator.values()).map(i -> i.label() + " (" + i.unit() + ")").toList();
    }

    private static Part part(String label, Impacts impacts) {
        List<String> headers = headers();
        List<Cell> cells = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            cells.add(new Cell(headers.get(i.ordinal()), Formats.sig(impacts.get(i))));
        }
        return new Part(label, cells);
    }
}
