package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rebound.data.ProjectDataReader;
import org.rebound.domain.EverydayComparison;
import org.rebound.report.Ranking;
import org.rebound.support.Fixture;
import org.rebound.support.Project;

/** Ranks and everyday comparisons in words, and as the fixture's model pages say them. */
class EverydayTest {
    private static final List<EverydayComparison> COMPARISONS = ProjectDataReader.read(Project.data())
            .everydayComparisons();
    private static final EverydayComparison PERSON = COMPARISONS.get(0);
    private static final EverydayComparison HOUSEHOLD = COMPARISONS.get(1);

    @Test
    void ordinalsAreEnglish() {
        List<Integer> n = List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 102, 111, 112, 113, 121);
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                "102nd", "111th", "112th", "113th", "121st"), n.stream().map(Formats::ordinal).toList());
    }

    @Test
    void aPlaceIsCountedFromTheNearerEndAndTiesAreSaid() {
        assertEquals("the largest", Everyday.place(new Ranking.Rank(0, 0, 279)));
        assertEquals("the 12th largest", Everyday.place(new Ranking.Rank(11, 0, 268)));
        assertEquals("the 12th largest (tied with 1 other)", Everyday.place(new Ranking.Rank(11, 1, 267)));
        assertEquals("the 12th largest (tied with 2 others)", Everyday.place(new Ranking.Rank(11, 2, 266)));
        assertEquals("the 22nd smallest", Everyday.place(new Ranking.Rank(258, 0, 21)));
        assertEquals("the smallest", Everyday.place(new Ranking.Rank(279, 0, 0)));
        assertEquals("the largest (tied with 1 other)", Everyday.place(new Ranking.Rank(0, 1, 0)));
        assertEquals("the only one", Everyday.place(new Ranking.Rank(0, 0, 0)));
    }

    @Test
    void ranksReadAsASentence() {
        assertEquals("Its carbon footprint is the 12th largest of the 280 training runs estimated, and the 3rd "
                + "largest of the 41 published in 2023.", Everyday.ranks("carbon footprint",
                        new Ranking.Rank(11, 0, 268), new Ranking.Rank(2, 0, 38), 2023, false));
        assertEquals("Its electricity use is the 101st largest (tied with 1 other) of the 280, and the only one "
                + "published in 2013.", Everyday.ranks("electricity use", new Ranking.Rank(100, 1, 178),
                        new Ranking.Rank(0, 0, 0), 2013, true));
    }

    @Test
    void aComparisonIsRoundedAndSaidInTheLargestUnitOfTwoOrMore() {
        // 633 t ÷ 6.6 t = 95.9 people; 9.2 t = 1.39 person-years = 16.7 months; 100 kg = 5.5 days.
        assertEquals("as much greenhouse gas as about 96 people emit in a year", Everyday.comparison(PERSON, 633_000));
        assertEquals("as much greenhouse gas as about 9,100 people emit in a year",
                Everyday.comparison(PERSON, 60_000_000));
        assertEquals("as much greenhouse gas as about 3 people emit in a year", Everyday.comparison(PERSON, 20_000));
        assertEquals("as much greenhouse gas as one person emits in about 17 months",
                Everyday.comparison(PERSON, 9_200));
        assertEquals("as much greenhouse gas as one person emits in about 6 days", Everyday.comparison(PERSON, 100));
        assertEquals("as much greenhouse gas as one person emits in about 13 hours", Everyday.comparison(PERSON, 10));
        assertEquals("as much greenhouse gas as one person emits in less than two hours",
                Everyday.comparison(PERSON, 1));
        assertEquals("as much electricity as about 120 average US households use in a year",
                Everyday.comparison(HOUSEHOLD, 1_287_000));
        assertEquals("As much greenhouse gas as about 96 people emit in a year", Everyday.sentence(PERSON, 633_000));
        assertEquals("6.6 t CO2 eq", Everyday.factor(PERSON));
        assertEquals("10,715 kWh", Everyday.factor(HOUSEHOLD));
    }

    @Test
    void gpt3sPageComparesItsOwnNumbersWithTheDataFilesFactors() throws IOException {
        Document page = page("gpt-3-175b-davinci");
        double gwpKg = total(page, "GWP");
        double energyKwh = total(page, "Energy");
        List<String> items = page.select("ul.everyday li").eachText();
        assertEquals(List.of("As much greenhouse gas as about 96 people emit in a year (world average greenhouse-gas "
                + "emissions per person, land use and forestry excluded: 6.6 t CO2 eq in 2023).",
                "As much electricity as about 120 average US households use in a year (electricity use of the average "
                        + "US residential utility customer: 10,715 kWh in 2020)."), items);
        assertEquals(96, gwpKg / PERSON.value(), 0.5, "the page's own GWP ÷ 6.6 t");
        assertEquals(120, energyKwh / HOUSEHOLD.value(), 5, "the page's own energy ÷ 10,715 kWh, 2 digits");
        assertEquals("Its carbon footprint is the 4th largest of the 10 training runs estimated, and the only one "
                + "published in 2020. Its electricity use is the 4th largest of the 10, and the only one published in "
                + "2020.", page.selectFirst("p.ranks").text());
        for (Element a : page.select("ul.everyday a")) {
            assertTrue(a.attr("href").startsWith("../../methodology/index.html#everyday-"), a.attr("href"));
        }
    }

    @Test
    void aSmallRunIsSaidInDaysOfOnePerson() throws IOException {
        Document page = page("transformer"); // Vaswani et al. 2017 (the other "Transformer" of the fixture is of 2014)
        double gwpKg = total(page, "GWP");
        assertEquals(6, gwpKg / PERSON.value() * 365, 0.5, "the page's own GWP in days of one person");
        assertEquals("As much greenhouse gas as one person emits in about 6 days (world average greenhouse-gas "
                + "emissions per person, land use and forestry excluded: 6.6 t CO2 eq in 2023).",
                page.selectFirst("ul.everyday li").text());
        assertEquals("Its carbon footprint is the 2nd smallest of the 10 training runs estimated, and the smallest of "
                + "the 2 published in 2017. Its electricity use is the 2nd smallest of the 10, and the smallest of "
                + "the 2 published in 2017.", page.selectFirst("p.ranks").text());
    }

    private static Document page(String slug) throws IOException {
        return Jsoup.parse(Fixture.site().root().resolve("models/" + slug + "/index.html").toFile(), "UTF-8");
    }

    /** The total of a row of the results table, as a number. */
    private static double total(Document page, String row) {
        Element th = page.select("#results ~ div table th[scope=row]").stream().filter(x -> x.text().startsWith(row))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + row));
        // A row is written in one unit of the site's policy, named in its last cell: back to kg and kWh.
        String unit = th.parent().select("td").last().text();
        double toBase = switch (unit) {
            case "t CO2 eq", "MWh" -> 1e3;
            case "GWh" -> 1e6;
            case "kg CO2 eq", "kWh" -> 1;
            default -> throw new AssertionError("unit " + unit);
        };
        return ModelPageDerivationTest.number(th.parent().selectFirst("td").text()) * toBase;
    }
}
