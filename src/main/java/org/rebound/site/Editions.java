package org.rebound.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;
import org.rebound.report.Licence;
import org.rebound.report.Report;

/**
 * Published editions: a folder holding one frozen copy of the site per year ({@code 2026/}, {@code 2027/}…),
 * each with its {@value #MANIFEST}. A build copies them, byte for byte, under {@code editions/<year>/} of the
 * site, so that a citation keeps pointing at the numbers it cited; freezing never overwrites a year.
 */
public final class Editions {
    /** The file at the root of every built site that says which edition it is. */
    public static final String MANIFEST = "edition.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Editions() {
    }

    /**
     * One published edition, as its manifest describes it.
     *
     * @param dataSha256   hash of the Epoch export the edition was built from
     * @param dataAccessed when that export was accessed, or empty
     */
    public record Frozen(int year, String title, String dataLocation, String dataSha256, String dataAccessed,
            int modelsEstimated, int modelsRead, Path dir) {
    }

    /** The editions of {@code folder}, oldest first; an absent folder has none. */
    public static List<Frozen> list(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException(Problem.ofFile(folder.toString(), "not a folder, expected the folder of "
                    + "published editions (one sub-folder per year)"));
        }
        List<Frozen> editions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path dir : entries.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || name.contains(".rebound-") || !Files.isDirectory(dir)) {
                    continue;
                }
                if (!name.matches("\\d{4}")) {
                    problems.add(Problem.ofFile(dir.toString(), "folder '" + name + "' in the editions folder, "
                            + "expected a year such as 2026"));
                    continue;
                }
                Path manifest = dir.resolve(MANIFEST);
                try {
                    JsonNode m = JSON.readTree(Files.readString(manifest));
                    Frozen f = new Frozen(m.path("year").asInt(), m.path("title").asText(),
                            m.path("data").path("location").asText(), m.path("data").path("sha256").asText(),
                            m.path("data").path("accessed").asText(""), m.path("models").path("estimated").asInt(),
                            m.path("models").path("read").asInt(), dir);
                    if (f.year() != Integer.parseInt(name)) {
                        problems.add(Problem.ofFile(manifest.toString(), "year " + f.year() + " in a folder named "
                                + name + ", expected " + name));
                    } else {
                        editions.add(f);
                    }
                } catch (IOException e) {
                    problems.add(Problem.ofFile(manifest.toString(), "cannot read the edition's manifest: "
                            + Problem.firstLine(e.getMessage()) + ", expected the " + MANIFEST + " a build writes"));
                }
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(folder.toString(), "cannot list the editions: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        editions.sort(Comparator.comparingInt(Frozen::year));
        return List.copyOf(editions);
    }

    /** The manifest of a build: which edition, from which data. */
    static String manifest(Report report, String siteUrl) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("year", report.edition().year());
        m.put("title", report.edition().title());
        m.put("url", siteUrl);
        m.put("edition_url", Routes.editionUrl(report.edition()));
        m.put("license", Licence.URL);
        m.put("credit", Licence.credit(report.edition()));
        ObjectNode data = m.putObject("data");
        data.put("publisher", Licence.EPOCH);
        data.put("dataset", Licence.EPOCH_DATASET);
        data.put("licence", Licence.NAME);
        data.put("location", report.source().name());
        data.put("sha256", report.source().sha256());
        data.put("accessed", report.source().accessed().map(Object::toString).orElse(""));
        data.put("schema", report.source().schema());
        ObjectNode models = m.putObject("models");
        models.put("read", report.source().rows());
        models.put("estimated", report.estimates().size());
        models.put("excluded", report.estimation().exclusions().size());
        return Table.write(m);
    }
}
