package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rebound.estimate.Estimate;
import org.rebound.report.CardSummary;
import org.rebound.report.Report;

/**
 * The search index: every model and card as a script that sets {@code REBOUND_SEARCH}, so that the search
 * page works opened from disk (a script file loads where a fetched JSON file would be refused).
 */
final class SearchIndex {
    private SearchIndex() {
    }

    static String of(Report report) {
        Formats fmt = new Formats();
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (Estimate e : report.estimates()) {
            ObjectNode o = entries.addObject();
            o.put("t", e.model().name());
            o.put("k", "model");
            o.put("u", "models/" + report.slug(e) + "/index.html");
            o.put("d", e.model().organization() + " · " + e.model().publicationDate().orElseThrow() + " · "
                    + String.join(", ", e.model().hardware()) + " · " + fmt.sig(e.total().gwpKgCo2e()) + " kg CO2 eq");
        }
        for (CardSummary c : report.cards()) {
            ObjectNode o = entries.addObject();
            o.put("t", c.card().displayName());
            o.put("k", "card");
            o.put("u", "gpus/" + c.slug() + "/index.html");
            o.put("d", c.card().vendor() + " · " + fmt.date(c.card().releaseDate()) + " · "
                    + c.models().size() + (c.models().size() == 1 ? " model" : " models"));
        }
        // A script, not JSON: "</" and the line separators JSON allows but older JavaScript did not are escaped.
        String json = Table.write(entries).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "// Rebound search index: every model and card of this edition.\nwindow.REBOUND_SEARCH = " + json.strip()
                + ";\n";
    }
}
