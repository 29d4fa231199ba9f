package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rebound.chart.PngChart;
import org.rebound.report.CardTrend;
import org.rebound.report.ChartSpec;
import org.rebound.report.Report;

/** Every chart as a file of its own: SVG, the CSV of its points, and the PNG of the headline chart. */
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
        report.cardTrends().stream().map(CardTrend::chart).forEach(charts::add);
        charts.addAll(report.trendCharts());
        charts.add(report.validationChart());
        charts.addAll(report.scenarioCharts());
        Stream<SiteFile> files = charts.stream().flatMap(c -> Stream.of(
                SiteFile.text(r.chartSvg(c.id()), site.svg(c, r.chartSvg(c.id()), true) + "\n"),
                SiteFile.text(r.chartCsv(c.id()), ChartView.csv(c, site))));
        ChartSpec preview = report.gwpChart();
        return Stream.concat(files, Stream.of(new SiteFile(r.chartPng(preview.id()), PngChart.render(preview))));
    }
}
