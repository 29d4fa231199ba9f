package org.rebound.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.support.Seeded;

/**
 * A run on several cards is one kernel evaluation of its combined inputs, and that is exactly the sum of its parts
 * (the footprint is linear in every per-card term), whatever the parts' hours, power, draw and memory density.
 */
class LcaKernelCombineTest {
    private static final Impacts GRID = Impacts.by(i -> 0.1 * (i.ordinal() + 1));
    private static final Impacts SERVER = Impacts.by(i -> 1000.0 * (i.ordinal() + 1));

    private static LcaKernel.Inputs part(double hours, double kw, double draw, double fixed, double memory,
            double density) {
        return new LcaKernel.Inputs(hours, kw, draw, 1.2, GRID, 0.9, Impacts.by(i -> fixed), Impacts.by(i -> memory),
                density, SERVER, 8, 26_280);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.abs(expected), what);
    }

    /** 1 to 4 parts of 1 to 10⁶ hours, a draw of 0.05 to 1, a density of 0.5 to 3, and the seed of the rest. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combinedRunSeeds")
    void theCombinedRunIsTheSumOfItsParts(Seeded.Seed seed) {
        SplittableRandom random = seed.random();
        List<Double> hours = new ArrayList<>();
        for (int k = Seeded.size(random, 1, 4); k > 0; k--) {
            hours.add(Seeded.doubleBetween(random, 1, 1e6));
        }
        double draw = Seeded.doubleBetween(random, 0.05, 1);
        double density = Seeded.doubleBetween(random, 0.5, 3);
        int partsSeed = Seeded.intBetween(random, 0, 1000);
        Seeded.check(seed, sample(hours, draw, density, partsSeed),
                () -> combinedRunIsTheSumOfItsParts(hours, draw, density, partsSeed));
    }

    static Stream<Seeded.Seed> combinedRunSeeds() {
        return Seeded.seeds("LcaKernelCombineTest.theCombinedRunIsTheSumOfItsParts", 200);
    }

    /** The same at the edges: one part and four, each at 1 or 10⁶ hours, with the draw, density and seed at theirs. */
    @Test
    void theCombinedRunIsTheSumOfItsPartsAtTheEdges() {
        List<List<Double>> hourLists = List.of(List.of(1.0), List.of(1e6), List.of(1.0, 1e6), List.of(1.0, 1.0, 1.0, 1.0),
                List.of(1e6, 1e6, 1e6, 1e6), List.of(1e6, 1.0, 1.0, 1e6), List.of(1.01, 999_999.99, 1.0, 1e6));
        int edge = 0;
        for (List<Double> hours : hourLists) {
            for (double draw : new double[] {0.05, 1}) {
                for (double density : new double[] {0.5, 3}) {
                    for (int partsSeed : new int[] {0, 1, 1000}) {
                        Seeded.check("edge case " + edge++, sample(hours, draw, density, partsSeed),
                                () -> combinedRunIsTheSumOfItsParts(hours, draw, density, partsSeed));
                    }
                }
            }
        }
    }

    private static String sample(List<Double> hours, double draw, double density, int partsSeed) {
        return "hours " + hours + ", draw " + draw + ", density " + density + ", parts' seed " + partsSeed;
    }

    private static void combinedRunIsTheSumOfItsParts(List<Double> hours, double draw, double density, int seed) {
        List<LcaKernel.Inputs> parts = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        for (double h : hours) {
            parts.add(part(h, 0.1 + random.nextDouble(), draw * (0.5 + random.nextDouble() / 2), 100 * random.nextDouble(),
                    50 * random.nextDouble(), density * (0.5 + random.nextDouble())));
        }
        LcaKernel.Output whole = LcaKernel.run(LcaKernel.combine(parts));
        double gpuHours = 0;
        double energy = 0;
        double share = 0;
        double[] cards = new double[Indicator.COUNT];
        double[] server = new double[Indicator.COUNT];
        double[] electricity = new double[Indicator.COUNT];
        for (LcaKernel.Inputs p : parts) {
            LcaKernel.Output o = LcaKernel.run(p);
            gpuHours += o.gpuHours();
            energy += o.energyKwh();
            share += o.allocationShare();
            for (Indicator i : Indicator.ALL) {
                cards[i.ordinal()] += o.productionCards(i);
                server[i.ordinal()] += o.productionServer(i);
                electricity[i.ordinal()] += o.electricity(i);
            }
        }
        assertClose(gpuHours, whole.gpuHours(), "GPU-hours");
        assertClose(energy, whole.energyKwh(), "energy");
        assertClose(share, whole.allocationShare(), "share");
        for (Indicator i : Indicator.ALL) {
            assertClose(cards[i.ordinal()], whole.productionCards(i), "cards " + i);
            assertClose(server[i.ordinal()], whole.productionServer(i), "server " + i);
            assertClose(electricity[i.ordinal()], whole.electricity(i), "electricity " + i);
        }
    }

    /** Two parts written out: 100 h at 0.4 kW × 0.5 and 300 h at 0.2 kW × 1; memory 40 at density ×2 and 10 at ×1. */
    @Test
    void twoPartsByHand() {
        LcaKernel.Inputs c = LcaKernel.combine(List.of(part(100, 0.4, 0.5, 10, 40, 2), part(300, 0.2, 1, 30, 10, 1)));
        assertEquals(400, c.gpuHours());
        // kW × draw weighted by hours: 0.25 × 0.2 + 0.75 × 0.2.
        assertEquals(0.2, c.kwPerGpu(), 1e-15);
        assertEquals(1, c.drawShare());
        assertEquals(0.25 * 10 + 0.75 * 30, c.cardFixed().get(Indicator.GWP), 1e-12);
        assertEquals(0.25 * 40 / 2 + 0.75 * 10, c.cardMemoryDies().get(Indicator.GWP), 1e-12);
        assertEquals(1, c.memoryDensityMultiplier());
        assertEquals(SERVER, c.server());
        assertEquals(1.2, c.pue());
        assertEquals(0.9, c.gridScale());
        assertEquals(8, c.cardsPerServer());
        assertEquals(26_280, c.usefulLifeHours());
        // The kernel on them: energy = 400 × 0.2 × 1 × 1.2; share = 400 / 8 / 26,280.
        LcaKernel.Output o = LcaKernel.run(c);
        assertEquals(96, o.energyKwh(), 1e-12);
        assertEquals(400.0 / 8 / 26_280, o.allocationShare(), 1e-15);
        assertEquals(96 * 0.1 * 0.9, o.electricity(Indicator.GWP), 1e-12);
        assertEquals(400.0 / 26_280 * (25 + 12.5), o.productionCards(Indicator.GWP), 1e-12);
        assertEquals(400.0 / 8 / 26_280 * 2000, o.productionServer(Indicator.ADPE), 1e-12);
    }
}
