package org.rebound.site;

import org.rebound.support.Fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rebound.Build;
import org.rebound.problem.InputException;

/** One class owns every URL; templates only show what their views give them. */
class RoutesTest {
    /** A string literal that names a folder of the site or a page file. */
    private static final Pattern SITE_PATH = Pattern.compile(
            "\"(models|gpus|charts|data|assets|editions|search|trends|scenarios|validation|methodology|about)/"
                    + "|index\\.html\"|\"\\.\\./");
    /** A link attribute of a template. */
    private static final Pattern LINK = Pattern.compile("th:(href|src|action)=\"([^\"]*)\"");

    @TempDir
    Path tmp;

    @Test
    void noClassButRoutesSpellsASitePath() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.equals("Routes.java") || name.equals("Route.java") || f.toString().contains("/check/")) {
                    // Routes and its Route make every path; the checker reads a built site, as a browser would.
                    continue;
                }
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.strip().startsWith("*") && !line.strip().startsWith("//")
                            && SITE_PATH.matcher(line).find()) {
                        offenders.add(f + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyTemplateLinkIsOneValueOfItsView() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Matcher m = LINK.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(2).matches("\\$\\{[a-zA-Z.]+}")) {
                        offenders.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void linksAreRelativeSoTheSiteOpensFromDisk() {
        Route model = new Route("models/gpt-3/", true);
        Route models = new Route("models/", true);
        Route csv = new Route("data/models.csv", false);
        Route home = new Route("", true);
        assertEquals("../../models/index.html", model.linkTo(models));
        assertEquals("gpt-3/index.html", models.linkTo(model));
        assertEquals("../../index.html", model.linkTo(home));
        assertEquals("models/gpt-3/index.html", home.linkTo(model));
        assertEquals("../../data/models.csv", model.linkTo(csv));
        assertEquals("../models/index.html", models.linkTo(models), "a page links to itself from the root");
        assertEquals("index.json", model.linkTo(new Route("models/gpt-3/index.json", false)));
        assertEquals("../models/gpt-3/index.html", csv.linkTo(model));
    }

    @Test
    void slugsAreLowerCaseAscii() {
        assertEquals("gpt-3-175b-davinci", Routes.slugOf("GPT-3 175B (davinci)"));
        assertEquals("qwen2-5-72b", Routes.slugOf("Qwen2.5-72B"));
        assertEquals("ernie-3-0-titan", Routes.slugOf("ERNIE 3.0 Titan"));
        assertEquals("deja-vu", Routes.slugOf("Déjà Vu"));
        assertTrue(Routes.slugOf("深度求索").startsWith("model-"));
        assertTrue(Routes.slugOf("深度求索", "organisation").startsWith("organisation-"), "an organisation's own word");
        // Windows keeps these names for devices: no folder may take them.
        assertEquals("con-model", Routes.slugOf("CON"));
        assertEquals("nul-organisation", Routes.slugOf("Nul", "organisation"));
        assertEquals("com1-model", Routes.slugOf("COM1"));
        assertEquals("lpt9-model", Routes.slugOf("LPT9."));
        assertEquals("con-2", Routes.slugOf("Con 2"));
        assertEquals("aux-net", Routes.slugOf("AuxNet".replace("Net", "-net")));
    }

    @Test
    void newModelsNeverTakeARegisteredAddressWhateverTheirOrder() {
        java.util.List<org.rebound.domain.RegisteredSlug> registry = java.util.List.of(
                new org.rebound.domain.RegisteredSlug("gpt-4", "GPT-4", java.util.Optional.of(
                        java.time.LocalDate.parse("2023-03-15")), 2026));
        org.rebound.domain.NotableModel old = model("GPT-4", "2023-03-15", 10);
        org.rebound.domain.NotableModel newer = model("GPT 4", "2021-01-01", 11);
        org.rebound.domain.NotableModel other = model("GPT-4", "2024-06-01", 12);
        assertEquals("gpt-4", Routes.registered(old, registry).orElseThrow().slug());
        java.util.List<org.rebound.domain.RegisteredSlug> a = Routes.register(java.util.List.of(newer, other, old),
                registry, 2027);
        java.util.List<org.rebound.domain.RegisteredSlug> b = Routes.register(java.util.List.of(other, old, newer),
                registry, 2027);
        assertEquals(a, b, "file order never matters");
        assertEquals(java.util.List.of("gpt-4-2", "gpt-4-3"), a.stream().map(
                org.rebound.domain.RegisteredSlug::slug).toList(), "the registered gpt-4 stays GPT-4 of 2023");
        assertEquals("GPT 4", a.get(0).model(), "the older of the new models first");
    }

    private static org.rebound.domain.NotableModel model(String name, String date, long line) {
        return org.rebound.support.Models.model(name).organization("Org").published(date).domain("Language")
                .countries().source("test.csv", line).build();
    }

    @Test
    void anUnknownViewPropertyFailsWithTheTemplatesFileAndLine() throws IOException {
        Path templates = copyTemplates();
        Path model = templates.resolve("model.html");
        Files.writeString(model, Files.readString(model).replace("${v.header.name}", "${v.header.nmae}"));
        InputException e = assertThrows(InputException.class, () -> build(templates));
        String message = e.problems().get(0).toString();
        assertTrue(message.matches(".*model\\.html:\\d+:\\d+: template error while writing models/.*"), message);
        assertTrue(message.contains("no property 'nmae'"), message);
        assertTrue(message.contains("name"), "lists what the view has: " + message);
    }

    @Test
    void anUnknownVariableFailsInsteadOfRenderingBlank() throws IOException {
        Path templates = copyTemplates();
        Path index = templates.resolve("index.html");
        Files.writeString(index, Files.readString(index).replace("${v.title}", "${report.title}"));
        InputException e = assertThrows(InputException.class, () -> build(templates));
        String message = e.problems().get(0).toString();
        assertTrue(message.matches(".*index\\.html:\\d+:\\d+: .*unknown variable 'report'.*"), message);
    }

    private void build(Path templates) {
        Build.run(Build.Options.builder().data(org.rebound.support.Project.data()).templates(templates).out(tmp.resolve("site"))
                .models(Fixture.SAMPLE.toString()).build(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    private Path copyTemplates() throws IOException {
        Path copy = tmp.resolve("templates");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
