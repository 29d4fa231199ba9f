package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rebound.domain.Accelerator;
import org.rebound.domain.CountryName;
import org.rebound.domain.GridFactor;
import org.rebound.domain.HardwareAlias;
import org.rebound.support.Project;

/**
 * The data the project maintains reads without a problem and hangs together.
 * <p>Tagged {@code live-data}: it reads the live {@code data/} (what the build reads), not the tests' frozen copy,
 * and checks the tables themselves (they parse, references resolve, sources are given), pinning none of their numbers.
 */
@Tag("live-data")
class ProjectDataTest {
    private static final ProjectData DATA = ProjectDataReader.read(Project.liveData());

    @Test
    void everyRowReadsWithoutAProblem() {
        assertEquals(List.of(), DATA.problems().stream().map(Object::toString).toList());
    }

    @Test
    void everyAliasPointsToACardOfTheCatalogue() {
        Set<String> ids = new HashSet<>();
        DATA.accelerators().forEach(a -> ids.add(a.id()));
        int mapped = 0;
        for (HardwareAlias alias : DATA.aliases()) {
            if (alias.acceleratorId().isPresent()) {
                String id = alias.acceleratorId().get();
                assertTrue(ids.contains(id), alias.epochName() + " → " + id);
                mapped++;
            }
        }
        assertTrue(mapped > 50, mapped + " aliases point to a card");
    }

    @Test
    void everyCountryHasGridFactorsAndThereIsAWorldAverage() {
        Set<String> grid = new HashSet<>();
        for (GridFactor g : DATA.gridFactors()) {
            grid.add(g.iso3());
        }
        assertTrue(grid.contains("WOR"));
        int mapped = 0;
        for (CountryName c : DATA.countries()) {
            if (c.iso3().isPresent()) {
                assertTrue(grid.contains(c.iso3().get()), c.epochName() + " → " + c.iso3().get());
                mapped++;
            }
        }
        assertTrue(mapped > 40, mapped + " country names have a code");
    }

    @Test
    void everyCardHasASource() {
        for (Accelerator a : DATA.accelerators()) {
            assertTrue(a.sourceUrl().startsWith("http"), a.id() + " has a source URL");
        }
    }

    @Test
    void anotherEditionOrOtherParametersKeepEveryTable() {
        org.rebound.domain.Edition other = new org.rebound.domain.Edition(2027, "Rebound 2027",
                java.time.LocalDate.of(2027, 12, 31), "https://example.org/", "m.csv", "0".repeat(64), java.time.LocalDate.of(2027, 1, 2),
                "https://example.org/latest.csv", java.util.Optional.empty(), "https://example.org/rebound");
        ProjectData moved = DATA.withEdition(other);
        assertEquals(other, moved.edition());
        assertEquals(DATA.accelerators(), moved.accelerators());
        assertEquals(DATA.parameters(), moved.parameters());
        assertEquals(DATA.slugs(), moved.slugs());
        ProjectData same = DATA.withParameters(DATA.parameters());
        assertEquals(DATA, same);
    }
}
