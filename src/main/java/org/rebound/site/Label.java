package org.rebound.site;

import org.rebound.chart.ImageCredit;
import org.rebound.chart.LabelPng;
import org.rebound.domain.Amount;
import org.rebound.domain.Edition;
import org.rebound.domain.Indicator;
import org.rebound.domain.Num;
import org.rebound.estimate.Estimate;

/**
 * A model's footprint label: a small self-contained SVG (no font, script or image to fetch; a few KB) with the model,
 * its GWP and energy, the edition and the permanent address, for model cards and papers to embed.
 */
final class Label {
    /** The label's size, in CSS pixels. */
    private static final int WIDTH = LabelPng.WIDTH;
    private static final int HEIGHT = LabelPng.HEIGHT;

    private Label() {
    }

    /** GWP with its unit (the site's unit policy, {@link Amount}). */
    static String gwp(double kg) {
        return Amount.of(kg, Indicator.GWP.unit());
    }

    /** Energy with its unit (the site's unit policy, {@link Amount}). */
    static String energy(double kwh) {
        return Amount.of(kwh, "kWh");
    }

    /** What the label of one estimate says, naming its edition and pointing to {@code url}. */
    static LabelPng.Text text(Estimate e, Edition edition, String url) {
        String name = e.model().name();
        String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
        return new LabelPng.Text("Training footprint · " + edition.title(), shown, gwp(e.total().get(Indicator.GWP)),
                energy(e.energyKwh()), url);
    }

    /** The label as a PNG (twice the SVG's size), for hosts that do not show SVG images. */
    static byte[] png(Estimate e, Edition edition, String url, org.rebound.chart.PngCache cache) {
        return LabelPng.render(text(e, edition, url), credit(e, edition, url), cache);
    }

    /** What the label says about itself: the model, its numbers and page, the licence and credit. */
    static ImageCredit credit(Estimate e, Edition edition, String url) {
        return Credits.image(edition, title(e, edition), "The training footprint of " + e.model().name()
                + " estimated by Rebound: " + gwp(e.total().get(Indicator.GWP)) + ", " + energy(e.energyKwh())
                + " of electricity; " + url + ".");
    }

    private static String title(Estimate e, Edition edition) {
        return e.model().name() + ": training footprint " + gwp(e.total().get(Indicator.GWP)) + ", "
                + energy(e.energyKwh()) + " (" + edition.title() + ")";
    }

    /** The label of one estimate, naming its edition and pointing to {@code url}. */
    static String svg(Estimate e, Edition edition, String url) {
        String shown = text(e, edition, url).model();
        String gwp = gwp(e.total().get(Indicator.GWP));
        String energy = energy(e.energyKwh());
        String title = title(e, edition);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 "
                + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"" + xml(title) + "\">"
                + "<title>" + xml(title) + "</title>"
                + credit(e, edition, url).svgMetadata()
                + "<rect x=\"0.5\" y=\"0.5\" width=\"" + (WIDTH - 1) + "\" height=\"" + (HEIGHT - 1)
                + "\" rx=\"8\" fill=\"#fff\" stroke=\"#1f4e79\"/>"
                + "<rect x=\"0.5\" y=\"0.5\" width=\"8\" height=\"" + (HEIGHT - 1) + "\" fill=\"#1f4e79\"/>"
                + "<g font-family=\"system-ui,-apple-system,Segoe UI,Roboto,sans-serif\" fill=\"#1b1b1b\">"
                + "<text x=\"22\" y=\"26\" font-size=\"13\" fill=\"#555\">Training footprint · " + xml(edition.title())
                + "</text>"
                + "<text x=\"22\" y=\"50\" font-size=\"17\" font-weight=\"700\">" + xml(shown) + "</text>"
                + "<text x=\"22\" y=\"76\" font-size=\"15\"><tspan font-weight=\"700\" fill=\"#c0392b\">" + xml(gwp)
                + "</tspan> · " + xml(energy) + " of electricity</text>"
                + "<text x=\"22\" y=\"98\" font-size=\"11\" fill=\"#555\">" + xml(url) + "</text>"
                + "</g></svg>\n";
    }

    /** Names longer than this are cut with an ellipsis on the label (the page gives them whole). */
    private static final int MAX_NAME = 42;

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
