package org.rebound.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an image file says about itself, so that it keeps its licence and credit when it travels without its page:
 * an SVG's {@code <metadata>} (Dublin Core and Creative Commons RDF, as editors such as Inkscape write it) and a
 * PNG's text chunks (the PNG specification's keywords, and {@code License}).
 *
 * @param title       what the image shows
 * @param description a sentence about it, ending with where its data comes from
 * @param creator     who made it
 * @param credit      how to credit it: {@code Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)}
 * @param licenceUrl  the licence's address
 * @param sourceUrl   the address of the data it is drawn from
 */
public record ImageCredit(String title, String description, String creator, String credit, String licenceUrl,
        String sourceUrl) {

    /** An SVG {@code <metadata>} element: well-formed XML, its namespaces declared on it. */
    public String svgMetadata() {
        return "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:cc=\"http://creativecommons.org/ns#\">"
                + "<cc:Work rdf:about=\"\">"
                + "<dc:title>" + SvgChart.xml(title) + "</dc:title>"
                + "<dc:description>" + SvgChart.xml(description) + "</dc:description>"
                + "<dc:creator>" + SvgChart.xml(creator) + "</dc:creator>"
                + "<dc:rights>" + SvgChart.xml(credit) + "</dc:rights>"
                + "<dc:source rdf:resource=\"" + SvgChart.xml(sourceUrl) + "\"/>"
                + "<cc:license rdf:resource=\"" + SvgChart.xml(licenceUrl) + "\"/>"
                + "</cc:Work></rdf:RDF></metadata>";
    }

    /**
     * A PNG's text chunks, in the order they are written. {@code Title}, {@code Author}, {@code Description} and
     * {@code Copyright} are keywords of the PNG specification; {@code License} is not, but is what readers such as
     * ExifTool show under that name. ({@code Source} is the specification's "device used to create the image", so
     * the data's source goes in the description.)
     */
    public Map<String, String> pngText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", title);
        text.put("Author", creator);
        text.put("Description", description);
        text.put("Copyright", credit);
        text.put("License", licenceUrl);
        return text;
    }
}
