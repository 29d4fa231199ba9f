package org.rebound.timing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rebound.data.EpochReader;
import org.rebound.data.ProjectData;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.scenario.ScenarioResult;
import org.rebound.scenario.Scenarios;
import org.rebound.stats.CardTrendFit;
import org.rebound.stats.GpuHoursValidation;
import org.rebound.stats.TrendTable;
import org.rebound.stats.Uncertainty;

/**
 * Times estimate + scenarios + Monte Carlo + fits on an export in a cold JVM (not a test: run by hand with
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.rebound.timing.CoreTiming EXPORT}).
 */
public final class CoreTiming {
    private CoreTiming() {
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Prints the wall and CPU time of each stage; a second argument repeats scenarios and Monte Carlo warm. */
    public static void main(String[] args) throws Exception {
        ProjectData data = ProjectDataReader.read(Path.of("data"));
        Path export = Path.of(args[0]);
        List<NotableModel> models = EpochReader.read(export.toString(), Files.readAllBytes(export)).models();
        long c0 = cpu();
        long t0 = System.nanoTime();
        Assumptions assumptions = Assumptions.from(data.parameters(), data.edition());
        Estimator estimator = new Estimator(data, assumptions);
        Estimation estimation = estimator.estimate(models);
        long t1 = System.nanoTime();
        long c1 = cpu();
        List<ScenarioResult> scenarios = Scenarios.run(data, estimation);
        long t2 = System.nanoTime();
        long c2 = cpu();
        Uncertainty.Result u = Uncertainty.run(estimation.estimates(), data.parameters(), assumptions);
        long t3 = System.nanoTime();
        long c3 = cpu();
        TrendTable.fit("baseline", estimation.estimates(), (int) data.parameters().number(org.rebound.domain.ParameterKey.TRENDS_MIN_MODELS));
        GpuHoursValidation.run(estimation.estimates(), assumptions.performanceRatio(), 0.01, 1.0, 0.1);
        CardTrendFit.fit(data.accelerators().stream().map(a -> estimator.lca().card(a)).toList(),
                data.parameters().get(org.rebound.domain.ParameterKey.SELECTION_START_DATE).date(),
                data.edition().endDate());
        long t4 = System.nanoTime();
        long c4 = cpu();
        System.out.printf(java.util.Locale.ROOT, "process CPU time (all threads, JIT and GC included): estimate %d ms,"
                + " scenarios %d ms, Monte Carlo %d ms, fits %d ms, total %d ms%n", (c1 - c0) / 1_000_000,
                (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000, (c4 - c3) / 1_000_000, (c4 - c0) / 1_000_000);
        for (int k = 0; args.length > 1 && k < Integer.parseInt(args[1]); k++) {
            long a = System.nanoTime();
            Scenarios.run(data, estimation);
            long b = System.nanoTime();
            Uncertainty.run(estimation.estimates(), data.parameters(), assumptions);
            long c = System.nanoTime();
            System.out.printf(java.util.Locale.ROOT, "warm: scenarios %d ms, Monte Carlo %d ms%n", (b - a) / 1_000_000,
                    (c - b) / 1_000_000);
        }
        System.out.printf(java.util.Locale.ROOT, "%d estimates, %d scenarios, %d draws: estimate %d ms, scenarios %d ms,"
                + " Monte Carlo %d ms, fits %d ms, total %d ms%n", estimation.estimates().size(), scenarios.size(),
                u.draws(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                (t4 - t0) / 1_000_000);
    }
}
