package org.rebound.site;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rebound.chart.SvgChart;
import org.rebound.report.CardSummary;
import org.rebound.report.ChartSpec;
import org.rebound.report.Subject;

/**
 * The subjects of a page's charts, numbered once for all its charts: each chart's points name their subject by number,
 * and the page carries the list once ({@code data-keys}) for the site's script — tooltips, links, colours. Twelve
 * charts of the same 280 models name each model once.
 *
 * <p>One line per subject, its fields separated by tabs: name, link, date, domain, first organisation, the x of
 * its points (a subject drawn at two x on the page's charts has two lines), and a seventh field "1" when its point is
 * a ring (a run whose hardware was imputed). Tabs and line ends are taken out of the
 * fields, so the list needs no quoting.
 */
final class ChartKeys {
    private final Map<Key, Integer> numbers = new LinkedHashMap<>();
    private final StringBuilder list = new StringBuilder();

    private record Key(Subject subject, double x) {
    }

    private ChartKeys() {
    }

    /** The subjects of every point of {@code charts} a script may show, linked from the page at {@code from}. */
    static ChartKeys of(List<ChartSpec> charts, Route from, SiteContext site) {
        ChartKeys keys = new ChartKeys();
        var links = site.links(from);
        Map<String, Optional<LocalDate>> released = new HashMap<>();
        for (CardSummary c : site.report().hardware().cards()) {
            released.put(c.card().id(), c.card().releaseDate());
        }
        for (ChartSpec chart : charts) {
            var linked = SvgChart.linked(chart);
            for (ChartSpec.Point p : chart.points()) {
                Key k = new Key(p.subject(), p.x());
                if (!keys.numbers.containsKey(k) && linked.contains(p)) {
                    keys.add(k, p.name(), links.apply(p.subject()), released, p.hollow());
                }
            }
        }
        return keys;
    }

    private void add(Key key, String name, String href, Map<String, Optional<LocalDate>> released, boolean hollow) {
        String date = "";
        String domain = "";
        String organisation = "";
        if (key.subject() instanceof Subject.Model m) {
            date = m.model().publicationDate().map(LocalDate::toString).orElse("");
            domain = m.model().domain().split(",")[0].strip();
            List<String> organisations = Routes.organisationsOf(m.model());
            organisation = organisations.isEmpty() ? "" : organisations.get(0);
        } else if (key.subject() instanceof Subject.Card c) {
            date = released.getOrDefault(c.cardId(), Optional.empty()).map(LocalDate::toString).orElse("");
        }
        numbers.put(key, numbers.size());
        if (list.length() > 0) {
            list.append('\n');
        }
        list.append(String.join("\t", field(name), field(href), date, field(domain), field(organisation),
                new java.math.BigDecimal(key.x()).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString()));
        if (hollow) {
            list.append("\t1");
        }
    }

    /** A point's number, −1 when no chart of the page shows it to the script. */
    int key(ChartSpec.Point point) {
        return numbers.getOrDefault(new Key(point.subject(), point.x()), -1);
    }

    /** The list, for a {@code data-keys} attribute. */
    String text() {
        return list.toString();
    }

    private static String field(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
