package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rebound.chart.ImageCredit;
import org.rebound.chart.PngChart;
import org.rebound.chart.SvgChart;
import org.rebound.domain.Edition;
import org.rebound.report.CardTrend;
import org.rebound.report.ChartSpec;
import org.rebound.report.Report;

/** Every chart as files of its own: SVG, PNG (the headline chart's is also the pages' social preview) and CSV. */
final class Charts implements PageKind {

    @Override
    public Stream<Page> pages(SiteContext site) {
        return Stream.empty();
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        Report report = site.report();
        Routes r = site.routes();
        List<ChartSpec> charts = new ArrayList<>();
        report.hardware().cardTrends().stream().map(CardTrend::chart).forEach(charts::add);
        charts.addAll(report.trends().charts());
        charts.add(report.validation().gpuHoursChart());
        charts.addAll(report.scenarios().charts());
        Edition edition = report.edition();
        return charts.stream().flatMap(c -> {
            ImageCredit credit = Credits.image(edition, c.title(), c.description());
            Route csv = r.chartCsv(c.id());
            return Stream.of(
                    SiteFile.text(r.chartSvg(c.id()), SvgChart.standalone(c, credit) + "\n"),
                    SiteFile.text(csv, ChartView.csv(c, site)),
                    SiteFile.text(r.csvMetadata(csv), Credits.csvMetadata(edition,
                            csv.path().substring(csv.path().lastIndexOf('/') + 1), edition.title() + ": " + c.title()
                            + ", the chart's data", c.description(), ChartView.columns(c), true, Optional.empty())),
                    new SiteFile(r.chartPng(c.id()), PngChart.render(c, credit, site.pngs())));
        });
    }
}
