package org.rebound.chart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rebound.Build;
import org.rebound.domain.Amount;
import org.rebound.domain.Indicator;
import org.rebound.estimate.Estimate;
import org.rebound.report.CardTrend;
import org.rebound.report.ChartSpec;
import org.rebound.report.Citation;
import org.rebound.report.Licence;
import org.rebound.report.Report;

/**
 * Times the site's PNGs, the chart PNGs ({@code Charts}) and the per-model label PNGs ({@code ModelPage}), on the
 * full 2026 export: not a test, run by hand, as the build's budget is a figure on the machine that builds it.
 * {@code mvn -o -q test-compile exec:java -Dexec.mainClass=org.rebound.chart.PngTiming -Dexec.classpathScope=test}.
 * Arguments: {@code --cache DIR} also times a {@link PngCache} in DIR, cold then warm; {@code --write DIR} writes each
 * chart's PNG and SVG there, to compare them.
 */
public final class PngTiming {
    /** Rounds timed after the first, whose figures include class loading and the JIT's warm-up. */
    private static final int WARM_ROUNDS = 2;
    private static final long NANOS_PER_MILLI = 1_000_000;

    private PngTiming() {
    }

    public static void main(String[] args) throws java.io.IOException {
        List<String> options = List.of(args);
        Build.Computed computed = Build.compute(Build.Options.builder().build(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Report report = computed.report();
        List<ChartSpec> charts = charts(report);
        ImageCredit credit = new ImageCredit("title", "description", Citation.AUTHORS, Licence.credit(report.edition()),
                Licence.URL, "https://epoch.ai/data/notable-ai-models");
        List<LabelPng.Text> labels = new ArrayList<>();
        for (Estimate e : report.estimates()) {
            labels.add(new LabelPng.Text("Training footprint · " + report.edition().title(), e.model().name(),
                    Amount.of(e.total().get(Indicator.GWP), Indicator.GWP.unit()), Amount.of(e.energyKwh(), "kWh"),
                    "https://example.org/models/" + e.model().name()));
        }
        int write = options.indexOf("--write");
        if (write >= 0) {
            Path dir = Path.of(args[write + 1]);
            java.nio.file.Files.createDirectories(dir);
            for (ChartSpec c : charts) {
                java.nio.file.Files.write(dir.resolve(c.id() + ".png"), PngChart.render(c, credit));
                java.nio.file.Files.writeString(dir.resolve(c.id() + ".svg"), SvgChart.standalone(c, credit));
            }
            java.nio.file.Files.write(dir.resolve("label.png"), LabelPng.render(labels.get(0), credit));
            return;
        }
        for (int round = 0; round <= WARM_ROUNDS; round++) {
            long t0 = System.nanoTime();
            long c0 = cpu();
            long chartBytes = 0;
            for (ChartSpec c : charts) {
                chartBytes += PngChart.render(c, credit).length;
            }
            long t1 = System.nanoTime();
            long c1 = cpu();
            long labelBytes = 0;
            for (LabelPng.Text t : labels) {
                labelBytes += LabelPng.render(t, credit).length;
            }
            long t2 = System.nanoTime();
            long c2 = cpu();
            System.out.printf(Locale.ROOT, "round %d%s: %d chart PNGs %d ms (CPU %d ms, %d KB), %d label PNGs %d ms"
                    + " (CPU %d ms, %d KB)%n", round, round == 0 ? " (cold JVM)" : "", charts.size(),
                    (t1 - t0) / NANOS_PER_MILLI, (c1 - c0) / NANOS_PER_MILLI, chartBytes / 1024, labels.size(),
                    (t2 - t1) / NANOS_PER_MILLI, (c2 - c1) / NANOS_PER_MILLI, labelBytes / 1024);
        }
        int cache = options.indexOf("--cache");
        if (cache >= 0) {
            Path dir = Path.of(args[cache + 1]);
            for (String round : List.of("empty cache", "warm cache")) {
                PngCache c = PngCache.at(dir);
                long c0 = cpu();
                long t0 = System.nanoTime();
                for (ChartSpec spec : charts) {
                    PngChart.render(spec, credit, c);
                }
                long t1 = System.nanoTime();
                for (LabelPng.Text t : labels) {
                    LabelPng.render(t, credit, c);
                }
                long t2 = System.nanoTime();
                long c2 = cpu();
                System.out.printf(Locale.ROOT, "%s: %d chart PNGs %d ms, %d label PNGs %d ms, CPU %d ms in all (%d hits,"
                        + " %d drawn)%n", round, charts.size(), (t1 - t0) / NANOS_PER_MILLI, labels.size(),
                        (t2 - t1) / NANOS_PER_MILLI, (c2 - c0) / NANOS_PER_MILLI, c.hits(), c.misses());
            }
        }
    }

    /** This thread's CPU time: the machine may be shared, and its wall time then says little. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The charts the site writes as files of their own, as {@code site/Charts} lists them. */
    static List<ChartSpec> charts(Report report) {
        List<ChartSpec> charts = new ArrayList<>();
        report.hardware().cardTrends().stream().map(CardTrend::chart).forEach(charts::add);
        charts.addAll(report.trends().charts());
        charts.add(report.validation().gpuHoursChart());
        charts.addAll(report.scenarios().charts());
        return charts;
    }
}
