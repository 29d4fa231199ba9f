package org.rebound.site;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rebound.domain.DerivationStep;
import org.rebound.domain.Edition;
import org.rebound.domain.Exclusion;
import org.rebound.domain.Num;
import org.rebound.estimate.Estimate;
import org.rebound.report.Report;

/** The downloads of the data page: each table written once, as CSV (and JSON), its columns documented. */
final class DataDownloads implements PageKind {
    /** The file of the models' table, whose rows the model pages' {@code index.csv} repeat. */
    static final String MODELS_CSV = "models.csv";

    /**
     * One download of the data page, with its columns and its files' contents.
     *
     * @param files    file names in {@code data/}
     * @param contents each file's content, made when it is written (a large export's tables are not kept)
     */
    record Download(String id, String title, String description, List<String> files, int rows,
            List<Table.Doc> columns, List<Supplier<String>> contents) {
    }

    @Override
    public Stream<Page> pages(SiteContext site) {
        return Stream.empty();
    }

    @Override
    public Stream<SiteFile> files(SiteContext site) {
        // Each file is made by the worker that writes it, and dropped once written.
        Routes r = site.routes();
        Edition edition = site.report().edition();
        List<SiteFile.Lazy> files = new ArrayList<>();
        for (Download d : site.downloads()) {
            for (int i = 0; i < d.files().size(); i++) {
                String name = d.files().get(i);
                Route file = r.download(name);
                files.add(new SiteFile.Lazy(file, d.contents().get(i)));
                if (isCsv(name)) {
                    files.add(new SiteFile.Lazy(r.csvMetadata(file), () -> Credits.csvMetadata(edition, name,
                            edition.title() + ": " + d.title(), d.description(), d.columns(), true, Optional.empty())));
                }
            }
        }
        return files.stream().map(SiteFile.Lazy::make);
    }

    /** Whether a download is a CSV file, which has its CSVW metadata beside it. */
    static boolean isCsv(String fileName) {
        return fileName.endsWith(".csv");
    }

    /** The table of models, with a model page's twins ({@code index.csv}, {@code index.json}). */
    static Table<Estimate> modelTable(SiteContext site) {
        return Downloads.models(site);
    }

    static List<Download> of(SiteContext site) {
        Report report = site.report();
        Edition edition = report.edition();
        return List.of(
                download(edition, "models", "Models", "One row per estimated model: its inputs as read, the GPU-hours, "
                        + "and the results with their production (embodied) and electricity (use) parts and 5–95 % "
                        + "ranges.", Downloads.models(site), report.estimates(), true),
                download(edition, "excluded", "Excluded models", "One row per model that could not be estimated, "
                        + "with the reason.", Downloads.excluded(),
                        sortedExclusions(report.estimation().exclusions()), false),
                download(edition, "gpus", "Cards", "One row per card of the catalogue: specifications, source, and the "
                        + "impacts of producing one card.", Downloads.gpus(), report.cards(), false),
                download(edition, "trends", "Trends", "One row per exponential fit: measure, scenario and subgroup.",
                        Downloads.trends(report.uncertainty()), report.trends(), false),
                download(edition, "gpu-hours-validation", "GPU-hours validation", "One row per regression of the "
                        + "reported GPU-hours on those computed from compute and peak.",
                        Downloads.validation(report.validation().assumedRatio()), report.validation().fits(), false),
                download(edition, "gpu-hours-pairs", "GPU-hours pairs", "One row per model with both GPU-hours "
                        + "estimates: reported, at full peak, the share of peak they imply, and whether the pair is "
                        + "left out of the fits as circular.", Downloads.pairs(site.routes()), report.validation().pairs(),
                        false),
                download(edition, "published-footprints", "Published footprints", "One row per footprint a model's "
                        + "makers (or a study of the model) published, beside Rebound's estimate.",
                        Downloads.published(site.routes()), report.publishedComparisons(), false),
                download(edition, "power-draw-comparison", "Power drawn", "One row per estimated run for which Epoch AI gives "
                        + "a power draw: Epoch's and Rebound's average power of the run.",
                        Downloads.power(site.routes()), report.powerComparisons(), false));
    }

    /** A download: its CSV, and with {@code json} its JSON, the rows under the download's id after the licence. */
    private static <T> Download download(Edition edition, String id, String title, String description,
            Table<T> table, List<T> rows, boolean json) {
        List<String> files = json ? List.of(id + ".csv", id + ".json") : List.of(id + ".csv");
        List<Supplier<String>> contents = json ? List.of(() -> table.csv(rows),
                () -> table.json(rows, Credits.json(edition), id)) : List.of(() -> table.csv(rows));
        return new Download(id, title, description, files, rows.size(), table.docs(), contents);
    }

    /** Exclusions sorted by model name, then line. */
    static List<Exclusion> sortedExclusions(List<Exclusion> exclusions) {
        return Downloads.sortedExclusions(exclusions);
    }

    /** A model's row as JSON, after the licence and credit, with its derivation and notes. */
    static String modelJson(Table<Estimate> table, Estimate e, Edition edition) {
        ObjectNode o = Credits.json(edition);
        o.setAll(table.object(e));
        ArrayNode steps = o.putArray("derivation");
        for (DerivationStep s : e.derivation()) {
            ObjectNode step = steps.addObject();
            step.put("key", s.key());
            step.put("label", s.label());
            step.put("formula", Formats.derivation(s.formula()));
            step.put("numbers", Formats.derivation(s.numbers()));
            step.put("value", new BigDecimal(Num.data(s.value())));
            step.put("unit", s.unit());
        }
        ArrayNode notes = o.putArray("notes");
        e.notes().forEach(n -> notes.add(Formats.derivation(n)));
        return Table.write(o);
    }
}
