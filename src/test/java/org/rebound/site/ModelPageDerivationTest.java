package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rebound.support.Fixture;

/**
 * On the fixture site's pages, for a handful of models, the derivation's steps add up to the results the
 * page shows, as a reader redoing them by hand would find.
 */
class ModelPageDerivationTest {

    /** A number as the page writes it: "1,078,270", "2.68 × 10⁻⁵", "517,571 kWh". */
    static double number(String text) {
        java.util.regex.Matcher power = java.util.regex.Pattern.compile("^([-0-9.,]+) × 10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
                .matcher(text.strip());
        if (power.find()) {
            StringBuilder exponent = new StringBuilder();
            for (char c : power.group(2).toCharArray()) {
                exponent.append(c == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
            }
            return Double.parseDouble(power.group(1).replace(",", "")) * Math.pow(10, Integer.parseInt(exponent.toString()));
        }
        String first = text.strip().split(" ")[0].replace(",", "");
        return Double.parseDouble(first);
    }

    private static double step(Document doc, String key) {
        Element row = doc.getElementById("step-" + key);
        return number(row.select("td.num").text());
    }

    /** A cell of the results table, back in the derivation's units (kg, kWh, MJ) from its row's unit. */
    private static double result(Document doc, int row, int column) {
        Element tr = doc.select("#results ~ div table tbody tr").get(row);
        String unit = tr.select("td").last().text();
        double toBase = switch (unit) {
            case "t CO2 eq", "MWh", "GJ" -> 1e3;
            case "GWh", "TJ" -> 1e6;
            case "g Sb eq" -> 1e-3;
            case "mg Sb eq" -> 1e-6;
            case "kg CO2 eq", "kWh", "MJ", "kg Sb eq" -> 1;
            default -> throw new AssertionError("unit " + unit);
        };
        return number(tr.select("td").get(column).text()) * toBase;
    }

    @Test
    void stepsAddUpToThePublishedResults() throws IOException {
        // GPU-h1 on cards (BLOOM, GPT-3) and on a TPU (Gopher), GPU-h2 (Llama 3.3), an INT8 peak (AlphaGo Zero),
        // the world average grid (StyleGAN) and several hardware types (ERNIE 3.0 Titan).
        for (String slug : List.of("bloom-176b", "gpt-3-175b-davinci", "llama-3-3-70b", "alphago-zero", "gopher-280b",
                "stylegan", "ernie-3-0-titan")) {
            Path page = Fixture.site().root().resolve("models/" + slug + "/index.html");
            assertTrue(Files.exists(page), page + " is missing");
            Document doc = Jsoup.parse(Files.readString(page));
            String[] indicators = {"gwp", "adpe", "pe"};
            for (int i = 0; i < 3; i++) {
                String k = indicators[i];
                double production = step(doc, "share") * (step(doc, "server-" + k) + 4 * step(doc, "card-" + k));
                assertEquals(step(doc, "embodied-" + k), production, 1e-5 * production, slug + " production " + k);
                double total = step(doc, "embodied-" + k) + step(doc, "use-" + k);
                assertEquals(step(doc, "total-" + k), total, 1e-5 * total, slug + " total " + k);
                // The results table shows 3 significant digits of the same numbers.
                assertEquals(result(doc, i + 1, 0), step(doc, "total-" + k), 5e-3 * total, slug + " published " + k);
                assertEquals(result(doc, i + 1, 1), step(doc, "embodied-" + k), 5e-3 * production, slug + " production " + k);
            }
            // GPU-hours × kW per card (TDP, or a measured draw) × [draw share] × PUE: the product of the numbers shown.
            String numbers = doc.getElementById("step-energy").select("td").get(1).text();
            String[] factors = numbers.split("×");
            double energy = 1;
            for (String f : factors) {
                energy *= number(f.strip().replaceAll("^([0-9.,]+).*", "$1"));
            }
            assertEquals(step(doc, "gpu-hours"), number(factors[0].strip().replaceAll("^([0-9.,]+).*", "$1")),
                    1e-5 * step(doc, "gpu-hours"), slug + " GPU-hours in the energy step");
            assertEquals(step(doc, "pue"), number(factors[factors.length - 1].strip()), 1e-9, slug + " PUE in the energy step");
            assertEquals(step(doc, "energy"), energy, 1e-5 * energy, slug + " energy");
            assertEquals(result(doc, 0, 0), step(doc, "energy"), 5e-3 * energy, slug + " published energy");
        }
    }
}
