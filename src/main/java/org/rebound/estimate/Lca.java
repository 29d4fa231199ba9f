package org.rebound.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rebound.domain.Accelerator;
import org.rebound.domain.PowerDraw;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Expression;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.Units;

/**
 * The life-cycle assessment of one training run once its GPU-hours, card, and grid are known: production
 * of cards and servers allocated to the run (method §4.3) and the use phase (method §5).
 */
public final class Lca {
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
    public record Run(double gpuHours, Accelerator card, double tdpWatts, GridAndPue grid, int year,
            Optional<PowerDraw> measured) {

        /** A run powered at its card's TDP × the draw share. */
        public Run(double gpuHours, Accelerator card, double tdpWatts, GridAndPue grid, int year) {
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
    public record Result(CardFootprint cardFootprint, double pue, LcaKernel.Inputs inputs, LcaKernel.Output output,
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
                        Expression.text(run.grid().pueSource()), pue, ""));
            } else {
                steps.add(new DerivationStep("pue", "PUE of the data centre", Expression.builder().text("PUE(")
                        .count(run.year()).text("): linear from ").number(assumptions.use().pue().start()).text(" in ")
                        .count(assumptions.use().pue().startYear()).text(" to ").number(assumptions.use().pue().end()).text(" in ")
                        .count(assumptions.use().pue().endYear()).text(", constant after").build(),
                        Expression.builder().text("PUE(").count(run.year()).text(")").build(), pue, ""));
            }
            if (run.measured().isPresent()) {
                PowerDraw d = run.measured().get();
                steps.add(new DerivationStep("energy", "Electricity of the run",
                        "GPU-hours × measured draw per card × PUE (" + d.sourceTitle() + ", " + d.locator() + ")",
                        Expression.builder().number(run.gpuHours(), "GPU-h").text(" × ").number(in.kwPerGpu(), "kW")
                                .text(" × ").number(pue).build(), energyKwh, "kWh"));
            } else {
                steps.add(new DerivationStep("energy", "Electricity of the run", "GPU-hours × TDP × TDP draw share × PUE",
                        Expression.builder().number(run.gpuHours(), "GPU-h").text(" × ").number(in.kwPerGpu(), "kW")
                                .text(" × ").number(in.drawShare()).text(" × ").number(pue).build(), energyKwh, "kWh"));
            }
        } else {
            pue = 1;
            double serverWatts = serverWatts(run);
            steps.add(new DerivationStep("server-power", "Power of one server (MLCA)",
                    "cards × TDP + CPUs × CPU TDP × CPU usage + RAM GB × RAM W/GB",
                    Expression.builder().count(cards).text(" × ").number(run.tdpWatts(), "W").text(" + ")
                            .count(config.cpus()).text(" × ").number(config.cpuTdpWatts(), "W").text(" × ")
                            .number(assumptions.use().mlca().cpuUsage()).text(" + ").number(config.ramGb(), "GB").text(" × ")
                            .number(assumptions.use().mlca().ramPowerWattsPerGb(), "W/GB").build(), serverWatts, "W"));
            steps.add(new DerivationStep("energy", "Electricity of the run (MLCA)",
                    "GPU-hours ÷ cards per server × server power × overhead ratio",
                    Expression.builder().number(run.gpuHours(), "GPU-h").text(" ÷ ").count(cards).text(" × ")
                            .number(Units.wattsToKw(serverWatts), "kW").text(" × ")
                            .number(assumptions.use().mlca().overheadRatio()).build(), energyKwh, "kWh"));
        }
        double scale = in.gridScale();
        Impacts perKwh = in.gridPerKwh().times(scale);
        Expression.Builder factors = Expression.builder();
        for (Indicator i : Indicator.ALL) {
            factors.text(i == Indicator.ALL.get(0) ? "" : "; ").number(perKwh.get(i), i.unit() + "/kWh");
        }
        Indicator first = Indicator.ALL.get(0);
        Expression.Builder gridFormula = Expression.builder().text(run.grid().explanation());
        if (scale != 1) {
            gridFormula.text(" × grid scale ").number(scale);
        }
        steps.add(new DerivationStep("grid", "Electricity factors", gridFormula.build(), factors.build(),
                perKwh.get(first), first.unit() + "/kWh"));
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("use-" + i.key(), i.label() + " of the electricity", "energy × factor",
                    Expression.builder().number(energyKwh, "kWh").text(" × ").number(perKwh.get(i), i.unit() + "/kWh")
                            .build(), out.electricity(i), i.unit()));
        }

        // Production.
        CardFootprint card = card(run.card());
        ServerFootprint server = server(run.card());
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("card-" + i.key(), i.label() + " of producing one card",
                    "die cm² × die factor + base + memory GB ÷ density × memory factor + memory base",
                    Expression.builder().number(card.logicDie().areaCm2(), "cm²").text(" × ")
                            .number(card.die().get(i) / card.logicDie().areaCm2()).text(" + ").number(card.base().get(i))
                            .text(" + ").append(memoryTerm(card, i)).build(),
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
                Expression.builder().number(run.gpuHours()).text(" ÷ ").count(cards).text(" ÷ (")
                        .number(assumptions.allocation().lifespanYears()).text(" × ").number(assumptions.allocation().hoursPerYear()).text(" × ")
                        .number(assumptions.allocation().utilization()).text(")").build(), share, "servers"));
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("embodied-" + i.key(), i.label() + " of production allocated to the run",
                    "share × (server + cards per server × card)",
                    Expression.builder().number(share).text(" × (").number(server.total().get(i)).text(" + ")
                            .count(cards).text(" × ").number(card.total().get(i)).text(")").build(),
                    out.production(i), i.unit()));
        }
        for (Indicator i : Indicator.ALL) {
            steps.add(new DerivationStep("total-" + i.key(), i.label() + " in all", "production + electricity",
                    Expression.builder().number(out.production(i)).text(" + ").number(out.electricity(i)).build(),
                    out.total(i), i.unit()));
        }
        return new Result(card, pue, in, out, steps);
    }

    private Expression memoryTerm(CardFootprint card, Indicator i) {
        if (card.memory().get(i) == 0) {
            return Expression.builder().count(0).build();
        }
        return Expression.builder().number(card.memoryGb(), "GB").text(" ÷ ").number(card.densityGbPerCm2(), "GB/cm²")
                .text(" × ").number(factors.component("card-memory").perBasis().get(i)).text(" + ")
                .number(factors.component("card-memory").fixed().get(i)).build();
    }

    private static Expression partsTerm(ServerFootprint server, Indicator i) {
        Expression.Builder terms = Expression.builder();
        List<ServerFootprint.Part> parts = server.parts();
        for (int k = 0; k < parts.size(); k++) {
            terms.text(k == 0 ? "" : " + ").number(parts.get(k).impacts().get(i));
        }
        return terms.build();
    }
}
