package org.rebound.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rebound.domain.Accelerator;
import org.rebound.domain.PowerDraw;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.Num;
import org.rebound.domain.Units;

/**
 * The life-cycle assessment of one training run once its GPU-hours, card, and grid are known: production
 * of cards and servers allocated to the run (method §4.3) and the use phase (method §5).
 */
public final class Lca {
    private static final int DIGITS = 6;

    private final Assumptions assumptions;
    private final Factors factors;
    private final CardModel cardModel;
    private final ServerFootprint server;
    /** Each card's footprint, computed once: it depends only on the card and the assumptions. */
    private final Map<String, CardFootprint> cards = new ConcurrentHashMap<>();
    /** The server of each DRAM generation, built once. */
    private final Map<String, ServerFootprint> servers = new ConcurrentHashMap<>();

    public Lca(Assumptions assumptions, Factors factors) {
        this.assumptions = assumptions;
        this.factors = factors;
        this.cardModel = new CardModel(assumptions, factors);
        this.server = ServerFootprint.of(assumptions.server(), factors);
    }

    /** The server of the configuration, with its configured RAM density (MLCA's). */
    public ServerFootprint server() {
        return server;
    }

    /**
     * The server around a card: with Rebound's die model, its RAM of the DRAM generation servers used when the card
     * came out (data/memory-density.csv, server_from_year); with MLCA's, or for a card without a release date, the
     * configured server.
     */
    public ServerFootprint server(Accelerator card) {
        if (assumptions.production().dieModel() != Assumptions.DieModel.NODE || card.releaseDate().isEmpty()) {
            return server;
        }
        return factors.serverDram(card.releaseDate().get().getYear())
                .map(d -> servers.computeIfAbsent(d.memoryType(), type -> ServerFootprint.of(
                        assumptions.server().withRamDensity(d.densityGbPerCm2().getAsDouble()), factors, type)))
                .orElse(server);
    }

    public CardFootprint card(Accelerator card) {
        return cards.computeIfAbsent(card.id(), id -> cardModel.footprint(card));
    }

    /** What one run needs besides the assumptions. */
    public record Run(double gpuHours, Accelerator card, double tdpWatts, GridChoice grid, int year,
            Optional<PowerDraw> measured) {

        /** A run powered at its card's TDP × the draw share. */
        public Run(double gpuHours, Accelerator card, double tdpWatts, GridChoice grid, int year) {
            this(gpuHours, card, tdpWatts, grid, year, Optional.empty());
        }
    }

    /**
     * The run's results and the steps that made them (GPU-hours steps are the caller's).
     *
     * @param pue    the PUE reported (1 with use-model mlca, whose overhead ratio stands in the kernel's PUE)
     * @param inputs what the kernel was given
     * @param output what the kernel gave
     */
    public record Result(CardFootprint card, double pue, LcaKernel.Inputs inputs, LcaKernel.Output output,
            List<DerivationStep> steps) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    /** The kernel's inputs for a run under these assumptions, without any text. */
    public LcaKernel.Inputs inputs(Run run) {
        ServerConfig config = assumptions.server();
        int cards = config.cards();
        CardFootprint card = card(run.card());
        double kwPerGpu;
        double drawShare;
        double pue;
        if (assumptions.use().useModel() == Assumptions.UseModel.STUDY) {
            // A measured draw of the system per card, where published, replaces TDP × draw share.
            kwPerGpu = Units.wattsToKw(run.measured().map(PowerDraw::drawWatts).orElse(run.tdpWatts()));
            drawShare = run.measured().isPresent() ? 1 : assumptions.use().tdpDrawShare();
            pue = run.grid().sitePue().orElse(assumptions.pue(run.year()));
        } else {
            kwPerGpu = Units.wattsToKw(serverWatts(run)) / cards;
            drawShare = 1;
            pue = assumptions.use().mlca().overheadRatio();
        }
        return new LcaKernel.Inputs(run.gpuHours(), kwPerGpu, drawShare, pue, run.grid().perKwh(),
                assumptions.gridScale().at(run.year()), card.densityFixed(), card.memoryDies(), 1,
                server(run.card()).total(), cards,
                assumptions.usefulLifeHours());
    }

    private double serverWatts(Run run) {
        ServerConfig config = assumptions.server();
        return config.cards() * run.tdpWatts()
                + config.cpus() * config.cpuTdpWatts() * assumptions.use().mlca().cpuUsage()
                + config.ramGb() * assumptions.use().mlca().ramPowerWattsPerGb();
    }

    /** The footprint of a run, with every step written out. */
    public Result run(Run run) {
        LcaKernel.Inputs in = inputs(run);
        LcaKernel.Output out = LcaKernel.run(in);
        List<DerivationStep> steps = new ArrayList<>();
        ServerConfig config = assumptions.server();
        int cards = config.cards();
        double energyKwh = out.energyKwh();

        // Use phase.
        double pue;
        if (assumptions.use().useModel() == Assumptions.UseModel.STUDY) {
            pue = in.pue();
            if (run.grid().sitePue().isPresent()) {
                steps.add(new DerivationStep("pue", "PUE of the data centre", run.grid().pueFormula(),
                        run.grid().pueSource(), pue, ""));
            } else {
                steps.add(new DerivationStep("pue", "PUE of the data centre", "PUE(" + run.year()
                        + "): linear from " + n(assumptions.use().pue().start()) + " in "
                        + assumptions.use().pue().startYear() + " to " + n(assumptions.use().pue().end()) + " in "
                        + assumptions.use().pue().endYear() + ", constant after",
                        "PUE(" + run.year() + ")", pue, ""));
            }
            if (run.measured().isPresent()) {
                PowerDraw d = run.measured().get();
                steps.add(new DerivationStep("energy", "Electricity of the run",
                        "GPU-hours × measured draw per card × PUE (" + d.sourceTitle() + ", " + d.locator() + ")",
                        n(run.gpuHours()) + " GPU-h × " + n(in.kwPerGpu()) + " kW × " + n(pue), energyKwh, "kWh"));
            } else {
                steps.add(new DerivationStep("energy", "Electricity of the run", "GPU-hours × TDP × TDP draw share × PUE",
                        n(run.gpuHours()) + " GPU-h × " + n(in.kwPerGpu()) + " kW × " + n(in.drawShare()) + " × " + n(pue),
                        energyKwh, "kWh"));
            }
        } else {
            pue = 1;
            double serverWatts = serverWatts(run);
            steps.add(new DerivationStep("server-power", "Power of one server (MLCA)",
                    "cards × TDP + CPUs × CPU TDP × CPU usage + RAM GB × RAM W/GB",
                    cards + " × " + n(run.tdpWatts()) + " W + " + config.cpus() + " × " + n(config.cpuTdpWatts()) + " W × "
                            + n(assumptions.use().mlca().cpuUsage()) + " + " + n(config.ramGb()) + " GB × "
                            + n(assumptions.use().mlca().ramPowerWattsPerGb()) + " W/GB", serverWatts, "W"));
            steps.add(new DerivationStep("energy", "Electricity of the run (MLCA)",
                    "GPU-hours ÷ cards per server × server power × overhead ratio",
                    n(run.gpuHours()) + " GPU-h ÷ " + cards + " × " + n(Units.wattsToKw(serverWatts)) + " kW × "
                            + n(assumptions.use().mlca().overheadRatio()), energyKwh, "kWh"));
        }
        double scale = in.gridScale();
        Impacts perKwh = in.gridPerKwh().times(scale);
        List<String> factors = new ArrayList<>();
        for (Indicator i : Indicator.ALL) {
            factors.add(n(perKwh.get(i)) + " " + i.unit() + "/kWh");
        }
        Indicator first = Indicator.ALL.get(0);
        steps.add(new DerivationStep("grid", "Electricity factors", run.grid().explanation()
                + (scale == 1 ? "" : " × grid scale " + n(scale)), String.join("; ", factors), perKwh.get(first),
                first.unit() + "/kWh"));
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("use-" + i.key(), i.label() + " of the electricity", "energy × factor",
                    n(energyKwh) + " kWh × " + n(perKwh.get(i)) + " " + i.unit() + "/kWh", out.electricity(i), i.unit()));
        }

        // Production.
        CardFootprint card = card(run.card());
        ServerFootprint server = server(run.card());
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("card-" + i.key(), i.label() + " of producing one card",
                    "die cm² × die factor + base + memory GB ÷ density × memory factor + memory base",
                    n(card.dieAreaCm2()) + " cm² × " + n(card.die().get(i) / card.dieAreaCm2()) + " + "
                            + n(card.base().get(i)) + " + " + memoryTerm(card, i),
                    card.total().get(i), i.unit()));
        }
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("server-" + i.key(), i.label() + " of producing one server without cards",
                    "CPUs + RAM + SSD + power supplies + motherboard + case + assembly",
                    partsTerm(server, i), server.total().get(i), i.unit()));
        }
        double share = out.allocationShare();
        steps.add(new DerivationStep("share", "Share of the servers' useful life taken by the run",
                "GPU-hours ÷ cards per server ÷ (lifespan × hours a year × utilization)",
                n(run.gpuHours()) + " ÷ " + cards + " ÷ (" + n(assumptions.allocation().lifespanYears()) + " × "
                        + n(assumptions.allocation().hoursPerYear()) + " × "
                        + n(assumptions.allocation().utilization()) + ")", share, "servers"));
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("embodied-" + i.key(), i.label() + " of production allocated to the run",
                    "share × (server + cards per server × card)",
                    n(share) + " × (" + n(server.total().get(i)) + " + " + cards + " × " + n(card.total().get(i)) + ")",
                    out.production(i), i.unit()));
        }
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("total-" + i.key(), i.label() + " in all", "production + electricity",
                    n(out.production(i)) + " + " + n(out.electricity(i)), out.total(i), i.unit()));
        }
        return new Result(card, pue, in, out, steps);
    }

    private String memoryTerm(CardFootprint card, Indicator i) {
        if (card.memory().get(i) == 0) {
            return "0";
        }
        return n(card.memoryGb()) + " GB ÷ " + n(card.densityGbPerCm2()) + " GB/cm² × "
                + n(factors.component("card-memory").perBasis().get(i)) + " + "
                + n(factors.component("card-memory").fixed().get(i));
    }

    private static String partsTerm(ServerFootprint server, Indicator i) {
        List<String> terms = new ArrayList<>();
        for (ServerFootprint.Part p : server.parts()) {
            terms.add(n(p.impacts().get(i)));
        }
        return String.join(" + ", terms);
    }

    static String n(double value) {
        return Num.sig(value, DIGITS);
    }
}
