package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rebound.support.Project;
import org.rebound.support.Reference;

/**
 * {@code data/grid-gwp-by-year.csv} is Our World in Data's carbon intensity of electricity, as its README says: the
 * rows of the vendored copy ({@code reference/owid/carbon-intensity-electricity.csv}) for the years 2010–2025 and the
 * countries of {@code electricity-factors.csv} (OWID's {@code OWID_WRL} is our {@code WOR}), in kg where OWID gives g.
 * Every value must be OWID's exactly (compared as decimals, g ÷ 1000), and no such row of OWID's may be missing.
 * <p>Tagged {@code live-data}: it checks the live {@code data/} tables (what the build reads), not the tests' frozen
 * copy.
 */
@Tag("live-data")
class GridGwpByYearTest {
    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2025;
    private static final String WORLD = "WOR";
    private static final String OWID_WORLD = "OWID_WRL";
    private static final String OWID_VALUE = "Carbon intensity of electricity - gCO2e/kWh";
    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

    /** OWID's values in kg CO2e per kWh, by our code and year ("FRA 2024"). */
    private static Map<String, BigDecimal> owid() {
        CsvTable table = CsvTable.read(Reference.vendored("owid/carbon-intensity-electricity.csv"));
        table.requireColumns(List.of("Entity", "Code", "Year", OWID_VALUE));
        Map<String, BigDecimal> kg = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = row.get("Code");
            if (code.isEmpty()) {
                continue; // OWID's aggregates without a code ("ASEAN (Ember)")
            }
            String ours = code.equals(OWID_WORLD) ? WORLD : code;
            kg.put(ours + " " + row.get("Year"), new BigDecimal(row.get(OWID_VALUE)).divide(GRAMS_PER_KG));
        }
        return kg;
    }

    @Test
    void everyRowIsOurWorldInDatasValueInKilograms() {
        Map<String, BigDecimal> owid = owid();
        CsvTable ours = CsvTable.read(Project.liveData().resolve("grid-gwp-by-year.csv"));
        ours.requireColumns(List.of("iso3", "year", "gwp_kgco2e_per_kwh", "source"));
        List<String> differences = new ArrayList<>();
        for (CsvTable.Row row : ours.rows()) {
            String key = row.get("iso3") + " " + row.get("year");
            BigDecimal theirs = owid.get(key);
            BigDecimal value = new BigDecimal(row.get("gwp_kgco2e_per_kwh"));
            if (theirs == null) {
                differences.add("line " + row.line() + ": " + key + " is not in OWID's file");
            } else if (value.compareTo(theirs) != 0) {
                differences.add("line " + row.line() + ": " + key + " is " + value + ", OWID gives "
                        + theirs.toPlainString());
            }
        }
        assertEquals(List.of(), differences, "data/grid-gwp-by-year.csv against OWID");
        assertEquals(731, ours.rows().size(), "rows of data/grid-gwp-by-year.csv");
    }

    @Test
    void everyYearOwidGivesForOurCountriesIsThere() {
        Set<String> countries = CsvTable.read(Project.liveData().resolve("electricity-factors.csv")).rows().stream()
                .map(r -> r.get("iso3")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ours = CsvTable.read(Project.liveData().resolve("grid-gwp-by-year.csv")).rows().stream()
                .map(r -> r.get("iso3") + " " + r.get("year")).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String key : owid().keySet()) {
            String[] codeAndYear = key.split(" ");
            int year = Integer.parseInt(codeAndYear[1]);
            if (countries.contains(codeAndYear[0]) && year >= FIRST_YEAR && year <= LAST_YEAR && !ours.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "OWID rows of 2010–2025 for the countries of electricity-factors.csv");
    }
}
