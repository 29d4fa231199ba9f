package org.rebound.estimate;

import java.util.List;
import org.rebound.domain.Accelerator;
import org.rebound.domain.Expression;
import org.rebound.domain.Impacts;

/**
 * Production impacts of one card (method §4.1), split into logic die, memory and base (the rest of the card).
 *
 * @param accelerator       the card of the catalogue
 * @param logicDie          what the logic die's production was computed from
 * @param memoryGb          memory used, GB
 * @param densityGbPerCm2   memory density used, GB/cm²
 * @param memoryDies        production of the memory dies (area × factor)
 * @param memoryBase        fixed part of the memory (packaging), counted when there is memory
 * @param fallbacks         what was not known about the card and what was used instead, one sentence each
 */
public record CardFootprint(
        Accelerator accelerator,
        LogicDie logicDie,
        double memoryGb,
        double densityGbPerCm2,
        Expression densitySource,
        Impacts die,
        Impacts memoryDies,
        Impacts memoryBase,
        Impacts base,
        List<Expression> fallbacks) {

    /**
     * The logic die of a card as the footprint used it.
     *
     * @param areaCm2       die area used, cm² (the catalogue's, or the fallback)
     * @param nodeNm        process node used, nm (the catalogue's, or the fallback)
     * @param tableNodeNm   the row of the node table the die factor came from (0 with die-model mlca)
     * @param gwpKgPerCm2   GWP factor of the logic die used, kg CO2 eq/cm²
     */
    public record LogicDie(double areaCm2, double nodeNm, double tableNodeNm, double gwpKgPerCm2) {
    }

    public CardFootprint {
        fallbacks = List.copyOf(fallbacks);
    }

    /** Memory dies and their fixed part. */
    public Impacts memory() {
        return memoryDies.plus(memoryBase);
    }

    public Impacts total() {
        return die.plus(memory()).plus(base);
    }

    /** What memory density does not change: logic die, base and memory packaging. */
    public Impacts densityFixed() {
        return die.plus(base).plus(memoryBase);
    }
}
