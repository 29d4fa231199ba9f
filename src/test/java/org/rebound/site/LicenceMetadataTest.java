package org.rebound.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rebound.support.Fixture;

/**
 * Every page, download and image of the fixture's site carries Rebound's licence (CC BY 4.0) and the credit to Epoch
 * AI: the pages in their footer, each CSV in its CSVW metadata file, each JSON file in its own fields, each SVG in its
 * metadata and each PNG in its text chunks.
 */
class LicenceMetadataTest {
    private static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    private static final String EPOCH = "https://epoch.ai/data/notable-ai-models";
    private static final String CREDIT = "Rebound 2026 (CC BY 4.0), data: Epoch AI (CC BY 4.0)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String CC = "http://creativecommons.org/ns#";

    static Path site;
    static List<Path> files;

    @BeforeAll
    static void build() throws IOException {
        site = Fixture.site().root();
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).map(site::relativize).sorted().toList();
        }
    }

    private static List<Path> ending(String suffix) {
        return files.stream().filter(f -> f.toString().endsWith(suffix)).toList();
    }

    @Test
    void everyPagesFooterGivesTheLicenceAndTheCreditToEpoch() throws IOException {
        List<Path> pages = ending(".html").stream().filter(p -> !p.toString().equals(Routes.NOT_FOUND_FILE)).toList();
        assertTrue(pages.size() > 100, pages.size() + " pages");
        for (Path page : pages) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            Element footer = doc.selectFirst("footer.site-footer");
            assertNotNull(footer, page + " has the site's footer");
            String text = footer.text();
            assertTrue(text.contains("Epoch AI") && text.contains("Data on Notable AI Models"), page + ": " + text);
            assertTrue(text.contains("licensed CC BY 4.0: credit them as “" + CREDIT + "”"), page + ": " + text);
            assertTrue(text.contains("code is licensed Apache-2.0"), page + ": " + text);
            assertEquals(CC_BY, footer.selectFirst("a[rel=license]").attr("href"), page.toString());
            assertTrue(footer.select("a[href$=about/index.html#licences-and-credit]").size() == 1, page.toString());
        }
    }

    @Test
    void theAboutPageSaysHowToCreditAndWhereTheCodeIs() throws IOException {
        Document about = Jsoup.parse(site.resolve("about/index.html").toFile(), "UTF-8");
        Element section = about.getElementById("licences-and-credit");
        assertNotNull(section, "the section the footers link to");
        String text = section.nextElementSibling().text();
        assertTrue(text.contains("licensed CC BY 4.0"), text);
        assertTrue(text.contains("crediting them as \"" + CREDIT + "\""), text);
        String repository = new ObjectMapper(new YAMLFactory()).readTree(Path.of("CITATION.cff").toFile())
                .path("repository-code").asText();
        assertTrue(text.contains(repository + ", is licensed Apache-2.0"), text);
        assertEquals(1, section.nextElementSibling().select("a[href=" + repository + "]").size());
    }

    @Test
    void theDataPageGivesTheLicenceAndLinksEveryCsvFilesMetadata() throws IOException {
        Document data = Jsoup.parse(site.resolve("data/index.html").toFile(), "UTF-8");
        String licence = data.getElementById("licence").text();
        assertTrue(licence.contains("licensed CC BY 4.0") && licence.contains(CREDIT), licence);
        for (Path csv : ending(".csv").stream().filter(p -> p.startsWith("data")).toList()) {
            String meta = csv.getFileName() + "-metadata.json";
            assertEquals(1, data.select("a[href=" + meta + "]").size(), "a link to " + meta);
        }
        JsonNode dataset = JSON.readTree(data.selectFirst("script[type=application/ld+json]").data());
        assertEquals(CC_BY, dataset.path("license").asText());
        assertEquals(CREDIT, dataset.path("creditText").asText());
    }

    @Test
    void everyCsvFileHasCsvwMetadataBesideItWithItsLicenceAndColumns() throws IOException {
        List<Path> csvs = ending(".csv");
        assertTrue(csvs.size() > 20, csvs.toString());
        for (Path csv : csvs) {
            Path sidecar = site.resolve(csv + "-metadata.json");
            assertTrue(Files.exists(sidecar), "no " + csv + "-metadata.json");
            JsonNode m = JSON.readTree(sidecar.toFile());
            assertEquals("http://www.w3.org/ns/csvw", m.path("@context").asText(), csv.toString());
            assertEquals(csv.getFileName().toString(), m.path("url").asText(), "the CSV, relative to its metadata");
            assertEquals(CC_BY, m.path("dc:license").path("@id").asText(), csv.toString());
            assertEquals(CREDIT, m.path("dc:rights").asText(), csv.toString());
            assertEquals(EPOCH, m.path("dc:source").path("@id").asText(), csv.toString());
            assertEquals("Rebound contributors", m.path("dc:creator").asText(), csv.toString());
            assertTrue(m.path("dc:title").asText().startsWith("Rebound 2026: "), csv.toString());
            List<String> names = new ArrayList<>();
            for (JsonNode c : m.path("tableSchema").path("columns")) {
                names.add(c.path("name").asText());
                // A CSVW validator compares titles with the header: they are the header's words.
                assertEquals(c.path("name").asText(), c.path("titles").asText());
                assertTrue(c.path("name").asText().matches("[a-z][a-z0-9_]*"), "a CSVW column name: " + c);
                if (!csv.startsWith("models")) {
                    assertTrue(c.path("dc:description").asText().length() > 3, csv + ": " + c);
                }
            }
            assertEquals(header(site.resolve(csv)), names, csv + ": the columns, in the file's order");
        }
        JsonNode model = JSON.readTree(site.resolve("models/bloom-176b/index.csv-metadata.json").toFile());
        assertEquals("https://rebound-report.github.io/rebound/data/models.csv-metadata.json",
                model.path("rdfs:seeAlso").path("@id").asText(), "a model's row points to the columns described");
    }

    @Test
    void theCsvFilesStayPlainTables() throws IOException {
        for (Path csv : ending(".csv")) {
            String first = Files.readAllLines(site.resolve(csv), StandardCharsets.UTF_8).get(0);
            assertFalse(first.startsWith("#"), csv + " begins with its header");
        }
    }

    @Test
    void everyJsonDownloadCarriesTheLicenceTheCreditAndTheEdition() throws IOException {
        List<Path> jsons = ending(".json").stream().filter(p -> !p.toString().endsWith("-metadata.json")).toList();
        assertTrue(jsons.contains(Path.of("data/models.json")) && jsons.contains(Path.of("edition.json")), jsons.toString());
        for (Path json : jsons) {
            JsonNode o = JSON.readTree(site.resolve(json).toFile());
            assertEquals(CC_BY, o.path("license").asText(), json.toString());
            assertEquals(CREDIT, o.path("credit").asText(), json.toString());
        }
        JsonNode models = JSON.readTree(site.resolve("data/models.json").toFile());
        assertEquals(List.of("license", "credit", "edition", "models"), fieldNames(models));
        assertEquals(2026, models.path("edition").asInt());
        assertEquals(Fixture.site().summary().report().estimates().size(), models.path("models").size());
        JsonNode bloom = JSON.readTree(site.resolve("models/bloom-176b/index.json").toFile());
        assertEquals(List.of("license", "credit", "edition", "slug"), fieldNames(bloom).subList(0, 4));
        assertEquals(2026, bloom.path("edition").asInt());
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everySvgFileCarriesItsLicenceAndCreditInItsMetadata() throws Exception {
        List<Path> svgs = ending(".svg").stream().filter(p -> !p.startsWith("assets")).toList();
        assertTrue(svgs.contains(Path.of("models/bloom-176b/label.svg")), svgs.toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path svg : svgs) {
            // Well-formed, namespaces declared: a strict XML parser reads it.
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(site.resolve(svg).toFile());
            org.w3c.dom.Element work = (org.w3c.dom.Element) doc.getElementsByTagNameNS(CC, "Work").item(0);
            assertNotNull(work, svg + " has a cc:Work in its metadata");
            assertEquals("metadata", work.getParentNode().getParentNode().getLocalName());
            org.w3c.dom.Element licence = (org.w3c.dom.Element) work.getElementsByTagNameNS(CC, "license").item(0);
            assertEquals(CC_BY, licence.getAttributeNS(RDF, "resource"), svg.toString());
            assertEquals(CREDIT, work.getElementsByTagNameNS(DC, "rights").item(0).getTextContent(), svg.toString());
            assertTrue(work.getElementsByTagNameNS(DC, "description").item(0).getTextContent().contains(EPOCH), svg
                    .toString());
        }
    }

    @Test
    void everyPngFileCarriesItsLicenceAndCreditInTextChunks() throws IOException {
        List<Path> pngs = ending(".png");
        assertTrue(pngs.contains(Path.of("models/bloom-176b/label.png")), pngs.toString());
        for (Path png : pngs) {
            byte[] bytes = Files.readAllBytes(site.resolve(png));
            Map<String, String> text = textChunks(bytes);
            assertEquals(CREDIT, text.get("Copyright"), png.toString());
            assertEquals(CC_BY, text.get("License"), png.toString());
            assertEquals("Rebound contributors", text.get("Author"), png.toString());
            assertFalse(text.get("Title").isBlank(), png.toString());
            assertTrue(text.get("Description").contains("Epoch AI's Data on Notable AI Models (" + EPOCH + ")"),
                    png + ": " + text.get("Description"));
            assertNotNull(ImageIO.read(new ByteArrayInputStream(bytes)), png + " still reads as an image");
        }
        assertTrue(textChunks(Files.readAllBytes(site.resolve("models/bloom-176b/label.png"))).get("Title")
                .startsWith("BLOOM-176B: training footprint"));
    }

    /** The text chunks of a PNG (tEXt Latin-1, iTXt UTF-8 uncompressed), decoded here from the bytes. */
    static Map<String, String> textChunks(byte[] png) {
        Map<String, String> text = new LinkedHashMap<>();
        int at = 8;
        while (at < png.length) {
            int length = ((png[at] & 0xff) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8)
                    | (png[at + 3] & 0xff);
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            int data = at + 8;
            int nul = data;
            while ((type.equals("tEXt") || type.equals("iTXt")) && png[nul] != 0) {
                nul++;
            }
            String keyword = new String(png, data, nul - data, StandardCharsets.ISO_8859_1);
            if (type.equals("tEXt")) {
                text.put(keyword, new String(png, nul + 1, data + length - nul - 1, StandardCharsets.ISO_8859_1));
            } else if (type.equals("iTXt")) {
                assertEquals(0, png[nul + 1], "uncompressed");
                int language = nul + 3;
                while (png[language] != 0) {
                    language++;
                }
                int translated = language + 1;
                while (png[translated] != 0) {
                    translated++;
                }
                text.put(keyword, new String(png, translated + 1, data + length - translated - 1,
                        StandardCharsets.UTF_8));
            }
            at = data + length + 4;
        }
        return text;
    }

    private static List<String> header(Path csv) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getHeaderNames();
        }
    }
}
