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
 * every organisation, as scripts that add to {@code REBOUND_SEARCH}, so that the search
 * page works opened from disk (a script file loads where a fetched JSON file would be refused). One entry a line;
 * a long index is cut into files of at most {@link #MAX_FILE_CHARS} characters, loaded one after the other.
 */
final class SearchIndex {
    /** The largest file of the index: half the megabyte no file of the site may exceed. */
    static final int MAX_FILE_CHARS = 512 * 1024;
    private static final String HEAD = "// Rebound search index: every model read, card and organisation of this edition"
            + ", part %d of %d.\nwindow.REBOUND_SEARCH = (window.REBOUND_SEARCH || []).concat([\n";
    private static final String TAIL = "\n]);\n";
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT =
            new com.fasterxml.jackson.databind.ObjectMapper().writer();

    private SearchIndex() {
    }

    /** The index's files, in the order they load: at least one. */
    static List<String> of(SiteContext site) {
        List<String> lines = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode entry : entries(site)) {
            try {
                // A script, not JSON: "</" and the line separators JSON allows but older JavaScript did not are escaped.
                lines.add(COMPACT.writeValueAsString(entry).replace("</", "<\\/").replace("\u2028", "\\u2028")
                        .replace("\u2029", "\\u2029"));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<List<String>> parts = new java.util.ArrayList<>();
        List<String> part = new java.util.ArrayList<>();
        int chars = 0;
        for (String line : lines) {
            if (!part.isEmpty() && chars + line.length() > MAX_FILE_CHARS) {
                parts.add(part);
                part = new java.util.ArrayList<>();
                chars = 0;
            }
            part.add(line);
            chars += line.length() + 2;
        }
        parts.add(part);
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            files.add(String.format(java.util.Locale.ROOT, HEAD, i + 1, parts.size())
                    + String.join(",\n", parts.get(i)) + TAIL);
        }
        return files;
    }

    private static ArrayNode entries(SiteContext site) {
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
        // Every model read, not only the estimated: the others say why, and lead to the page of the models list
        // that lists them (the list of models not estimated is cut into pages in the models list's order).
        int perPage = (int) report.data().parameters().number(org.rebound.domain.ParameterKey.ROWS_PER_PAGE);
        List<org.rebound.domain.Exclusion> sorted = DataTables.sortedExclusions(report.estimation().exclusions());
        for (int i = 0; i < sorted.size(); i++) {
            org.rebound.domain.Exclusion x = sorted.get(i);
            if (x.model().name().isBlank()) {
                continue;
            }
            ObjectNode o = entries.addObject();
            o.put("t", x.model().name());
            o.put("k", "not estimated");
            o.put("u", Routes.link(root, routes.continued(routes.models(), i / perPage + 1), "excluded"));
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
        return entries;
    }
}
