package org.rebound.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/** The one table reader: each declared type at its bounds, optional columns, keys, and the exact words. */
class TableSpecTest {
    static final Column ID = Column.text("id").required().matching(Column.SLUG, "a slug").key("found '%s' a second "
            + "time, expected each id once");
    static final Column ISO3 = Column.text("iso3").matching(Column.ISO3, "an ISO 3166 alpha-3 code or empty");
    static final Column SHARE = Column.number("share").requiredNumber();
    static final Column WATTS = Column.number("watts").positive();
    static final Column YEAR = Column.number("year").required().positive();
    static final Column DAY = Column.date("day");
    static final Column URL = Column.text("url").matchingAbbreviated(Column.URL, "an http(s) address");
    static final Column EXTRA = Column.text("extra").optionalInHeader();
    static final TableSpec SPEC = TableSpec.of(ID, ISO3, SHARE, WATTS, YEAR, DAY, URL, EXTRA);
    private static final String HEADER = "id,iso3,share,watts,year,day,url\n";

    @TempDir
    Path dir;

    private record Read(List<String> values, List<String> problems) {
    }

    private Read read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        List<String> values = SPEC.read(file, problems, r -> r.text(ID) + "|" + r.text(ISO3) + "|"
                + r.number(SHARE) + "|" + r.number(WATTS) + "|" + r.number(YEAR) + "|" + r.date(DAY) + "|"
                + r.text(URL) + "|" + r.raw(EXTRA));
        return new Read(values, problems.stream().map(Problem::toString).toList());
    }

    @Test
    void eachTypeIsReadAtItsBounds() throws IOException {
        Read ok = read("ok.csv", HEADER + "a-1,FRA,-1e308,4.9e-324,2026,2024-02-29,https://x.org/a\n"
                + "b,,0,1.7976931348623157e308,1,,\n");
        assertEquals(List.of(), ok.problems());
        assertEquals(List.of("a-1|FRA|OptionalDouble[-1.0E308]|OptionalDouble[4.9E-324]|OptionalDouble[2026.0]"
                + "|Optional[2024-02-29]|https://x.org/a|", "b||OptionalDouble[0.0]|OptionalDouble[1.7976931348623157E308]"
                + "|OptionalDouble[1.0]|Optional.empty||"), ok.values());
    }

    @Test
    void eachTypeJustOutsideItsBoundsIsOneProblemWithItsPlace() throws IOException {
        Read bad = read("bad.csv", HEADER
                + "A,FR,1e309,0,0.5e-0,2023-02-29,ftp://x\n"
                + ",FRAN,,-0,,2024-13-01,http://" + "x".repeat(60) + " y\n");
        assertEquals(List.of(
                bad(2, 1, "found 'A', expected a slug"),
                bad(2, 2, "found 'FR', expected an ISO 3166 alpha-3 code or empty"),
                bad(2, 3, "found '1e309' in column 'share', expected a number such as 1.5e+23"),
                bad(2, 4, "found 0 in column 'watts', expected a number greater than zero"),
                bad(2, 6, "found '2023-02-29' in column 'day', expected a date as YYYY-MM-DD"),
                bad(2, 7, "found 'ftp://x', expected an http(s) address"),
                bad(3, 1, "found an empty cell in column 'id', expected a value"),
                bad(3, 2, "found 'FRAN', expected an ISO 3166 alpha-3 code or empty"),
                bad(3, 3, "found an empty cell in column 'share', expected a number"),
                bad(3, 4, "found -0 in column 'watts', expected a number greater than zero"),
                bad(3, 5, "found an empty cell in column 'year', expected a value"),
                bad(3, 6, "found '2024-13-01' in column 'day', expected a date as YYYY-MM-DD"),
                bad(3, 7, "found 'http://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...', expected an http(s) address")),
                bad.problems());
        assertEquals(List.of(), bad.values(), "a row with a problem is left out");
    }

    private String bad(long line, int column, String message) {
        return dir.resolve("bad.csv") + ":" + line + ":" + column + ": " + message;
    }

    @Test
    void anOptionalColumnMayBeAbsentOrPresent() throws IOException {
        assertEquals(List.of("a||OptionalDouble[1.0]|OptionalDouble.empty|OptionalDouble[2026.0]|Optional.empty||"),
                read("absent.csv", HEADER + "a,,1,,2026,,\n").values());
        assertEquals(List.of("a||OptionalDouble[1.0]|OptionalDouble.empty|OptionalDouble[2026.0]|Optional.empty||note"),
                read("present.csv", HEADER.strip() + ",extra\na,,1,,2026,,,note\n").values());
    }

    @Test
    void aRequiredColumnAbsentIsNamedWithTheHeaderExpected() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "id,share\na,1\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> SPEC.read(file, new ArrayList<>(), r -> r));
        String expected = ", expected the header to have: id, iso3, share, watts, year, day, url; found: id, share";
        assertEquals(List.of(file + ":1: missing column 'iso3'" + expected, file + ":1: missing column 'watts'"
                + expected, file + ":1: missing column 'year'" + expected, file + ":1: missing column 'day'" + expected,
                file + ":1: missing column 'url'" + expected), e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aKeyGivenTwiceIsReportedAtItsSecondRowAndAcrossTheFilesOfAFolder() throws IOException {
        Read twice = read("twice.csv", HEADER + "a,,1,,2026,,\nb,,1,,2026,,\na,,2,,2026,,\n");
        assertEquals(List.of(dir.resolve("twice.csv") + ":4:1: found 'a' a second time, expected each id once"),
                twice.problems());
        assertEquals(2, twice.values().size());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Files.writeString(folder.resolve("1.csv"), HEADER + "a,,1,,2026,,\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("2.csv"), HEADER + "a,,1,,2026,,\n", StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("a"), SPEC.readFolder(folder, problems, r -> r.text(ID)));
        assertEquals(List.of(new Problem(folder.resolve("2.csv").toString(), 2, 1, "found 'a' a second time, "
                + "expected each id once")), problems);
    }

    @Test
    void anOlderNameIsReadWhenTheNewOneIsAbsent() throws IOException {
        Column country = Column.text("Country (of organization)").or("Country (from Organization)").required();
        Path file = dir.resolve("older.csv");
        Files.writeString(file, "Model,Country (from Organization)\nm,France\nn,\n", StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("France"), TableSpec.of(country).read(file, problems, r -> r.text(country)));
        assertEquals(List.of(new Problem(file.toString(), 3, 2, "found an empty cell in column 'Country (from "
                + "Organization)', expected a value")), problems);
        assertEquals(Pattern.compile("[A-Z]{3}").pattern(), Column.ISO3.pattern());
    }
}
