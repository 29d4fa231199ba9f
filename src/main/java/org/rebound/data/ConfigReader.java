package org.rebound.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rebound.domain.Edition;
import org.rebound.domain.Num;
import org.rebound.domain.Parameter;
import org.rebound.domain.ParameterKey;
import org.rebound.domain.Parameters;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * Reads the project's configuration, {@code parameters.yaml} and {@code edition.yaml}. It is strict: an unknown,
 * missing or malformed key stops the read with every such problem listed.
 */
final class ConfigReader {
    private ConfigReader() {
    }

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
}
