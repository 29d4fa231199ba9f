package org.rebound.site;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rebound.content.Narrative;
import org.rebound.estimate.Estimate;
import org.rebound.report.Headline;
import org.rebound.report.Report;
import org.rebound.stats.Measure;

/** The report's front page: headline findings, the GWP trend, the narrative of {@code content/index.md}. */
final class HomePage implements PageKind {

    /** What the front page shows. */
    /**
     * What the report's first page shows: its key finding, then its chart (the first screen of a phone), then the
     * other findings.
     */
    record View(String title, List<Headline> keyHeadline, List<Headline> headlines, ChartView chart,
            String narrativeHtml, String together, List<Everyday.Line> everyday) {
    }

    @Override
    public Set<String> narratives() {
        return Set.of("index.md");
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        Report report = site.report();
        Route route = site.routes().home();
        Narrative.Rendered index = site.narrative("index.md");
        List<Headline> all = report.summary().headlines();
        List<Estimate> runs = report.estimation().runs();
        double gwpKg = runs.stream().mapToDouble(Measure.GWP::of).sum();
        double energyKwh = runs.stream().mapToDouble(Measure.ENERGY::of).sum();
        View view = new View(index.title(), all.subList(0, Math.min(1, all.size())), all.subList(Math.min(1,
                all.size()), all.size()), ChartView.of(report.trends().gwpChart(), route, site),
                index.html(), "In everyday terms, the " + runs.size() + " training runs estimated, each counted once, add up to",
                runs.isEmpty() ? List.of() : Everyday.lines(gwpKg, energyKwh, route, site));
        return Stream.of(Page.of(route, "index", report.edition().title()
                + ": the environmental footprint of training AI models", "Energy, carbon, metals and primary energy "
                + "of training " + report.estimates().size() + " notable AI models, estimated from Epoch AI's data "
                + "with a life-cycle assessment.", view));
    }
}
