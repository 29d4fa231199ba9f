package org.rebound.domain;

import java.util.OptionalDouble;

/** Storage density of the memory dies of one memory generation. */
public record MemoryDensity(String memoryType, OptionalDouble densityGbPerCm2, String exampleDie, String sourceUrl,
        String note) {
}
