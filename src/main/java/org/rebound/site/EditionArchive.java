package org.rebound.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rebound.data.EpochReader;
import org.rebound.domain.Edition;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.report.Licence;
import org.rebound.report.ModelsSource;
import org.rebound.report.Report;

/**
 * What makes a published edition an archive a library would keep, beside its frozen site and its downloads: the
 * Epoch export it was built from (byte for byte), its report printed as PDF, how to cite it ({@code CITATION.cff}),
 * its metadata for Zenodo (a {@code dataset}, CC BY 4.0, derived from Epoch's data, referencing the study), and a
 * {@code MANIFEST} giving the sha256 of every file, which later builds check before copying the edition.
 */
public final class EditionArchive {
    /** How long Chromium may take to print the home page. */
    private static final long PRINT_SECONDS = 120;
    private static final String PAPER_TITLE = "The Environmental Impacts of Machine Learning Training Keep Rising "
            + "Evidencing Rebound Effect";
    private static final String PAPER_ARXIV = "arXiv:2510.09022";

    private EditionArchive() {
    }

    /** Refuses, before anything is computed, an edition whose input could not be archived (an address, not a file). */
    public static void requireArchivableInput(String location, Edition edition) {
        if (location.matches("(?i)https?://.*") || !Files.isRegularFile(Path.of(location))) {
            throw new InputException(Problem.ofFile(location, "--freeze publishes an edition with the export it was "
                    + "built from, expected a file: pin the export in data/epoch/ (see its README.md) and build "
                    + "without --models"));
        }
        if (edition.released().isEmpty()) {
            throw new InputException(Problem.ofFile("edition.yaml", "--freeze needs 'released', the day the edition "
                    + "is published (YYYY-MM-DD), expected in data/edition.yaml"));
        }
    }

    /**
     * Writes the archive's files into the frozen copy being written ({@code out}, not yet committed): the input, the
     * citation, the Zenodo metadata, the home page as PDF, then the MANIFEST of every file.
     */
    static void write(Report report, SiteOutput out) {
        Edition edition = report.edition();
        ModelsSource source = report.source();
        Path input = Path.of(source.location());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(input.toString(), "cannot read the export again to archive it: "
                    + e.getMessage()));
        }
        if (!EpochReader.sha256(bytes).equals(source.sha256())) {
            throw new InputException(Problem.ofFile(input.toString(), "changed while the edition was built, expected "
                    + "the bytes read (sha256 " + source.sha256() + ")"));
        }
        out.write(Routes.archiveInput(input.getFileName().toString()).file(), bytes);
        out.write(Routes.archiveCitation().file(), citation(report, input.getFileName().toString()));
        out.write(Routes.archiveZenodo().file(), zenodo(report));
        out.write(Routes.archivePdf(edition.year()).file(), printPdf(out.folder().resolve(Route.INDEX)));
        out.write(Routes.archiveManifest().file(), manifest(out.folder()));
    }

    /** {@code CITATION.cff} of the edition (CFF 1.2.0). */
    static String citation(Report report, String inputFile) {
        Edition e = report.edition();
        String url = Routes.editionUrl(e);
        return "# How to cite this edition of Rebound (Citation File Format 1.2.0).\n"
                + "cff-version: 1.2.0\n"
                + "message: " + q("If you use these estimates, cite this edition of Rebound (" + url + "), and credit "
                + "Epoch AI's data (CC BY 4.0).") + "\n"
                + "title: " + q(e.title() + ": the environmental footprint of training notable AI models") + "\n"
                + "type: dataset\n"
                + "version: " + q(Integer.toString(e.year())) + "\n"
                + "date-released: " + e.released().orElseThrow() + "\n"
                + "license: " + Licence.SPDX + "\n"
                + "url: " + q(url) + "\n"
                + "repository-code: " + q(e.repository()) + "\n"
                + "authors:\n  - name: \"Rebound\"\n"
                + "references:\n"
                + "  - type: article\n"
                + "    title: " + q(PAPER_TITLE) + "\n"
                + "    authors:\n"
                + "      - family-names: Morand\n        given-names: Clément\n"
                + "      - family-names: Ligozat\n        given-names: Anne-Laure\n"
                + "      - family-names: Névéol\n        given-names: Aurélie\n"
                + "    year: 2025\n"
                + "    identifiers:\n      - type: other\n        value: " + q(PAPER_ARXIV) + "\n"
                + "  - type: data\n"
                + "    title: " + q(Licence.EPOCH_DATASET) + "\n"
                + "    authors:\n      - name: \"Epoch AI\"\n"
                + "    url: " + q(Licence.EPOCH_URL) + "\n"
                + "    license: " + Licence.SPDX + "\n"
                + report.source().accessed().map(d -> "    date-accessed: " + d + "\n").orElse("")
                + "    notes: " + q("The export this edition was built from: input/" + inputFile + ", sha256 "
                + report.source().sha256() + ".") + "\n";
    }

    /** The edition's metadata for Zenodo: a dataset, CC BY 4.0, derived from Epoch's data, referencing the study. */
    static String zenodo(Report report) {
        Edition e = report.edition();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", e.title() + ": the environmental footprint of training notable AI models");
        m.put("upload_type", "dataset");
        m.put("version", Integer.toString(e.year()));
        m.put("publication_date", e.released().orElseThrow().toString());
        m.put("license", Licence.SPDX.toLowerCase(java.util.Locale.ROOT)); // Zenodo's licence ids are lower-case
        m.put("access_right", "open");
        m.put("creators", List.of(Map.of("name", "Rebound")));
        m.put("description", "Edition " + e.year() + " of Rebound, an open, reproducible report on the environmental "
                + "footprint (energy, GWP, ADPe, primary energy) of training notable AI models, with the Epoch AI export "
                + "it was built from, its pages, downloads and report as PDF. It reproduces and extends Morand, Ligozat "
                + "and Névéol (2025). Model data: Epoch AI, Data on Notable AI Models (CC BY 4.0).");
        m.put("keywords", List.of("life-cycle assessment", "machine learning", "carbon footprint", "rebound effect"));
        m.put("related_identifiers", List.of(
                relation(Licence.EPOCH_URL, "isDerivedFrom", "url", "dataset"),
                relation(PAPER_ARXIV, "references", "arxiv", "publication-preprint"),
                relation(Routes.editionUrl(e), "isIdenticalTo", "url", "dataset"),
                relation(e.repository(), "isSupplementedBy", "url", "software")));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m) + "\n";
        } catch (IOException x) {
            throw new IllegalStateException(x);
        }
    }

    private static Map<String, Object> relation(String id, String relation, String scheme, String type) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("identifier", id);
        r.put("relation", relation);
        r.put("scheme", scheme);
        r.put("resource_type", type);
        return r;
    }

    /** A YAML double-quoted string (JSON's escaping, which YAML accepts). */
    private static String q(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The sha256 of every file below {@code folder} but the manifest and the marker, sorted, as sha256sum prints. */
    static String manifest(Path folder) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> f : hashes(folder).entrySet()) {
            out.append(f.getValue()).append("  ").append(f.getKey()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> hashes(Path folder) {
        Map<String, String> hashes = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(p).toString().replace('\\', '/');
                if (!relative.equals(Routes.archiveManifest().file()) && !relative.equals(SiteOutput.MARKER)
                        && !relative.equals(SiteOutput.EDITION_MARKER)) {
                    hashes.put(relative, EpochReader.sha256(Files.readAllBytes(p)));
                }
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(folder.toString(), "cannot read the edition: " + e.getMessage()));
        }
        return hashes;
    }

    /**
     * Checks a published edition against its MANIFEST: every file listed with the same sha256, none missing, none
     * added. An edition without a MANIFEST (published before archives had one) has nothing to check.
     */
    public static List<Problem> verify(Path edition) {
        Path file = edition.resolve(Routes.archiveManifest().file());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Map<String, String> listed = new java.util.TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).split("  ", 2);
                if (parts.length != 2 || !parts[0].matches("[0-9a-f]{64}")) {
                    problems.add(new Problem(file.toString(), i + 1, 1, "found '" + lines.get(i) + "', expected a "
                            + "sha256 in hex, two spaces and a file's path"));
                } else {
                    listed.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            return List.of(Problem.ofFile(file.toString(), "cannot read the manifest: " + e.getMessage()));
        }
        Map<String, String> found = hashes(edition);
        for (Map.Entry<String, String> l : listed.entrySet()) {
            String now = found.get(l.getKey());
            if (now == null) {
                problems.add(Problem.ofFile(edition.resolve(l.getKey()).toString(), "missing, expected the file the "
                        + "edition's MANIFEST lists"));
            } else if (!now.equals(l.getValue())) {
                problems.add(Problem.ofFile(edition.resolve(l.getKey()).toString(), "sha256 is " + now + ", expected "
                        + l.getValue() + " as the edition's MANIFEST says: a published edition never changes"));
            }
        }
        for (String f : found.keySet()) {
            if (!listed.containsKey(f)) {
                problems.add(Problem.ofFile(edition.resolve(f).toString(), "not in the edition's MANIFEST, expected "
                        + "only the files it was published with"));
            }
        }
        return problems;
    }

    /** Prints a page to PDF with headless Chromium ({@code REBOUND_CHROMIUM}, else the first on the PATH). */
    static byte[] printPdf(Path page) {
        String chromium = chromium().orElseThrow(() -> new InputException(Problem.ofFile(page.toString(),
                "cannot print the edition's report as PDF: Chromium was not found, expected 'chromium' on the PATH "
                + "(Debian: apt-get install chromium) or its path in REBOUND_CHROMIUM")));
        Path work = null;
        try {
            work = Files.createTempDirectory("rebound-print");
            Path pdf = work.resolve("page.pdf");
            Path log = work.resolve("chromium.log");
            Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--user-data-dir=" + work.resolve("profile"), "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, page.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(PRINT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new InputException(Problem.ofFile(page.toString(), "cannot print the edition's report as PDF: "
                        + "Chromium did not finish within " + PRINT_SECONDS + " s"));
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                List<String> said = Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new InputException(Problem.ofFile(page.toString(), "cannot print the edition's report as PDF: "
                        + "Chromium exited with " + p.exitValue() + (said.isEmpty() ? "" : ", saying: "
                        + said.get(said.size() - 1).strip())));
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(page.toString(), "cannot print the edition's report as PDF: "
                    + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(Problem.ofFile(page.toString(), "cannot print the edition's report as PDF: "
                    + "interrupted"));
        } finally {
            if (work != null) {
                SiteOutput.deleteQuietly(work);
            }
        }
    }

    private static Optional<String> chromium() {
        String given = System.getenv("REBOUND_CHROMIUM");
        if (given != null && !given.isBlank()) {
            return Optional.of(given);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Optional.of(Path.of(dir, name).toString());
                }
            }
        }
        return Optional.empty();
    }
}
