package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;

/**
 * The arithmetic of a training run's life-cycle assessment (method §4.3 and §5), as one pure function of
 * numbers: no lookups, no text. {@link Lca} uses it for every estimate and writes the derivation around it;
 * scenarios and the Monte Carlo re-evaluate it with other inputs.
 */
public final class LcaKernel {
    private static final int GPU_HOURS = 0;
    private static final int ENERGY = 1;
    private static final int SHARE = 2;
    private static final int HEAD = 3;
    private static final int PER_INDICATOR = 3;
    private static final int SIZE = HEAD + PER_INDICATOR * Indicator.COUNT;
    private static final Indicator[] INDICATORS = Indicator.values();

    private LcaKernel() {
    }

    /**
     * What a run's footprint depends on.
     *
     * @param gpuHours                card-hours of the run
     * @param kwPerGpu                power counted per card, kW (card TDP; with use-model mlca, one server's power ÷ cards)
     * @param drawShare               share of that power drawn on average (1 with use-model mlca)
     * @param pue                     PUE of the data centre (MLCA's overhead ratio with use-model mlca)
     * @param gridPerKwh              electricity impacts per kWh
     * @param gridScale               multiplies the electricity factors (1 in the baseline)
     * @param cardFixed               production of one card that memory density does not change (die, base, memory packaging)
     * @param cardMemoryDies          production of one card's memory dies at the density used
     * @param memoryDensityMultiplier divides the memory dies' production (1 in the baseline)
     * @param server                  production of one server without its cards
     * @param cardsPerServer          cards per server
     * @param usefulLifeHours         hours of use over the hardware's life (lifespan × hours a year × utilization)
     */
    public record Inputs(double gpuHours, double kwPerGpu, double drawShare, double pue, Impacts gridPerKwh,
            double gridScale, Impacts cardFixed, Impacts cardMemoryDies, double memoryDensityMultiplier, Impacts server,
            int cardsPerServer, double usefulLifeHours) {
    }

    /**
     * One run's inputs from the inputs of its parts on different cards (same PUE, grid, server count and useful
     * life): their GPU-hours added, each per-card term (power × draw, card and server production) weighted by the
     * part's share of the GPU-hours. The footprint is linear in those terms, so the run's footprint is exactly the sum
     * of its parts'.
     */
    public static Inputs combine(List<Inputs> parts) {
        Inputs first = parts.get(0);
        double hours = 0;
        for (Inputs p : parts) {
            hours += p.gpuHours();
        }
        double kw = 0;
        Impacts fixed = Impacts.ZERO;
        Impacts memory = Impacts.ZERO;
        Impacts server = Impacts.ZERO;
        for (Inputs p : parts) {
            double w = p.gpuHours() / hours;
            kw += w * p.kwPerGpu() * p.drawShare();
            fixed = fixed.plus(p.cardFixed().times(w));
            memory = memory.plus(p.cardMemoryDies().times(w / p.memoryDensityMultiplier()));
            server = server.plus(p.server().times(w));
        }
        return new Inputs(hours, kw, 1, first.pue(), first.gridPerKwh(), first.gridScale(), fixed, memory, 1, server,
                first.cardsPerServer(), first.usefulLifeHours());
    }

    /** Energy, production and electricity impacts of one run. */
    public static Output run(Inputs in) {
        Output out = new Output(new double[SIZE]);
        run(in, out);
        return out;
    }

    /**
     * The same into {@code out}, overwriting it: for loops of many evaluations (the Monte Carlo) that keep
     * one {@link Output#scratch()} per thread instead of allocating one per evaluation.
     */
    public static void run(Inputs in, Output out) {
        double[] v = out.values;
        double energyKwh = in.gpuHours() * in.kwPerGpu() * in.drawShare() * in.pue();
        int cards = in.cardsPerServer();
        double share = in.gpuHours() / cards / in.usefulLifeHours();
        v[GPU_HOURS] = in.gpuHours();
        v[ENERGY] = energyKwh;
        v[SHARE] = share;
        for (Indicator i : INDICATORS) {
            double perKwh = in.gridPerKwh().get(i) * in.gridScale();
            double card = in.cardFixed().get(i) + in.cardMemoryDies().get(i) / in.memoryDensityMultiplier();
            int at = HEAD + PER_INDICATOR * i.ordinal();
            v[at] = card * (share * cards);
            v[at + 1] = in.server().get(i) * share;
            v[at + 2] = perKwh * energyKwh;
        }
    }

    /**
     * What a run's footprint is: energy, production of cards and servers, electricity impacts. Those that
     * {@link LcaKernel#run(Inputs)} returns never change; a {@link #scratch()} one is rewritten by each
     * {@link LcaKernel#run(Inputs, Output)} and belongs to the loop that made it.
     */
    public static final class Output {
        private final double[] values;

        private Output(double[] values) {
            this.values = values;
        }

        /** An output to be overwritten by {@link LcaKernel#run(Inputs, Output)}. */
        public static Output scratch() {
            return new Output(new double[SIZE]);
        }

        /** Card-hours of the run. */
        public double gpuHours() {
            return values[GPU_HOURS];
        }

        /** Electricity of the run, kWh. */
        public double energyKwh() {
            return values[ENERGY];
        }

        /** Share of the servers' useful life the run takes. */
        public double allocationShare() {
            return values[SHARE];
        }

        /** Production of the cards allocated to the run, one indicator. */
        public double productionCards(Indicator i) {
            return values[HEAD + PER_INDICATOR * i.ordinal()];
        }

        /** Production of the rest of the servers allocated to the run, one indicator. */
        public double productionServer(Indicator i) {
            return values[HEAD + PER_INDICATOR * i.ordinal() + 1];
        }

        /** Production of cards and servers, one indicator. */
        public double production(Indicator i) {
            return productionCards(i) + productionServer(i);
        }

        /** Impacts of the electricity, one indicator. */
        public double electricity(Indicator i) {
            return values[HEAD + PER_INDICATOR * i.ordinal() + 2];
        }

        /** Production and electricity, one indicator. */
        public double total(Indicator i) {
            return production(i) + electricity(i);
        }

        /** Production of the cards allocated to the run. */
        public Impacts productionCards() {
            return Impacts.by(this::productionCards);
        }

        /** Production of the rest of the servers allocated to the run. */
        public Impacts productionServer() {
            return Impacts.by(this::productionServer);
        }

        /** Impacts of the electricity. */
        public Impacts electricity() {
            return Impacts.by(this::electricity);
        }
    }
}
