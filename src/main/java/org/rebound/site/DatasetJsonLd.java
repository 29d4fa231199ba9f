package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rebound.domain.ParameterKey;
import org.rebound.report.Licence;
import org.rebound.report.Report;

/** The schema.org {@code Dataset} of the data page, as JSON-LD safe to put inside a {@code <script>}. */
final class DatasetJsonLd {
    private DatasetJsonLd() {
    }

    static String of(Report report, Routes routes, List<DataTables.Download> downloads) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("@context", "https://schema.org");
        d.put("@type", "Dataset");
        d.put("name", report.edition().title() + ": environmental footprint of training notable AI models");
        d.put("description", "Energy, global warming potential (GWP), abiotic depletion of elements (ADPe) and "
                + "primary energy of training " + report.estimates().size() + " notable AI models, each split into "
                + "hardware production and electricity, with 5–95 % ranges, exponential trends and scenarios; "
                + "estimated from Epoch AI's Data on Notable AI Models with a life-cycle assessment.");
        d.put("url", routes.url(routes.data()));
        d.put("version", String.valueOf(report.edition().year()));
        d.put("temporalCoverage", report.data().parameters().get(ParameterKey.SELECTION_START_DATE).date() + "/"
                + report.edition().endDate());
        d.put("isAccessibleForFree", true);
        d.put("license", Licence.URL);
        d.put("creditText", Licence.credit(report.edition()));
        ArrayNode keywords = d.putArray("keywords");
        List.of("AI", "machine learning", "life-cycle assessment", "carbon footprint", "energy",
                "abiotic depletion", "graphics cards").forEach(keywords::add);
        ObjectNode creator = d.putObject("creator");
        creator.put("@type", "Organization");
        creator.put("name", org.rebound.report.Citation.AUTHORS);
        ObjectNode basedOn = d.putObject("isBasedOn");
        basedOn.put("@type", "Dataset");
        basedOn.put("name", Licence.EPOCH_DATASET);
        basedOn.put("url", Licence.EPOCH_URL);
        basedOn.put("license", Licence.URL);
        ObjectNode epoch = basedOn.putObject("creator");
        epoch.put("@type", "Organization");
        epoch.put("name", Licence.EPOCH);
        ArrayNode distribution = d.putArray("distribution");
        for (DataTables.Download download : downloads) {
            for (String file : download.files()) {
                ObjectNode f = distribution.addObject();
                f.put("@type", "DataDownload");
                f.put("name", file);
                f.put("encodingFormat", file.endsWith(".json") ? "application/json" : "text/csv");
                f.put("contentUrl", routes.url(routes.download(file)));
            }
        }
        // Inside <script>, "</" would end the element; JSON allows "\/" for "/".
        return "\n" + Table.write(d).replace("</", "<\\/");
    }
}
