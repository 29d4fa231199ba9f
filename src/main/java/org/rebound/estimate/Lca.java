package org.rebound.estimate;

import java.util.ArrayList;
import java.util.List;
import org.rebound.domain.Accelerator;
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

    public Lca(Assumptions assumptions, Factors factors) {
        this.assumptions = assumptions;
        this.factors = factors;
        this.cardModel = new CardModel(assumptions, factors);
        this.server = ServerFootprint.of(assumptions.server(), factors);
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    public ServerFootprint server() {
        return server;
    }

    public CardFootprint card(Accelerator card) {
        return cardModel.footprint(card);
    }

    /** What one run needs besides the assumptions. */
    public record Run(double gpuHours, Accelerator card, double tdpWatts, GridChoice grid, int year) {
    }

    /** The run's results and the steps that made them (GPU-hours steps are the caller's). */
    public record Result(CardFootprint card, double pue, double allocationShare, double energyKwh, Impacts embodiedCards,
            Impacts embodiedServer, Impacts use, List<DerivationStep> steps) {
    }

    public Result run(Run run) {
        List<DerivationStep> steps = new ArrayList<>();
        ServerConfig config = assumptions.server();
        int cards = config.cards();

        // Use phase.
        double pue;
        double energyKwh;
        double tdpKw = Units.wattsToKw(run.tdpWatts());
        if (assumptions.useModel() == Assumptions.UseModel.STUDY) {
            pue = assumptions.pue(run.year());
            steps.add(new DerivationStep("pue", "PUE of the data centre", "PUE(" + run.year()
                    + "): linear from " + n(assumptions.pueStart()) + " in " + assumptions.pueStartYear() + " to "
                    + n(assumptions.pueEnd()) + " in " + assumptions.pueEndYear() + ", constant after",
                    "PUE(" + run.year() + ")", pue, ""));
            double share = assumptions.tdpDrawShare();
            energyKwh = run.gpuHours() * tdpKw * share * pue;
            steps.add(new DerivationStep("energy", "Electricity of the run", "GPU-hours × TDP × TDP draw share × PUE",
                    n(run.gpuHours()) + " GPU-h × " + n(tdpKw) + " kW × " + n(share) + " × " + n(pue), energyKwh,
                    "kWh"));
        } else {
            pue = 1;
            double serverWatts = cards * run.tdpWatts() + config.cpus() * config.cpuTdpWatts() * assumptions.mlcaCpuUsage()
                    + config.ramGb() * assumptions.mlcaRamPowerWattsPerGb();
            double serverHours = run.gpuHours() / cards;
            energyKwh = serverHours * Units.wattsToKw(serverWatts) * assumptions.mlcaOverheadRatio();
            steps.add(new DerivationStep("server-power", "Power of one server (MLCA)",
                    "cards × TDP + CPUs × CPU TDP × CPU usage + RAM GB × RAM W/GB",
                    cards + " × " + n(run.tdpWatts()) + " W + " + config.cpus() + " × " + n(config.cpuTdpWatts()) + " W × "
                            + n(assumptions.mlcaCpuUsage()) + " + " + n(config.ramGb()) + " GB × "
                            + n(assumptions.mlcaRamPowerWattsPerGb()) + " W/GB", serverWatts, "W"));
            steps.add(new DerivationStep("energy", "Electricity of the run (MLCA)",
                    "GPU-hours ÷ cards per server × server power × overhead ratio",
                    n(run.gpuHours()) + " GPU-h ÷ " + cards + " × " + n(Units.wattsToKw(serverWatts)) + " kW × "
                            + n(assumptions.mlcaOverheadRatio()), energyKwh, "kWh"));
        }
        double scale = assumptions.gridScale().at(run.year());
        Impacts perKwh = run.grid().perKwh().times(scale);
        steps.add(new DerivationStep("grid", "Electricity factors", run.grid().explanation()
                + (scale == 1 ? "" : " × grid scale " + n(scale)),
                n(perKwh.gwpKgCo2e()) + " kg CO2 eq/kWh; " + n(perKwh.adpeKgSbEq()) + " kg Sb eq/kWh; "
                        + n(perKwh.peMj()) + " MJ/kWh", perKwh.gwpKgCo2e(), "kg CO2 eq/kWh"));
        Impacts use = perKwh.times(energyKwh);
        for (Indicator i : Indicator.values()) {
            steps.add(new DerivationStep("use-" + i.key(), i.label() + " of the electricity", "energy × factor",
                    n(energyKwh) + " kWh × " + n(perKwh.get(i)) + " " + i.unit() + "/kWh", use.get(i), i.unit()));
        }

        // Production.
        CardFootprint card = cardModel.footprint(run.card());
        for (Indicator i : Indicator.values()) {
            steps.add(new DerivationStep("card-" + i.key(), i.label() + " of producing one card",
                    "die cm² × die factor + base + memory GB ÷ density × memory factor + memory base",
                    n(card.dieAreaCm2()) + " cm² × " + n(card.die().get(i) / card.dieAreaCm2()) + " + "
                            + n(card.base().get(i)) + " + " + memoryTerm(card, i),
                    card.total().get(i), i.unit()));
        }
        for (Indicator i : Indicator.values()) {
            steps.add(new DerivationStep("server-" + i.key(), i.label() + " of producing one server without cards",
                    "CPUs + RAM + SSD + power supplies + motherboard + case + assembly",
                    partsTerm(i), server.total().get(i), i.unit()));
        }
        double share = run.gpuHours() / cards / assumptions.usefulLifeHours();
        steps.add(new DerivationStep("share", "Share of the servers' useful life taken by the run",
                "GPU-hours ÷ cards per server ÷ (lifespan × hours a year × utilization)",
                n(run.gpuHours()) + " ÷ " + cards + " ÷ (" + n(assumptions.lifespanYears()) + " × "
                        + n(assumptions.hoursPerYear()) + " × " + n(assumptions.utilization()) + ")", share, "servers"));
        Impacts embodiedCards = card.total().times(share * cards);
        Impacts embodiedServer = server.total().times(share);
        for (Indicator i : Indicator.values()) {
            double embodied = embodiedCards.get(i) + embodiedServer.get(i);
            steps.add(new DerivationStep("embodied-" + i.key(), i.label() + " of production allocated to the run",
                    "share × (server + cards per server × card)",
                    n(share) + " × (" + n(server.total().get(i)) + " + " + cards + " × " + n(card.total().get(i)) + ")",
                    embodied, i.unit()));
        }
        for (Indicator i : Indicator.values()) {
            double embodied = embodiedCards.get(i) + embodiedServer.get(i);
            steps.add(new DerivationStep("total-" + i.key(), i.label() + " in all", "production + electricity",
                    n(embodied) + " + " + n(use.get(i)), embodied + use.get(i), i.unit()));
        }
        return new Result(card, pue, share, energyKwh, embodiedCards, embodiedServer, use, steps);
    }

    private String memoryTerm(CardFootprint card, Indicator i) {
        if (card.memory().get(i) == 0) {
            return "0";
        }
        return n(card.memoryGb()) + " GB ÷ " + n(card.densityGbPerCm2()) + " GB/cm² × "
                + n(factors.component("card-memory").perBasis().get(i)) + " + "
                + n(factors.component("card-memory").fixed().get(i));
    }

    private String partsTerm(Indicator i) {
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
