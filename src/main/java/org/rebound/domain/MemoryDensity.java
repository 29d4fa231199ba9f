package org.rebound.domain;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Storage density of the memory dies of one memory generation, from {@code data/memory-density.csv}: measured
 * ({@code densityGbPerCm2}), or derived from another generation's ({@code derivedFrom} × {@code derivedFactor}) by a
 * rule the note states.
 *
 * @param serverFromYear for server DRAM generations: the year servers first used it (a card released that year or
 *                       later gets a server with it)
 */
public record MemoryDensity(String memoryType, OptionalDouble densityGbPerCm2, String exampleDie, String sourceUrl,
        String note, String derivedFrom, OptionalDouble derivedFactor, OptionalInt serverFromYear,
        String serverSource) {
}
