package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.rebound.support.Fixture;

/** A model's footprint label: small, self-contained, with the model, its GWP and energy, the edition and its URL. */
class LabelTest {
    /** The size a label must stay under (issue 11). */
    private static final int MAX_BYTES = 4096;

    @Test
    void everyLabelIsASmallSelfContainedSvgWithItsNumbersAndAddress() throws Exception {
        Path bloom = Fixture.site().root().resolve("models/bloom-176b/label.svg");
        byte[] bytes = Files.readAllBytes(bloom);
        assertTrue(bytes.length <= MAX_BYTES, bytes.length + " bytes");
        String svg = new String(bytes, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals("img", doc.selectFirst("svg").attr("role"));
        String text = doc.text();
        assertTrue(text.contains("BLOOM-176B"), text);
        assertTrue(text.contains("70.1 t CO2 eq"), text);
        assertTrue(text.contains("454 MWh of electricity"), text);
        assertTrue(text.contains("Rebound 2026"), text);
        assertTrue(text.contains("https://rebound-report.github.io/rebound/models/bloom-176b/"), text);
        assertFalse(svg.contains("<script") || svg.contains("href=") || svg.contains("@import") || svg.contains("url("),
                "nothing to fetch, nothing to run");
    }

    @Test
    void unitsFollowThePolicy() {
        assertEquals("632 t CO2 eq", Label.gwp(632_000));
        assertEquals("950 kg CO2 eq", Label.gwp(950));
        assertEquals("1.27 GWh", Label.energy(1_270_000));
        assertEquals("518 MWh", Label.energy(517_571));
        assertEquals("742 kWh", Label.energy(742));
    }
}
