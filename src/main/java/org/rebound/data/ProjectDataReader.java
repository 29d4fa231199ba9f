package org.rebound.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.rebound.domain.Accelerator;
import org.rebound.domain.ComponentFactor;
import org.rebound.domain.CountryName;
import org.rebound.domain.Edition;
import org.rebound.domain.EverydayComparison;
import org.rebound.domain.GridFactor;
import org.rebound.domain.HardwareAlias;
import org.rebound.domain.HardwareSplit;
import org.rebound.domain.Impacts;
import org.rebound.domain.Indicator;
import org.rebound.domain.MemoryDensity;
import org.rebound.domain.PublishedFootprint;
import org.rebound.domain.RegisteredSlug;
import org.rebound.domain.TrainingSite;
import org.rebound.domain.GridYearFactor;
import org.rebound.domain.Num;
import org.rebound.domain.OperatorPue;
import org.rebound.domain.PowerDraw;
import org.rebound.domain.NodeFactor;
import org.rebound.domain.Parameter;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * Reads the project's {@code data/} folder. Configuration (parameters, edition) is strict: an unknown,
 * missing or malformed key stops the read with every such problem listed. A bad row of a table is left
 * out and reported.
 */
public final class ProjectDataReader {

    /** Required columns of a catalogue file; {@code int8_tops} is optional (int8-only accelerators). */
    static final List<String> ACCELERATOR_COLUMNS = List.of("id", "vendor", "name", "family", "release_date",
            "architecture", "process_nm", "die_area_mm2", "memory_gb", "memory_type", "tdp_w", "fp32_tflops",
            "tf32_tflops", "fp16_tensor_tflops", "fp8_tflops", "form_factor", "ref_epoch_hardware", "ref_chip_dataset",
            "source_url", "notes");

    private ProjectDataReader() {
    }

    /** Reads every file of the data folder. */
    public static ProjectData read(Path dataDir) {
        List<Problem> problems = new ArrayList<>();
        Edition edition = edition(dataDir.resolve("edition.yaml"));
        Parameters parameters = parameters(dataDir.resolve("parameters.yaml"));
        List<Accelerator> accelerators = accelerators(dataDir.resolve("accelerators"), problems);
        List<HardwareAlias> aliases = aliases(dataDir.resolve("hardware-aliases"), problems);
        requireKnownCards(aliases, accelerators, problems);
        List<CountryName> countries = countries(dataDir.resolve("countries.csv"), problems);
        List<GridFactor> grid = gridFactors(dataDir.resolve("electricity-factors.csv"), problems);
        List<ComponentFactor> components = components(dataDir.resolve("manufacturing-factors.csv"), problems);
        List<NodeFactor> nodes = nodes(dataDir.resolve("die-gwp-by-node.csv"), problems);
        List<MemoryDensity> memory = memoryDensities(dataDir.resolve("memory-density.csv"), problems);
        List<PublishedFootprint> published = publishedFootprints(dataDir.resolve("published-footprints.csv"), problems);
        List<RegisteredSlug> slugs = slugs(dataDir.resolve(SLUGS_FILE), problems);
        // Other tables are checked against every code the factor table names, valid row or not: a bad factor is one
        // problem, not one more for every row that names its country.
        Set<String> gridCodes = new HashSet<>();
        CsvTable.read(dataDir.resolve("electricity-factors.csv")).rows().forEach(r -> gridCodes.add(r.get("iso3")));
        List<TrainingSite> sites = trainingSites(dataDir.resolve("training-sites.csv"), gridCodes, problems);
        List<PowerDraw> draws = powerDraws(dataDir.resolve("power-draw.csv"), accelerators, problems);
        List<GridYearFactor> gridYears = gridYears(dataDir.resolve("grid-gwp-by-year.csv"), gridCodes, problems);
        return new ProjectData(edition, parameters, accelerators, aliases, countries, grid, components, nodes, memory,
                published, slugs, sites, draws, gridYears, operatorPues(dataDir.resolve("operator-pue.csv"), problems),
                hardwareSplits(dataDir.resolve("hardware-splits.csv"), aliases, problems),
                everydayComparisons(dataDir.resolve(EVERYDAY_FILE), problems), problems);
    }

    // ---- configuration ----

    static Parameters parameters(Path path) {
        String file = path.toString();
        List<Problem> problems = new ArrayList<>();
        Map<ParameterKey, Parameter> found = new EnumMap<>(ParameterKey.class);
        Set<ParameterKey> seen = java.util.EnumSet.noneOf(ParameterKey.class);
        for (YamlConfig.Entry entry : YamlConfig.read(path)) {
            Optional<ParameterKey> key = ParameterKey.byKey(entry.key());
            if (key.isEmpty()) {
                problems.add(new Problem(file, entry.line(), 1, "unknown parameter '" + entry.key()
                        + "', expected one of: " + knownKeys() + suggestion(entry.key())));
                continue;
            }
            seen.add(key.get());
            parameter(file, key.get(), entry, problems).ifPresent(p -> {
                if (found.putIfAbsent(p.key(), p) != null) {
                    problems.add(new Problem(file, entry.line(), 1, "parameter '" + entry.key() + "' given twice"));
                }
            });
        }
        for (ParameterKey key : ParameterKey.values()) {
            if (!seen.contains(key)) {
                problems.add(Problem.ofFile(file, "missing parameter '" + key.key() + "', expected an entry with "
                        + "value, type, range, unit, section, reason and source"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Parameters(List.copyOf(found.values()));
    }

    private static Optional<Parameter> parameter(String file, ParameterKey key, YamlConfig.Entry entry,
            List<Problem> problems) {
        JsonNode node = entry.value();
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key()
                    + "' must be a mapping with value, type, unit, section, reason and source"));
            return Optional.empty();
        }
        Set<String> fields = Set.of("value", "type", "unit", "section", "reason", "source");
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name) && !name.equals("distribution") && !name.equals("range")) {
                problems.add(new Problem(file, entry.line(), 1, "unknown field '" + name + "' in parameter '"
                        + key.key() + "', expected: value, type, range, unit, section, reason, source, distribution"));
            }
        });
        String type = node.path("type").asText();
        if (node.has("type") && !type.equals(key.kind().label())) {
            problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' has type '" + type
                    + "', expected '" + key.kind().label() + "'"));
        }
        Optional<double[]> range = Optional.empty();
        if (key.kind().ranged()) {
            range = range(node.path("range").asText());
            if (range.isEmpty()) {
                problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' has range '"
                        + node.path("range").asText() + "', expected 'min to max' (two numbers, min not above max)"));
            }
        }
        Optional<org.rebound.domain.Distribution> distribution = Optional.empty();
        if (node.has("distribution")) {
            StringBuilder why = new StringBuilder();
            distribution = org.rebound.domain.Distribution.parse(node.get("distribution").asText(), why);
            if (distribution.isEmpty()) {
                problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' has distribution '"
                        + node.get("distribution").asText() + "', " + why));
            }
        }
        for (String field : fields) {
            if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
                problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' has no " + field));
            }
        }
        String value = node.path("value").asText();
        String within = range.map(r -> " from " + Num.sig(r[0], 6) + " to " + Num.sig(r[1], 6)).orElse("");
        switch (key.kind()) {
            case NUMBER, INTEGER -> {
                double v = node.path("value").isNumber() ? node.path("value").asDouble() : Double.NaN;
                boolean integer = key.kind() == ParameterKey.Kind.INTEGER;
                if (!Double.isFinite(v) || (integer && v != Math.rint(v))
                        || range.map(r -> v < r[0] || v > r[1]).orElse(false)) {
                    problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' is '" + value
                            + "', expected " + (integer ? "a whole number" : "a number") + within));
                }
            }
            case NUMBER_LIST -> {
                List<String> items = java.util.Arrays.stream(value.split(",")).map(String::strip).toList();
                for (String item : items) {
                    double v = Cells.isNumber(item) ? Double.parseDouble(item) : Double.NaN;
                    if (!Double.isFinite(v) || range.map(r -> v < r[0] || v > r[1]).orElse(false)) {
                        problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' has '" + item
                                + "' in its list, expected numbers separated by commas, each" + within));
                        break;
                    }
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' is '" + value
                            + "', expected a date as YYYY-MM-DD"));
                }
            }
            case CHOICE -> {
                if (!key.choices().contains(value)) {
                    problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' is '" + value
                            + "', expected one of: " + String.join(", ", key.choices())));
                }
            }
            case TEXT -> {
            }
        }
        if (distribution.isPresent() && range.isPresent()) {
            double[] r = range.get();
            double low = distribution.get().quantile(DISTRIBUTION_TAIL);
            double high = distribution.get().quantile(1 - DISTRIBUTION_TAIL);
            if (low < r[0] || high > r[1]) {
                problems.add(new Problem(file, entry.line(), 1, "parameter '" + key.key() + "' has distribution '"
                        + distribution.get() + "', which reaches " + Num.sig(low, 4) + " to " + Num.sig(high, 4)
                        + ", expected draws" + within));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Parameter(key, value, node.path("unit").asText(), node.path("section").asText(),
                node.path("reason").asText(), node.path("source").asText(), distribution,
                node.path("range").asText()));
    }

    /** Draws below this quantile, or above one minus it, are not checked against the range (a lognormal's tails). */
    private static final double DISTRIBUTION_TAIL = 1e-6;

    /** "min to max" as two numbers, min not above max; empty otherwise. */
    static Optional<double[]> range(String text) {
        String[] parts = text.split(" to ");
        if (parts.length != 2 || !Cells.isNumber(parts[0].strip()) || !Cells.isNumber(parts[1].strip())) {
            return Optional.empty();
        }
        double low = Double.parseDouble(parts[0].strip());
        double high = Double.parseDouble(parts[1].strip());
        return Double.isFinite(low) && Double.isFinite(high) && low <= high ? Optional.of(new double[] {low, high})
                : Optional.empty();
    }

    private static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (ParameterKey k : ParameterKey.values()) {
            keys.add(k.key());
        }
        return String.join(", ", keys);
    }

    /** " (did you mean x?)" for a key one or two edits away from a known one. */
    private static String suggestion(String key) {
        String best = null;
        int bestDistance = 3;
        for (ParameterKey k : ParameterKey.values()) {
            int d = distance(key, k.key());
            if (d < bestDistance) {
                bestDistance = d;
                best = k.key();
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static Edition edition(Path path) {
        String file = path.toString();
        List<Problem> problems = new ArrayList<>();
        Map<String, YamlConfig.Entry> entries = new LinkedHashMap<>();
        List<String> known = List.of("year", "title", "end-date", "base-url", "models", "models-sha256",
                "models-accessed", "epoch-latest-url", "released", "repository");
        List<String> optional = List.of("released");
        for (YamlConfig.Entry entry : YamlConfig.read(path)) {
            if (!known.contains(entry.key())) {
                problems.add(new Problem(file, entry.line(), 1, "unknown key '" + entry.key() + "', expected one of: "
                        + String.join(", ", known)));
            } else {
                entries.put(entry.key(), entry);
            }
        }
        for (String key : known) {
            if (!entries.containsKey(key) && !optional.contains(key)) {
                problems.add(Problem.ofFile(file, "missing key '" + key + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        int year = entries.get("year").value().asInt(0);
        if (year < 2013 || !entries.get("year").value().isInt()) {
            problems.add(new Problem(file, entries.get("year").line(), 1, "year is '"
                    + entries.get("year").value().asText() + "', expected a year such as 2026"));
        }
        LocalDate end = configDate(file, entries.get("end-date"), problems);
        LocalDate accessed = configDate(file, entries.get("models-accessed"), problems);
        String baseUrl = entries.get("base-url").value().asText();
        if (!baseUrl.matches("https?://.+/")) {
            problems.add(new Problem(file, entries.get("base-url").line(), 1, "base-url is '" + baseUrl
                    + "', expected an absolute http(s) URL ending with '/'"));
        }
        Optional<LocalDate> released = Optional.ofNullable(entries.get("released"))
                .filter(e -> !e.value().isNull() && !e.value().asText().isEmpty())
                .map(e -> configDate(file, e, problems));
        String repository = entries.get("repository").value().asText();
        if (!repository.matches("https://[^\\s/]+/\\S+[^/]")) {
            problems.add(new Problem(file, entries.get("repository").line(), 1, "repository is '" + repository
                    + "', expected the https URL of the public repository, without a final '/'"));
        }
        String sha256 = entries.get("models-sha256").value().asText();
        if (!sha256.matches("[0-9a-f]{64}")) {
            problems.add(new Problem(file, entries.get("models-sha256").line(), 1, "models-sha256 is '" + sha256
                    + "', expected the pinned export's sha256 as 64 lower-case hex digits"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Edition(year, entries.get("title").value().asText(), end, baseUrl,
                entries.get("models").value().asText(), sha256, accessed,
                entries.get("epoch-latest-url").value().asText(), released, repository);
    }

    private static LocalDate configDate(String file, YamlConfig.Entry entry, List<Problem> problems) {
        try {
            return LocalDate.parse(entry.value().asText());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(file, entry.line(), 1, entry.key() + " is '" + entry.value().asText()
                    + "', expected a date as YYYY-MM-DD"));
            return LocalDate.MIN;
        }
    }

    // ---- tables ----

    /** Every CSV file of a folder, sorted by name so that the order never depends on the file system. */
    static List<CsvTable> tablesIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(Problem.ofFile(dir.toString(), "cannot read the folder: it does not exist"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().map(CsvTable::read).toList();
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(dir.toString(), "cannot list the folder: " + e.getMessage()));
        }
    }

    static List<Accelerator> accelerators(Path dir, List<Problem> problems) {
        List<Accelerator> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable table : tablesIn(dir)) {
            table.requireColumns(ACCELERATOR_COLUMNS);
            for (CsvTable.Row row : table.rows()) {
                List<Problem> rowProblems = new ArrayList<>();
                String id = Cells.required(row, "id", rowProblems);
                if (!id.isEmpty() && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    rowProblems.add(row.problem("id", "found '" + id + "', expected a lower-case slug such as "
                            + "nvidia-a100-sxm4-80gb"));
                }
                if (!id.isEmpty() && !ids.add(id)) {
                    rowProblems.add(row.problem("id", "duplicate id '" + id + "', expected each card once"));
                }
                Accelerator a = new Accelerator(id, Cells.required(row, "vendor", rowProblems),
                        Cells.required(row, "name", rowProblems), row.get("family"),
                        Cells.date(row, "release_date", rowProblems), row.get("architecture"),
                        Cells.positive(row, "process_nm", rowProblems), Cells.positive(row, "die_area_mm2", rowProblems),
                        Cells.positive(row, "memory_gb", rowProblems), row.get("memory_type"),
                        Cells.positive(row, "tdp_w", rowProblems), Cells.positive(row, "fp32_tflops", rowProblems),
                        Cells.positive(row, "tf32_tflops", rowProblems),
                        Cells.positive(row, "fp16_tensor_tflops", rowProblems),
                        Cells.positive(row, "fp8_tflops", rowProblems), Cells.positive(row, "int8_tops", rowProblems),
                        row.get("form_factor"),
                        row.get("ref_epoch_hardware"), row.get("ref_chip_dataset"),
                        Cells.required(row, "source_url", rowProblems), row.get("notes"), row.source());
                if (rowProblems.isEmpty()) {
                    result.add(a);
                }
                problems.addAll(rowProblems);
            }
        }
        result.sort(java.util.Comparator.comparing(Accelerator::id));
        return result;
    }

    static List<HardwareAlias> aliases(Path dir, List<Problem> problems) {
        List<HardwareAlias> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (CsvTable table : tablesIn(dir)) {
            table.requireColumns(List.of("epoch_name", "accelerator_id", "note", "doubt"));
            for (CsvTable.Row row : table.rows()) {
                List<Problem> rowProblems = new ArrayList<>();
                String name = Cells.required(row, "epoch_name", rowProblems);
                if (!name.isEmpty() && !names.add(name)) {
                    rowProblems.add(row.problem("epoch_name", "duplicate alias '" + name + "', expected each name once"));
                }
                String id = row.get("accelerator_id");
                if (id.isEmpty() && row.get("note").isEmpty()) {
                    rowProblems.add(row.problem("note", "an alias without a card needs a note saying why"));
                }
                if (rowProblems.isEmpty()) {
                    result.add(new HardwareAlias(name, id.isEmpty() ? Optional.empty() : Optional.of(id),
                            row.get("note"), row.get("doubt"), row.source()));
                }
                problems.addAll(rowProblems);
            }
        }
        return result;
    }

    /** Every alias names a card of the catalogue (or none, on purpose). */
    static void requireKnownCards(List<HardwareAlias> aliases, List<Accelerator> accelerators, List<Problem> problems) {
        Set<String> ids = new HashSet<>();
        accelerators.forEach(a -> ids.add(a.id()));
        for (HardwareAlias a : aliases) {
            if (a.acceleratorId().isPresent() && !ids.contains(a.acceleratorId().get())) {
                problems.add(new Problem(a.source().file(), a.source().line(), 2, "found '" + a.acceleratorId().get()
                        + "', expected a card id of the catalogue (data/accelerators/)"));
            }
        }
    }

    static List<CountryName> countries(Path path, List<Problem> problems) {
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("epoch_name", "iso3", "note"));
        List<CountryName> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String name = Cells.required(row, "epoch_name", rowProblems);
            String iso3 = row.get("iso3");
            if (!iso3.isEmpty() && !iso3.matches("[A-Z]{3}")) {
                rowProblems.add(row.problem("iso3", "found '" + iso3 + "', expected an ISO 3166 alpha-3 code or empty"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new CountryName(name, iso3.isEmpty() ? Optional.empty() : Optional.of(iso3), row.get("note")));
            }
            problems.addAll(rowProblems);
        }
        return result;
    }

    static List<GridFactor> gridFactors(Path path, List<Problem> problems) {
        CsvTable table = CsvTable.read(path);
        List<String> columns = new ArrayList<>(List.of("iso3", "country"));
        for (Indicator i : Indicator.ALL) {
            columns.addAll(List.of(i.column() + "_per_kwh", i.key() + "_source", i.key() + "_year"));
        }
        columns.add("note");
        table.requireColumns(columns);
        List<GridFactor> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String iso3 = Cells.required(row, "iso3", rowProblems);
            double[] perKwh = new double[Indicator.COUNT];
            for (Indicator i : Indicator.ALL) {
                perKwh[i.ordinal()] = requiredNumber(row, i.column() + "_per_kwh", rowProblems).orElse(0);
            }
            Cells.required(row, Indicator.GWP.key() + "_source", rowProblems);
            if (rowProblems.isEmpty()) {
                result.add(new GridFactor(iso3, row.get("country"), Impacts.by(i -> perKwh[i.ordinal()]),
                        Indicator.ALL.stream().map(i -> row.get(i.key() + "_source")).toList(),
                        Indicator.ALL.stream().map(i -> row.get(i.key() + "_year")).toList(), row.get("note")));
            }
            problems.addAll(rowProblems);
        }
        return result;
    }

    static List<ComponentFactor> components(Path path, List<Problem> problems) {
        CsvTable table = CsvTable.read(path);
        List<String> columns = new ArrayList<>(List.of("component", "basis"));
        for (Indicator i : Indicator.ALL) {
            columns.add(i.column() + "_per_basis");
        }
        for (Indicator i : Indicator.ALL) {
            columns.add(i.column() + "_fixed");
        }
        columns.add("source");
        table.requireColumns(columns);
        List<ComponentFactor> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String component = Cells.required(row, "component", rowProblems);
            double[] perBasis = new double[Indicator.COUNT];
            double[] fixed = new double[Indicator.COUNT];
            for (Indicator i : Indicator.ALL) {
                perBasis[i.ordinal()] = requiredNumber(row, i.column() + "_per_basis", rowProblems).orElse(0);
            }
            for (Indicator i : Indicator.ALL) {
                fixed[i.ordinal()] = requiredNumber(row, i.column() + "_fixed", rowProblems).orElse(0);
            }
            Cells.required(row, "source", rowProblems);
            if (rowProblems.isEmpty()) {
                result.add(new ComponentFactor(component, row.get("basis"), Impacts.by(i -> perBasis[i.ordinal()]),
                        Impacts.by(i -> fixed[i.ordinal()]), row.get("source")));
            }
            problems.addAll(rowProblems);
        }
        return result;
    }

    static List<NodeFactor> nodes(Path path, List<Problem> problems) {
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("node_nm", "fab_energy_kwh_per_cm2", "gases_kgco2e_per_cm2",
                "materials_kgco2e_per_cm2", "source"));
        List<NodeFactor> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            OptionalDouble node = requiredNumber(row, "node_nm", rowProblems);
            OptionalDouble energy = requiredNumber(row, "fab_energy_kwh_per_cm2", rowProblems);
            OptionalDouble gases = requiredNumber(row, "gases_kgco2e_per_cm2", rowProblems);
            OptionalDouble materials = requiredNumber(row, "materials_kgco2e_per_cm2", rowProblems);
            if (rowProblems.isEmpty()) {
                result.add(new NodeFactor(node.getAsDouble(), energy.getAsDouble(), gases.getAsDouble(),
                        materials.getAsDouble(), row.get("source")));
            }
            problems.addAll(rowProblems);
        }
        result.sort(java.util.Comparator.comparingDouble(NodeFactor::nodeNm));
        return result;
    }

    static List<MemoryDensity> memoryDensities(Path path, List<Problem> problems) {
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("memory_type", "density_gb_per_cm2", "example_die", "source_url", "note",
                "derived_from", "derived_factor", "server_from_year", "server_source"));
        List<MemoryDensity> result = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            types.add(row.get("memory_type"));
        }
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String type = Cells.required(row, "memory_type", rowProblems);
            OptionalDouble density = Cells.positive(row, "density_gb_per_cm2", rowProblems);
            if (density.isPresent()) {
                Cells.required(row, "source_url", rowProblems);
            }
            String from = row.get("derived_from");
            OptionalDouble factor = Cells.positive(row, "derived_factor", rowProblems);
            if (!from.isEmpty() && density.isPresent()) {
                rowProblems.add(row.problem("derived_from", "found '" + from + "' beside a measured density, expected "
                        + "one of the two"));
            }
            if (!from.isEmpty() && !types.contains(from)) {
                rowProblems.add(row.problem("derived_from", "found '" + from + "', expected a memory type of this table"));
            }
            if (from.isEmpty() != factor.isEmpty()) {
                rowProblems.add(row.problem("derived_factor", "expected a factor exactly when derived_from is given"));
            }
            OptionalDouble year = Cells.positive(row, "server_from_year", rowProblems);
            if (year.isPresent()) {
                Cells.required(row, "server_source", rowProblems);
            }
            if (rowProblems.isEmpty()) {
                result.add(new MemoryDensity(type, density, row.get("example_die"), row.get("source_url"),
                        row.get("note"), from, factor, year.isPresent() ? java.util.OptionalInt.of((int) year.getAsDouble())
                                : java.util.OptionalInt.empty(), row.get("server_source")));
            }
            problems.addAll(rowProblems);
        }
        return result;
    }

    static List<PublishedFootprint> publishedFootprints(Path path, List<Problem> problems) {
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("model", "quantity", "value", "unit", "scope", "source_title", "source_url",
                "locator"));
        List<PublishedFootprint> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String model = Cells.required(row, "model", rowProblems);
            Optional<PublishedFootprint.Quantity> quantity = PublishedFootprint.Quantity.byKey(row.get("quantity"));
            if (quantity.isEmpty()) {
                rowProblems.add(row.problem("quantity", "found '" + row.get("quantity") + "', expected one of: "
                        + PublishedFootprint.Quantity.keys()));
            }
            OptionalDouble value = Cells.positive(row, "value", rowProblems);
            if (value.isEmpty() && rowProblems.isEmpty()) {
                rowProblems.add(row.problem("value", "found an empty cell, expected the published number"));
            }
            Cells.required(row, "scope", rowProblems);
            Cells.required(row, "source_title", rowProblems);
            Cells.required(row, "source_url", rowProblems);
            if (rowProblems.isEmpty()) {
                result.add(new PublishedFootprint(model, quantity.get(), value.getAsDouble(), row.get("unit"),
                        row.get("scope"), row.get("source_title"), row.get("source_url"), row.get("locator")));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /**
     * Where runs took place; an absent file has none. A row whose country has no grid factors, a PUE below 1, or
     * a model given twice is a problem and is left out.
     */
    static List<TrainingSite> trainingSites(Path path, Set<String> gridCodes, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("model", "country_iso3", "grid_region", "data_centre", "pue", "pue_source",
                "source_title", "source_url", "locator", "note"));
        Set<String> countries = gridCodes;
        Set<String> models = new java.util.HashSet<>();
        List<TrainingSite> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String model = Cells.required(row, "model", rowProblems);
            String iso3 = Cells.required(row, "country_iso3", rowProblems);
            Cells.required(row, "source_url", rowProblems);
            OptionalDouble pue = row.get("pue").isEmpty() ? OptionalDouble.empty() : Cells.number(row, "pue", rowProblems);
            if (!iso3.isEmpty() && !countries.contains(iso3)) {
                rowProblems.add(row.problem("country_iso3", "found '" + iso3 + "', expected a country of "
                        + "electricity-factors.csv"));
            }
            if (pue.isPresent() && pue.getAsDouble() < 1) {
                rowProblems.add(row.problem("pue", "found " + pue.getAsDouble() + ", expected a PUE of 1 or more"));
            }
            if (pue.isPresent() && row.get("pue_source").isEmpty()) {
                rowProblems.add(row.problem("pue_source", "found an empty cell, expected where the PUE comes from"));
            }
            if (rowProblems.isEmpty() && !models.add(model)) {
                rowProblems.add(row.problem("model", "found '" + model + "' a second time, expected one row per model"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new TrainingSite(model, iso3, row.get("grid_region"), row.get("data_centre"), pue,
                        row.get("pue_source"), row.get("source_title"), row.get("source_url"), row.get("locator"),
                        row.get("note")));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /** Measured training draws; an absent file has none. A card not in the catalogue is a problem. */
    static List<PowerDraw> powerDraws(Path path, List<Accelerator> accelerators, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("card_id", "draw_watts", "basis", "source_title", "source_url", "locator", "note"));
        Set<String> cards = new java.util.HashSet<>();
        accelerators.forEach(a -> cards.add(a.id()));
        List<PowerDraw> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String card = Cells.required(row, "card_id", rowProblems);
            OptionalDouble watts = Cells.positive(row, "draw_watts", rowProblems);
            Cells.required(row, "basis", rowProblems);
            Cells.required(row, "source_url", rowProblems);
            if (!card.isEmpty() && !cards.contains(card)) {
                rowProblems.add(row.problem("card_id", "found '" + card + "', expected a card id of the catalogue"));
            }
            if (watts.isEmpty() && rowProblems.isEmpty()) {
                rowProblems.add(row.problem("draw_watts", "found an empty cell, expected watts"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new PowerDraw(card, watts.getAsDouble(), row.get("basis"), row.get("source_title"),
                        row.get("source_url"), row.get("locator"), row.get("note")));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /**
     * The GWP of countries' electricity by year; an absent file has none. A country without a row in
     * electricity-factors.csv, a year given twice for one country, or a factor that is not positive is a problem.
     */
    static List<GridYearFactor> gridYears(Path path, Set<String> gridCodes, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("iso3", "year", "gwp_kgco2e_per_kwh", "source"));
        Set<String> countries = gridCodes;
        Set<String> seen = new java.util.HashSet<>();
        Set<String> unknown = new java.util.HashSet<>();
        List<GridYearFactor> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String iso3 = Cells.required(row, "iso3", rowProblems);
            Cells.required(row, "year", rowProblems);
            OptionalDouble year = Cells.positive(row, "year", rowProblems);
            Cells.required(row, "gwp_kgco2e_per_kwh", rowProblems);
            OptionalDouble gwp = Cells.positive(row, "gwp_kgco2e_per_kwh", rowProblems);
            String source = Cells.required(row, "source", rowProblems);
            if (!iso3.isEmpty() && !countries.contains(iso3)) {
                // Said once per country, at its first row: a country missing from the factors is one problem.
                if (unknown.add(iso3)) {
                    rowProblems.add(row.problem("iso3", "found '" + iso3 + "', expected a country of "
                            + "electricity-factors.csv (its other rows in this file are left out too)"));
                } else {
                    continue;
                }
            }
            if (year.isPresent() && year.getAsDouble() != Math.rint(year.getAsDouble())) {
                rowProblems.add(row.problem("year", "found '" + row.get("year") + "', expected a whole year"));
            }
            if (rowProblems.isEmpty() && !seen.add(iso3 + "|" + (int) year.getAsDouble())) {
                rowProblems.add(row.problem("year", "found " + iso3 + " " + (int) year.getAsDouble()
                        + " a second time, expected one row per country and year"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new GridYearFactor(iso3, (int) year.getAsDouble(), gwp.getAsDouble(), source));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /**
     * The fleet PUE operators published, by year; an absent file has none. An organisation claimed by two operators,
     * or an operator's year given twice, is a problem.
     */
    static List<OperatorPue> operatorPues(Path path, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("operator", "epoch_organisations", "year", "pue", "basis", "source_title",
                "source_url", "locator", "quote"));
        Map<String, String> operatorOf = new java.util.HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        List<OperatorPue> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String operator = Cells.required(row, "operator", rowProblems);
            List<String> organisations = java.util.Arrays.stream(Cells.required(row, "epoch_organisations",
                    rowProblems).split(";")).map(String::strip).filter(o -> !o.isEmpty()).toList();
            Cells.required(row, "year", rowProblems);
            OptionalDouble year = Cells.positive(row, "year", rowProblems);
            Cells.required(row, "pue", rowProblems);
            OptionalDouble pue = Cells.number(row, "pue", rowProblems);
            Cells.required(row, "source_url", rowProblems);
            if (pue.isPresent() && !(pue.getAsDouble() >= 1)) {
                rowProblems.add(row.problem("pue", "found " + row.get("pue") + ", expected a PUE of 1 or more"));
            }
            for (String o : organisations) {
                String other = operatorOf.putIfAbsent(o, operator);
                if (other != null && !other.equals(operator)) {
                    rowProblems.add(row.problem("epoch_organisations", "found '" + o + "' for " + operator
                            + ", expected each organisation under one operator (already under " + other + ")"));
                }
            }
            if (rowProblems.isEmpty() && !seen.add(operator + "|" + (int) year.getAsDouble())) {
                rowProblems.add(row.problem("year", "found " + operator + " " + (int) year.getAsDouble()
                        + " a second time, expected one row per operator and year"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new OperatorPue(operator, organisations, (int) year.getAsDouble(), pue.getAsDouble(),
                        row.get("basis"), row.get("source_title"), row.get("source_url"), row.get("locator")));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /**
     * The stated quantities of each hardware type of multi-type runs; an absent file has none. A name that is not an
     * alias, or a model and name given twice, is a problem.
     */
    static List<HardwareSplit> hardwareSplits(Path path, List<HardwareAlias> aliases, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(List.of("model", "epoch_name", "quantity", "source_title", "source_url", "locator", "quote"));
        Set<String> names = new HashSet<>();
        aliases.forEach(a -> names.add(a.epochName()));
        Set<String> seen = new HashSet<>();
        List<HardwareSplit> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String model = Cells.required(row, "model", rowProblems);
            String name = Cells.required(row, "epoch_name", rowProblems);
            Cells.required(row, "quantity", rowProblems);
            OptionalDouble quantity = Cells.positive(row, "quantity", rowProblems);
            Cells.required(row, "source_url", rowProblems);
            if (!name.isEmpty() && !names.contains(name)) {
                rowProblems.add(row.problem("epoch_name", "found '" + name + "', expected a name of hardware-aliases"));
            }
            if (rowProblems.isEmpty() && !seen.add(model + "|" + name)) {
                rowProblems.add(row.problem("epoch_name", "found " + model + " / " + name + " a second time, expected "
                        + "one row per model and hardware type"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new HardwareSplit(model, name, quantity.getAsDouble(), row.get("source_title"),
                        row.get("source_url"), row.get("locator")));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /** The everyday comparisons' file in the data folder. */
    public static final String EVERYDAY_FILE = "everyday-comparisons.csv";
    /** The columns of the everyday comparisons, in order. */
    static final List<String> EVERYDAY_COLUMNS = List.of("id", "quantity", "value", "unit", "one", "many",
            "description", "year", "source_title", "source_url", "source_quote");

    /**
     * The everyday quantities a run is compared with; an absent file has none. An id given twice, an unknown
     * quantity, a value not above zero or in another unit than its quantity's, a year that is not a whole year, or a
     * row without its words or its source (title, http(s) address and quote) is a problem and is left out.
     */
    static List<EverydayComparison> everydayComparisons(Path path, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(EVERYDAY_COLUMNS);
        Set<String> ids = new HashSet<>();
        List<EverydayComparison> result = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String id = Cells.required(row, "id", rowProblems);
            if (!id.isEmpty() && !SLUG.matcher(id).matches()) {
                rowProblems.add(row.problem("id", "found '" + Cells.abbreviate(id) + "', expected lower-case letters "
                        + "and digits joined by single hyphens, such as world-person-year"));
            } else if (!id.isEmpty() && !ids.add(id)) {
                rowProblems.add(row.problem("id", "found '" + id + "' a second time, expected each id once"));
            }
            Optional<EverydayComparison.Quantity> quantity = EverydayComparison.Quantity.byKey(row.get("quantity"));
            if (quantity.isEmpty()) {
                rowProblems.add(row.problem("quantity", "found '" + Cells.abbreviate(row.get("quantity"))
                        + "', expected one of: " + EverydayComparison.Quantity.keys()));
            }
            Cells.required(row, "value", rowProblems);
            OptionalDouble value = Cells.positive(row, "value", rowProblems);
            String unit = row.get("unit");
            if (quantity.isPresent() && !unit.equals(quantity.get().unit())) {
                rowProblems.add(row.problem("unit", "found '" + Cells.abbreviate(unit) + "', expected '"
                        + quantity.get().unit() + "', the unit of " + quantity.get().key()
                        + " (write the value in it)"));
            }
            for (String words : List.of("one", "many", "description")) {
                Cells.required(row, words, rowProblems);
            }
            Cells.required(row, "year", rowProblems);
            OptionalDouble year = Cells.positive(row, "year", rowProblems);
            if (year.isPresent() && year.getAsDouble() != Math.rint(year.getAsDouble())) {
                rowProblems.add(row.problem("year", "found '" + row.get("year") + "', expected a whole year"));
            }
            Cells.required(row, "source_title", rowProblems);
            String url = Cells.required(row, "source_url", rowProblems);
            if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                rowProblems.add(row.problem("source_url", "found '" + Cells.abbreviate(url) + "', expected an http(s) "
                        + "address"));
            }
            Cells.required(row, "source_quote", rowProblems);
            if (rowProblems.isEmpty()) {
                result.add(new EverydayComparison(id, quantity.get(), value.getAsDouble(), row.get("one"),
                        row.get("many"), row.get("description"), (int) year.getAsDouble(), row.get("source_title"), url,
                        row.get("source_quote")));
            }
            problems.addAll(rowProblems);
        }
        return List.copyOf(result);
    }

    /** The slug registry's file in the data folder. */
    public static final String SLUGS_FILE = "slugs.csv";
    /** The columns of the slug registry, in order ({@code successor} may be absent from older files). */
    public static final List<String> SLUGS_COLUMNS = List.of("slug", "model", "publication_date", "registered",
            "successor");
    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * The registered page names; an absent file is an empty registry. A slug given twice, or a model (name and
     * date) given twice, is a problem and only its first row counts.
     */
    static List<RegisteredSlug> slugs(Path path, List<Problem> problems) {
        if (!Files.exists(path)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(path);
        table.requireColumns(SLUGS_COLUMNS.subList(0, 4));
        boolean withSuccessors = table.header().contains("successor");
        List<RegisteredSlug> result = new ArrayList<>();
        Set<String> slugs = new java.util.HashSet<>();
        Set<String> models = new java.util.HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String slug = Cells.required(row, "slug", rowProblems);
            String model = Cells.required(row, "model", rowProblems);
            Optional<java.time.LocalDate> date = Cells.date(row, "publication_date", rowProblems);
            OptionalDouble year = Cells.positive(row, "registered", rowProblems);
            if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
                rowProblems.add(row.problem("slug", "found '" + slug + "', expected lower-case letters and digits "
                        + "joined by single hyphens"));
            } else if (!slug.isEmpty() && !slugs.add(slug)) {
                rowProblems.add(row.problem("slug", "found '" + slug + "' a second time, expected each slug once"));
            }
            if (rowProblems.isEmpty() && !models.add(model + "\u0000" + date.map(Object::toString).orElse(""))) {
                rowProblems.add(row.problem("model", "found '" + model + "' of " + date.map(Object::toString)
                        .orElse("no date") + " a second time, expected each model once"));
            }
            if (year.isEmpty() && rowProblems.isEmpty()) {
                rowProblems.add(row.problem("registered", "found an empty cell, expected the edition year"));
            }
            String successor = withSuccessors ? row.get("successor") : "";
            if (!successor.isEmpty() && (!SLUG.matcher(successor).matches() || successor.equals(slug))) {
                rowProblems.add(row.problem("successor", "found '" + successor + "', expected the slug of another "
                        + "registered model, or an empty cell"));
            }
            if (rowProblems.isEmpty()) {
                result.add(new RegisteredSlug(slug, model, date, (int) year.getAsDouble(),
                        successor.isEmpty() ? Optional.empty() : Optional.of(successor)));
            }
            problems.addAll(rowProblems);
        }
        for (CsvTable.Row row : table.rows()) {
            String successor = withSuccessors ? row.get("successor") : "";
            if (!successor.isEmpty() && !slugs.contains(successor)) {
                problems.add(row.problem("successor", "found '" + successor + "', which no row registers, expected "
                        + "the slug of another registered model"));
            }
        }
        return List.copyOf(result);
    }

    private static OptionalDouble requiredNumber(CsvTable.Row row, String column, List<Problem> problems) {
        if (row.get(column).isEmpty()) {
            problems.add(row.problem(column, "found an empty cell in column '" + column + "', expected a number"));
            return OptionalDouble.empty();
        }
        return Cells.number(row, column, problems);
    }
}
