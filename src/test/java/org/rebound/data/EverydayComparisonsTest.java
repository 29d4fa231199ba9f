package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.domain.EverydayComparison;
import org.rebound.problem.Problem;
import org.rebound.support.Project;

/**
 * {@code data/everyday-comparisons.csv}: the project's rows read whole, and each kind of bad row says where and why.
 */
class EverydayComparisonsTest {
    private static final String HEADER = String.join(",", ProjectDataReader.EVERYDAY_COLUMNS) + "\n";
    /** A good row, its cells in the header's order. */
    private static final String PERSON = "world-person-year,gwp_kgco2e,6600,kg CO2 eq,one person emits,people emit,"
            + "world average per person,2023,UNEP Emissions Gap Report 2024,https://example.org/egr,"
            + "Per capita GHG emissions were 6.6 tCO2e in 2023.\n";

    @TempDir
    Path dir;

    private List<String> problems(String rows) throws IOException {
        Path file = dir.resolve("everyday-comparisons.csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        ProjectDataReader.everydayComparisons(file, problems);
        String prefix = file + ":";
        return problems.stream().map(Problem::toString).map(p -> p.startsWith(prefix) ? p.substring(prefix.length())
                : p).toList();
    }

    @Test
    void theProjectsComparisonsReadWithTheirSources() {
        ProjectData data = ProjectDataReader.read(Project.data());
        assertEquals(List.of(), data.problems().stream().map(Object::toString).toList());
        List<EverydayComparison> all = data.everydayComparisons();
        assertEquals(List.of("world-person-year", "us-household-year"), all.stream().map(EverydayComparison::id)
                .toList());
        EverydayComparison person = all.get(0);
        assertEquals(EverydayComparison.Quantity.GWP_KGCO2E, person.quantity());
        assertEquals(6600, person.value(), "6.6 t CO2 eq, written in kg");
        assertEquals(2023, person.year());
        EverydayComparison household = all.get(1);
        assertEquals(EverydayComparison.Quantity.ENERGY_KWH, household.quantity());
        assertEquals(10715, household.value());
        for (EverydayComparison c : all) {
            assertTrue(c.sourceUrl().startsWith("https://"), c.id());
            assertTrue(c.sourceQuote().contains(c.year() + ""), c.id() + ": the quote names its year");
        }
    }

    @Test
    void aGoodRowHasNoProblem() throws IOException {
        assertEquals(List.of(), problems(PERSON));
    }

    @Test
    void aValueInTonnesIsRefusedWithTheUnitExpected() throws IOException {
        assertEquals(List.of("2:4: found 't CO2 eq', expected 'kg CO2 eq', the unit of gwp_kgco2e (write the value "
                + "in it)"), problems(PERSON.replace(",6600,kg CO2 eq,", ",6.6,t CO2 eq,")));
    }

    @Test
    void anUnknownQuantityNamesTheKnownOnes() throws IOException {
        assertEquals(List.of("2:2: found 'water_l', expected one of: gwp_kgco2e, energy_kwh"),
                problems(PERSON.replace(",gwp_kgco2e,", ",water_l,")));
    }

    @Test
    void aValueNotAboveZeroOrNotANumberIsRefused() throws IOException {
        assertEquals(List.of("2:3: found -6600 in column 'value', expected a number greater than zero"),
                problems(PERSON.replace(",6600,", ",-6600,")));
        assertEquals(List.of("2:3: found '6.6 t' in column 'value', expected a number such as 1.5e+23"),
                problems(PERSON.replace(",6600,", ",6.6 t,")));
        assertEquals(List.of("2:3: found an empty cell in column 'value', expected a value"),
                problems(PERSON.replace(",6600,", ",,")));
    }

    @Test
    void anIdTwiceIsRefusedOnItsSecondRow() throws IOException {
        assertEquals(List.of("3:1: found 'world-person-year' a second time, expected each id once"),
                problems(PERSON + PERSON));
    }

    @Test
    void aRowWithoutItsSourceOrWordsIsRefused() throws IOException {
        assertEquals(List.of("2:11: found an empty cell in column 'source_quote', expected a value"),
                problems(PERSON.replace(",Per capita GHG emissions were 6.6 tCO2e in 2023.", ",")));
        assertEquals(List.of("2:10: found 'www.unep.org', expected an http(s) address"),
                problems(PERSON.replace("https://example.org/egr", "www.unep.org")));
        assertEquals(List.of("2:5: found an empty cell in column 'one', expected a value"),
                problems(PERSON.replace(",one person emits,", ",,")));
    }

    @Test
    void aYearMustBeWhole() throws IOException {
        assertEquals(List.of("2:8: found '2023.5', expected a whole year"),
                problems(PERSON.replace(",2023,", ",2023.5,")));
    }

    @Test
    void everyBadRowIsReportedAndLeftOut() throws IOException {
        Path file = dir.resolve("everyday-comparisons.csv");
        Files.writeString(file, HEADER + PERSON.replace("world-person-year", "Bad Id") + PERSON,
                StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        List<EverydayComparison> read = ProjectDataReader.everydayComparisons(file, problems);
        assertEquals(List.of(file + ":2:1: found 'Bad Id', expected lower-case letters and digits joined by single "
                + "hyphens, such as world-person-year"), problems.stream().map(Problem::toString).toList());
        assertEquals(List.of("world-person-year"), read.stream().map(EverydayComparison::id).toList());
    }
}
