package org.rebound.site;

import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rebound.estimate.Estimate;
import org.rebound.report.CardSummary;
import org.rebound.report.Report;

/**
 * The search index: every model read (estimated, or not with its reason), every card with Epoch's names for it,
 * every organisation, as a script that sets {@code REBOUND_SEARCH}, so that the search
 * page works opened from disk (a script file loads where a fetched JSON file would be refused).
 */
final class SearchIndex {
    private SearchIndex() {
    }

    static String of(SiteContext site) {
        Report report = site.report();
        Routes routes = site.routes();
        Route root = routes.home();
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (Estimate e : report.estimates()) {
            ObjectNode o = entries.addObject();
            o.put("t", e.model().name());
            o.put("k", "model");
            o.put("u", root.linkTo(routes.model(e)));
            o.put("d", Formats.organisations(e.model().organization()) + " · " + e.model().publicationDate().orElseThrow()
                    + " · " + String.join(", ", e.model().hardware()) + " · " + org.rebound.domain.Amount.of(
                            e.total().get(org.rebound.domain.Indicator.GWP), org.rebound.domain.Indicator.GWP.unit()));
        }
        // Every model read, not only the estimated: the others say why, and lead to the list of excluded models.
        for (org.rebound.domain.Exclusion x : report.estimation().exclusions()) {
            if (x.model().name().isBlank()) {
                continue;
            }
            ObjectNode o = entries.addObject();
            o.put("t", x.model().name());
            o.put("k", "not estimated");
            o.put("u", Routes.link(root, routes.models(), "excluded"));
            o.put("d", Formats.organisations(x.model().organization()) + " · " + x.model().publicationDate().map(Object::toString).orElse("no date")
                    + " · " + Formats.exclusion(x));
        }
        // Every card, with the names Epoch gives it (so "V100 DGXS" finds the card it means).
        java.util.Map<String, java.util.List<String>> names = new java.util.HashMap<>();
        report.data().aliases().forEach(a -> a.acceleratorId().ifPresent(id -> names.computeIfAbsent(id,
                k -> new java.util.ArrayList<>()).add(a.epochName())));
        for (CardSummary c : report.hardware().cards()) {
            ObjectNode o = entries.addObject();
            o.put("t", c.card().displayName());
            o.put("k", "card");
            o.put("u", root.linkTo(routes.card(c.card())));
            o.put("d", c.card().vendor() + " · " + Formats.date(c.card().releaseDate()) + " · "
                    + c.models().size() + (c.models().size() == 1 ? " model" : " models"));
            List<String> aka = names.getOrDefault(c.card().id(), List.of()).stream()
                    .filter(n -> !n.equals(c.card().displayName())).sorted().toList();
            if (!aka.isEmpty()) {
                o.put("a", String.join(" · ", aka));
            }
        }
        // Every organisation with an estimated model: its page.
        Routes.byOrganisation(report.estimates()).forEach((org, models) -> {
            int count = models.size();
            ObjectNode o = entries.addObject();
            o.put("t", org);
            o.put("k", "organisation");
            o.put("u", root.linkTo(routes.organisation(org)));
            o.put("d", count + (count == 1 ? " estimated model" : " estimated models"));
        });
        // A script, not JSON: "</" and the line separators JSON allows but older JavaScript did not are escaped.
        String json = Table.write(entries).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "// Rebound search index: every model read, card and organisation of this edition.\nwindow.REBOUND_SEARCH = "
                + json.strip()
                + ";\n";
    }
}
