package org.rebound.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rebound.domain.Accelerator;
import org.rebound.domain.ComponentFactor;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.MemoryDensity;
import org.rebound.domain.NodeFactor;
import org.rebound.domain.Expression;
import org.rebound.domain.Units;

/**
 * Production impacts of one card: {@code die_cm2 × DIE(node) + BASE + memory_GB / density × MEMDIE + MEMBASE}.
 */
public final class CardModel {
    /** Significant digits of the fallback values and densities a sentence quotes. */
    private static final int QUOTED_DIGITS = 3;
    private final Assumptions assumptions;
    private final Factors factors;
    private final java.util.Map<String, CardFootprint> byCardId = new java.util.HashMap<>();

    public CardModel(Assumptions assumptions, Factors factors) {
        this.assumptions = assumptions;
        this.factors = factors;
    }

    /** The production footprint of {@code card} (computed once per card id). */
    public CardFootprint footprint(Accelerator card) {
        CardFootprint known = byCardId.get(card.id());
        if (known != null && known.accelerator().equals(card)) {
            return known;
        }
        CardFootprint computed = compute(card);
        byCardId.put(card.id(), computed);
        return computed;
    }

    private CardFootprint compute(Accelerator card) {
        List<Expression> fallbacks = new ArrayList<>();
        ComponentFactor dieFactor = factors.component("card-die");
        ComponentFactor memoryFactor = factors.component("card-memory");

        double dieCm2;
        if (card.dieAreaMm2().isPresent()) {
            dieCm2 = Units.mm2ToCm2(card.dieAreaMm2().getAsDouble());
        } else {
            dieCm2 = assumptions.production().fallbackDieAreaCm2();
            fallbacks.add(Expression.builder().text("Die area not public: ").number(dieCm2, "cm²", QUOTED_DIGITS)
                    .text(" used (parameter card.fallback-die-area-cm2).").build());
        }

        double nodeNm = card.processNm().orElse(assumptions.production().fallbackNodeNm());
        double tableNode = 0;
        double dieGwp;
        if (assumptions.production().dieModel() == Assumptions.DieModel.MLCA) {
            dieGwp = dieFactor.perBasis().get(Indicator.GWP);
        } else {
            if (card.processNm().isEmpty()) {
                fallbacks.add(Expression.builder().text("Process node not public: ").number(nodeNm, "nm", QUOTED_DIGITS)
                        .text(" used (parameter card.fallback-node-nm).").build());
            }
            NodeFactor node = factors.node(nodeNm);
            tableNode = node.nodeNm();
            dieGwp = node.gwpKgCo2ePerCm2(assumptions.production().fabGridKgCo2ePerKwh(),
                    assumptions.production().fabYield());
        }
        // The node table gives the die's GWP; the other indicators keep the per-cm² factor of card-die.
        double dieGwpPerCm2 = dieGwp;
        Impacts diePerCm2 = Impacts.by(i -> i == Indicator.GWP ? dieGwpPerCm2 : dieFactor.perBasis().get(i));

        double memoryGb;
        if (card.memoryGb().isPresent()) {
            memoryGb = card.memoryGb().getAsDouble();
        } else {
            memoryGb = assumptions.production().fallbackMemoryGb();
            fallbacks.add(Expression.builder().text("Memory size not public: ").number(memoryGb, "GB", QUOTED_DIGITS)
                    .text(" used (parameter card.fallback-memory-gb).").build());
        }
        double density = assumptions.production().mlcaMemoryDensityGbPerCm2();
        Expression densitySource = Expression.text("MLCA's density (parameter card.mlca-memory-density-gb-per-cm2)");
        if (card.memoryOnDie()) {
            return new CardFootprint(card, new CardFootprint.LogicDie(dieCm2, nodeNm, tableNode, dieGwp), memoryGb, 0,
                    Expression.text("on the logic die (SRAM): no separate memory dies"), diePerCm2.times(dieCm2), Impacts.ZERO,
                    Impacts.ZERO, dieFactor.fixed(), fallbacks);
        }
        if (assumptions.production().dieModel() == Assumptions.DieModel.NODE) {
            Optional<Factors.Density> byType = factors.density(card.memoryType());
            if (byType.isPresent()) {
                density = byType.get().gbPerCm2();
                densitySource = byType.get().source();
            } else {
                String type = card.memoryType().isEmpty() ? "unknown memory type" : card.memoryType();
                fallbacks.add(Expression.builder().text("No public die density for " + type + ": MLCA's ")
                        .number(density, "GB/cm²", QUOTED_DIGITS)
                        .text(" used (parameter card.mlca-memory-density-gb-per-cm2).").build());
            }
        }
        Impacts memoryDies = memoryGb > 0 ? memoryFactor.perBasis().times(memoryGb / density) : Impacts.ZERO;
        Impacts memoryBase = memoryGb > 0 ? memoryFactor.fixed() : Impacts.ZERO;
        return new CardFootprint(card, new CardFootprint.LogicDie(dieCm2, nodeNm, tableNode, dieGwp), memoryGb, density,
                densitySource,
                diePerCm2.times(dieCm2), memoryDies, memoryBase, dieFactor.fixed(), fallbacks);
    }
}
