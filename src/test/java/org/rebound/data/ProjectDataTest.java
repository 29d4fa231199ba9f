package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Accelerator;
import org.rebound.domain.CountryName;
import org.rebound.domain.GridFactor;
import org.rebound.domain.HardwareAlias;
import org.rebound.support.Shared;

/** The data the project maintains reads without a problem and hangs together. */
class ProjectDataTest {
    private static final ProjectData DATA = ProjectDataReader.read(Shared.projectData());

    @Test
    void everyRowReadsWithoutAProblem() {
        assertEquals(List.of(), DATA.problems().stream().map(Object::toString).toList());
    }

    @Test
    void everyAliasPointsToACardOfTheCatalogue() {
        Set<String> ids = new HashSet<>();
        DATA.accelerators().forEach(a -> ids.add(a.id()));
        for (HardwareAlias alias : DATA.aliases()) {
            alias.acceleratorId().ifPresent(id -> assertTrue(ids.contains(id), alias.epochName() + " → " + id));
        }
    }

    @Test
    void everyCountryHasGridFactorsAndThereIsAWorldAverage() {
        Set<String> grid = new HashSet<>();
        for (GridFactor g : DATA.gridFactors()) {
            grid.add(g.iso3());
        }
        assertTrue(grid.contains("WOR"));
        for (CountryName c : DATA.countries()) {
            c.iso3().ifPresent(code -> assertTrue(grid.contains(code), c.epochName() + " → " + code));
        }
    }

    @Test
    void everyCardHasASource() {
        for (Accelerator a : DATA.accelerators()) {
            assertTrue(a.sourceUrl().startsWith("http"), a.id() + " has a source URL");
        }
    }
}
