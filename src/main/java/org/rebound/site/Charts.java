package org.rebound.site;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rebound.chart.PngChart;
import org.rebound.chart.SvgChart;
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
        report.cardTrends().stream().map(CardTrend::chart).forEach(charts::add);
        charts.addAll(report.trendCharts());
        charts.add(report.validationChart());
        charts.addAll(report.scenarioCharts());
        return charts.stream().flatMap(c -> Stream.of(
                SiteFile.text(r.chartSvg(c.id()), SvgChart.standalone(c) + "\n"),
                SiteFile.text(r.chartCsv(c.id()), ChartView.csv(c, site)),
                new SiteFile(r.chartPng(c.id()), PngChart.render(c))));
    }
}
