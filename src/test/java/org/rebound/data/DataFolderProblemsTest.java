package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rebound.domain.OperatorPue;
import org.rebound.domain.PublishedFootprint;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.support.Project;

/**
 * A copy of the project's data folder with one defect: the exact problem it gives, at its line and column. Row
 * problems leave the row out and are listed; a missing column or bad configuration refuses the whole read.
 */
class DataFolderProblemsTest {
    @TempDir
    Path dir;

    /** The tests' frozen data folder ({@link Project#data()}), copied into {@code dir/data}. */
    private Path copy() {
        Path from = Project.data();
        Path to = dir.resolve("data");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Appends a row to a table of the copy; returns its line number. */
    private static long append(Path data, String file, String row) throws IOException {
        Path path = data.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        Files.writeString(path, text + row + "\n", StandardCharsets.UTF_8);
        return text.lines().count() + 1;
    }

    private static String lastRow(Path data, String file) throws IOException {
        List<String> lines = Files.readAllLines(data.resolve(file), StandardCharsets.UTF_8);
        return lines.get(lines.size() - 1);
    }

    private static List<String> problems(Path data) {
        return ProjectDataReader.read(data).problems().stream().map(Problem::toString).toList();
    }

    private static String at(Path data, String file, long line, int column, String message) {
        return new Problem(data.resolve(file).toString(), line, column, message).toString();
    }

    @ParameterizedTest
    @CsvSource({"accelerators/nvidia.csv, die_area_mm2", "hardware-aliases/other.csv, accelerator_id",
            "countries.csv, iso3", "electricity-factors.csv, pe_mj_per_kwh", "manufacturing-factors.csv, basis",
            "die-gwp-by-node.csv, gases_kgco2e_per_cm2", "memory-density.csv, example_die",
            "published-footprints.csv, unit", "training-sites.csv, pue_source", "power-draw.csv, draw_watts",
            "grid-gwp-by-year.csv, year", "operator-pue.csv, epoch_organisations", "hardware-splits.csv, quote",
            "organisation-fleets.csv, epoch_hardware", "grid-regions.csv, zone_gco2e_per_kwh",
            "everyday-comparisons.csv, many", "slugs.csv, registered"})
    void aMissingColumnRefusesTheRead(String file, String column) throws IOException {
        Path data = copy();
        Path path = data.resolve(file);
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        assertTrue(header.contains(column), column);
        List<String> renamed = header.stream().map(c -> c.equals(column) ? column + "_old" : c).toList();
        lines.set(0, String.join(",", renamed));
        Files.write(path, lines, StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> ProjectDataReader.read(data));
        assertEquals(1, e.problems().size(), e.getMessage());
        String message = e.problems().get(0).toString();
        String prefix = path + ":1: missing column '" + column + "', expected the header to have: ";
        assertTrue(message.startsWith(prefix), message);
        assertTrue(message.endsWith("; found: " + String.join(", ", renamed)), message);
    }

    @Test
    void cardIdsAreSlugsGivenOnce() throws IOException {
        Path data = copy();
        String last = lastRow(data, "accelerators/nvidia.csv");
        String id = last.substring(0, last.indexOf(','));
        long twice = append(data, "accelerators/nvidia.csv", last);
        long upper = append(data, "accelerators/nvidia.csv", "Bad_Id" + last.substring(last.indexOf(',')));
        assertEquals(List.of(at(data, "accelerators/nvidia.csv", twice, 1, "duplicate id '" + id
                        + "', expected each card once"),
                at(data, "accelerators/nvidia.csv", upper, 1, "found 'Bad_Id', expected a lower-case slug such as "
                        + "nvidia-a100-sxm4-80gb")), problems(data));
    }

    @Test
    void aliasesAreGivenOnceAndNameACardOfTheCatalogue() throws IOException {
        Path data = copy();
        String last = lastRow(data, "hardware-aliases/other.csv");
        String name = last.substring(0, last.indexOf(','));
        long twice = append(data, "hardware-aliases/other.csv", last);
        long unknown = append(data, "hardware-aliases/other.csv", "Some Chip,no-such-card,,");
        long noNote = append(data, "hardware-aliases/other.csv", "Other Chip,,,");
        assertEquals(List.of(
                at(data, "hardware-aliases/other.csv", twice, 1, "duplicate alias '" + name + "', expected each name once"),
                at(data, "hardware-aliases/other.csv", noNote, 3, "an alias without a card needs a note saying why"),
                at(data, "hardware-aliases/other.csv", unknown, 2, "found 'no-such-card', expected a card id of the "
                        + "catalogue (data/accelerators/)")), problems(data));
    }

    @Test
    void trainingSitesNameAKnownCountryOncePerModel() throws IOException {
        Path data = copy();
        long unknown = append(data, "training-sites.csv", "Model X,XYZ,,,,,t,https://example.org/x,,");
        long first = append(data, "training-sites.csv", "Model Y,FRA,,,1.2,measured,t,https://example.org/y,,");
        long again = append(data, "training-sites.csv", "Model Y,FRA,,,,,t,https://example.org/y,,");
        long low = append(data, "training-sites.csv", "Model Z,FRA,,,0.9,measured,t,https://example.org/z,,");
        assertEquals(List.of(
                at(data, "training-sites.csv", unknown, 2, "found 'XYZ', expected a country of electricity-factors.csv"),
                at(data, "training-sites.csv", again, 1, "found 'Model Y' a second time, expected one row per model"),
                at(data, "training-sites.csv", low, 5, "found 0.9, expected a PUE of 1 or more")), problems(data));
        assertTrue(first < again);
        assertEquals(1, ProjectDataReader.read(data).trainingSites().stream().filter(t -> t.model().equals("Model Y"))
                .count());
    }

    @Test
    void measuredDrawsAreOfCatalogueCards() throws IOException {
        Path data = copy();
        long unknown = append(data, "power-draw.csv", "no-such-card,300,measured,t,https://example.org/d,,");
        assertEquals(List.of(at(data, "power-draw.csv", unknown, 1, "found 'no-such-card', expected a card id of the "
                + "catalogue")), problems(data));
    }

    @Test
    void gridYearsAreWholeYearsOncePerKnownCountry() throws IOException {
        Path data = copy();
        long unknown = append(data, "grid-gwp-by-year.csv", "XYZ,2020,0.5,s");
        append(data, "grid-gwp-by-year.csv", "XYZ,2021,0.5,s");
        long half = append(data, "grid-gwp-by-year.csv", "FRA,2020.5,0.05,s");
        String fra = Files.readAllLines(data.resolve("grid-gwp-by-year.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("FRA,2015,")).findFirst().orElseThrow();
        long twice = append(data, "grid-gwp-by-year.csv", fra);
        assertEquals(List.of(
                at(data, "grid-gwp-by-year.csv", unknown, 1, "found 'XYZ', expected a country of electricity-factors.csv "
                        + "(its other rows in this file are left out too)"),
                at(data, "grid-gwp-by-year.csv", half, 2, "found '2020.5', expected a whole year"),
                at(data, "grid-gwp-by-year.csv", twice, 2, "found FRA 2015 a second time, expected one row per country "
                        + "and year")), problems(data));
    }

    @Test
    void operatorPuesAreOneOrMoreOncePerOperatorAndYear() throws IOException {
        Path data = copy();
        append(data, "operator-pue.csv", "Op A, Lab One ; ; Lab Two ,2020,1,measured,t,https://example.org/a,,");
        long low = append(data, "operator-pue.csv", "Op B,Lab Three,2020,0.99,measured,t,https://example.org/b,,");
        long claimed = append(data, "operator-pue.csv", "Op C,Lab One,2020,1.1,measured,t,https://example.org/c,,");
        long twice = append(data, "operator-pue.csv", "Op A,Lab Two,2020,1.2,measured,t,https://example.org/a,,");
        assertEquals(List.of(
                at(data, "operator-pue.csv", low, 4, "found 0.99, expected a PUE of 1 or more"),
                at(data, "operator-pue.csv", claimed, 2, "found 'Lab One' for Op C, expected each organisation under "
                        + "one operator (already under Op A)"),
                at(data, "operator-pue.csv", twice, 3, "found Op A 2020 a second time, expected one row per operator "
                        + "and year")), problems(data));
        OperatorPue a = ProjectDataReader.read(data).operatorPues().stream().filter(p -> p.operator().equals("Op A"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Lab One", "Lab Two"), a.organisations());
        assertEquals(1.0, a.pue());
        assertEquals(2020, a.year());
    }

    @Test
    void aPublishedGwpsBasisIsLocationOrMarketAndAFactorBelongsToAGwp() throws IOException {
        Path data = copy();
        String tail = ",kg,final run,T,https://example.org/p,Table 1,";
        long word = append(data, "published-footprints.csv", "M,gwp_kgco2e,5" + tail + "net,0.1");
        long energy = append(data, "published-footprints.csv", "M,energy_kwh,5" + tail + "market,");
        long factor = append(data, "published-footprints.csv", "M,gpu_hours,5" + tail + ",0.2");
        long negative = append(data, "published-footprints.csv", "N,gwp_kgco2e,5" + tail + "market,-1");
        append(data, "published-footprints.csv", "O,gwp_kgco2e,5" + tail + "market,0.079");
        assertEquals(List.of(
                at(data, "published-footprints.csv", word, 9, "found 'net', expected location, market or nothing"),
                at(data, "published-footprints.csv", energy, 9, "found 'market' for energy_kwh, expected a basis for a "
                        + "gwp_kgco2e figure only"),
                at(data, "published-footprints.csv", factor, 10, "found 0.2 for gpu_hours, expected a carbon factor for "
                        + "a gwp_kgco2e figure only"),
                problems(data).get(3)), problems(data));
        assertTrue(problems(data).get(3).startsWith(data.resolve("published-footprints.csv") + ":" + negative + ":10:"),
                problems(data).get(3));
        PublishedFootprint o = ProjectDataReader.read(data).publishedFootprints().stream()
                .filter(p -> p.model().equals("O")).findFirst().orElseThrow();
        assertTrue(o.marketBased());
        assertEquals(0.079, o.kgco2ePerKwh().getAsDouble());
    }

    @Test
    void fleetsNameAnAliasOverAPeriodThatDoesNotOverlapAnother() throws IOException {
        Path data = copy();
        String q = ",Title,https://example.org/f,p. 1,They trained on it";
        append(data, "organisation-fleets.csv", "Op F,Lab F ; Lab G,2020-01-01,2020-12-31,NVIDIA V100" + q);
        long unknown = append(data, "organisation-fleets.csv", "Op F,Lab H,2020-01-01,2020-12-31,No Such Chip" + q);
        long backwards = append(data, "organisation-fleets.csv", "Op F,Lab H,2021-06-01,2021-01-01,NVIDIA V100" + q);
        long overlap = append(data, "organisation-fleets.csv", "Op F,Lab G,2020-12-31,2021-03-01,NVIDIA A100" + q);
        long noQuote = append(data, "organisation-fleets.csv", "Op F,Lab I,2020-01-01,2020-12-31,NVIDIA V100,Title,"
                + "https://example.org/f,p. 1,");
        append(data, "organisation-fleets.csv", "Op F,Lab G,2021-01-01,2021-03-01,NVIDIA A100" + q);
        assertEquals(List.of(
                at(data, "organisation-fleets.csv", unknown, 5, "found 'No Such Chip', expected a name of "
                        + "hardware-aliases"),
                at(data, "organisation-fleets.csv", backwards, 4, "found 2021-01-01, expected a date on or after "
                        + "from_date 2021-06-01"),
                at(data, "organisation-fleets.csv", overlap, 3, "found Lab G from 2020-12-31 to 2021-03-01, expected "
                        + "periods of one organisation not to overlap (already NVIDIA V100 from 2020-01-01 to "
                        + "2020-12-31)"),
                at(data, "organisation-fleets.csv", noQuote, 9, "found an empty cell in column 'quote', expected a value")), problems(data));
        List<org.rebound.domain.OrganisationFleet> f = ProjectDataReader.read(data).fleets().stream()
                .filter(x -> x.operator().equals("Op F")).toList();
        assertEquals(2, f.size());
        assertEquals(List.of("Lab F", "Lab G"), f.get(0).organisations());
        assertTrue(f.get(0).covers(java.time.LocalDate.of(2020, 12, 31)));
        assertFalse(f.get(0).covers(java.time.LocalDate.of(2021, 1, 1)));
        assertFalse(f.get(0).covers(java.time.LocalDate.of(2019, 12, 31)));
    }

    @Test
    void gridRegionsNameACountryOfTheFactorsOncePerRegion() throws IOException {
        Path data = copy();
        String tail = ",2024,300,400,Title,https://example.org/g,p. 1,";
        long unknown = append(data, "grid-regions.csv", "XXX,Nowhere,Z-1,Zone" + tail);
        append(data, "grid-regions.csv", "FRA,Nord,Z-2,Zone" + tail);
        long twice = append(data, "grid-regions.csv", "FRA,Nord,Z-3,Zone" + tail);
        long negative = append(data, "grid-regions.csv", "FRA,Sud,Z-4,Zone,2024,-3,400,Title,https://example.org/g,,");
        assertEquals(List.of(
                at(data, "grid-regions.csv", unknown, 1, "found 'XXX', expected an ISO code of electricity-factors.csv"),
                at(data, "grid-regions.csv", twice, 2, "found FRA / Nord a second time, expected one row per country and "
                        + "region")), problems(data).subList(0, 2), problems(data).toString());
        assertTrue(problems(data).get(2).startsWith(data.resolve("grid-regions.csv") + ":" + negative + ":6:"),
                problems(data).toString());
        assertEquals(0.75, new org.rebound.domain.GridRegion("FRA", "Nord", "Z-2", "Zone", 2024, 300, 400, "Title",
                "https://example.org/g", "p. 1", "").ratio(), 1e-12);
    }

    @Test
    void hardwareSplitsNameAnAliasOncePerModel() throws IOException {
        Path data = copy();
        String last = lastRow(data, "hardware-splits.csv");
        String model = last.substring(0, last.indexOf(','));
        long unknown = append(data, "hardware-splits.csv", "Model X,No Such Chip,10,t,https://example.org/x,,");
        long twice = append(data, "hardware-splits.csv", last);
        String name = last.split(",")[1];
        assertEquals(List.of(
                at(data, "hardware-splits.csv", unknown, 2, "found 'No Such Chip', expected a name of hardware-aliases"),
                at(data, "hardware-splits.csv", twice, 2, "found " + model + " / " + name + " a second time, expected "
                        + "one row per model and hardware type")), problems(data));
    }

    @Test
    void theEditionsYearIsFrom2013() throws IOException {
        Path data = copy();
        Path edition = data.resolve("edition.yaml");
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        Files.writeString(edition, text.replace("year: 2026", "year: 2013"), StandardCharsets.UTF_8);
        assertEquals(2013, ProjectDataReader.edition(edition).year());
        Files.writeString(edition, text.replace("year: 2026", "year: 2012"), StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> ProjectDataReader.edition(edition));
        assertEquals(List.of(edition + ":2:1: year is '2012', expected a year such as 2026"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aDataFolderWithoutItsCatalogueIsRefused() throws IOException {
        Path data = copy();
        Path cards = data.resolve("accelerators");
        try (Stream<Path> files = Files.list(cards)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(cards);
        InputException e = assertThrows(InputException.class, () -> ProjectDataReader.read(data));
        assertEquals(List.of(cards + ": cannot read the folder: it does not exist"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
