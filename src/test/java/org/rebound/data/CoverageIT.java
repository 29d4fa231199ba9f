package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rebound.domain.CountryName;
import org.rebound.domain.HardwareAlias;
import org.rebound.domain.NotableModel;
import org.rebound.estimate.Assumptions;
import org.rebound.estimate.Estimation;
import org.rebound.estimate.Estimator;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/**
 * Every hardware name and every country name of both pinned Epoch snapshots ({@code data/epoch/}) is accounted
 * for in {@code data/}, explicitly (no fuzzy matching); a new name in a later export fails here first.
 * It must read the snapshots themselves (coverage of every name is the point, no fixture can stand in), so
 * it is an integration test ({@code mvn verify}).
 * <p>Tagged {@code live-data}: it reads the live {@code data/} (what the build reads), not the tests' frozen copy.
 */
@Tag("live-data")
class CoverageIT {
    private static final List<String> SNAPSHOTS = List.of("notable_ai_models_2026-07-19.csv", "notable_ai_models_2025-02-24.csv");
    private static final ProjectData DATA = ProjectDataReader.read(Project.liveData());

    private static List<NotableModel> models(String snapshot) throws IOException {
        return EpochReader.read(snapshot, Files.readAllBytes(Fixture.EPOCH.resolve(snapshot))).models();
    }

    @Test
    void everyTrainingHardwareNameHasAnAliasRow() throws IOException {
        Set<String> known = DATA.aliases().stream().map(HardwareAlias::epochName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String snapshot : SNAPSHOTS) {
            for (NotableModel m : models(snapshot)) {
                m.hardware().stream().filter(h -> !known.contains(h)).forEach(missing::add);
            }
        }
        assertEquals(Set.of(), missing, "names to add to data/hardware-aliases/");
    }

    @Test
    void everyCountryNameIsMappedExplicitly() throws IOException {
        Set<String> known = DATA.countries().stream().map(CountryName::epochName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String snapshot : SNAPSHOTS) {
            for (NotableModel m : models(snapshot)) {
                m.countries().stream().filter(c -> !known.contains(c)).forEach(missing::add);
            }
        }
        assertEquals(Set.of(), missing, "names to add to data/countries.csv");
    }

    /** Issue 3: on the 2026 snapshot, every model with the inputs the method needs is estimated. */
    @Test
    void everyModelWithHardwareAndComputeOrQuantityAndTimeFrom2013IsEstimated() throws IOException {
        Assumptions a = Assumptions.from(DATA.parameters(), DATA.edition());
        Estimation estimation = new Estimator(DATA, a).estimate(models("notable_ai_models_2026-07-19.csv"));
        Set<String> excluded = new TreeSet<>();
        estimation.exclusions().forEach(x -> {
            NotableModel m = x.model();
            boolean inRange = m.publicationDate().map(d -> !d.isBefore(LocalDate.of(2013, 1, 1))
                    && !d.isAfter(a.endDate())).orElse(false);
            boolean inputs = !m.hardware().isEmpty() && (m.trainingComputeFlop().isPresent()
                    || (m.hardwareQuantity().isPresent() && m.trainingTimeHours().isPresent()));
            if (inRange && inputs) {
                excluded.add(m.name() + ": " + x.explanation(org.rebound.domain.Num.writer(6)));
            }
        });
        assertEquals(Set.of(), excluded);
    }
}
