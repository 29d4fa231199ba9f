package org.rebound.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rebound.problem.InputException;
import org.rebound.problem.Problem;

/**
 * A YAML mapping read key by key, remembering the line of each key so that a strict reader can say where
 * an unknown or malformed key is.
 */
final class YamlConfig {
    /** Duplicate keys inside an entry are refused (the last would silently win), as at the top level. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    /** A configuration file is a page or two: a larger one is refused before it is parsed. */
    static final long MAX_BYTES = 1024 * 1024;

    /** One top-level key, its value and the line it is on. */
    record Entry(String key, JsonNode value, int line) {
    }

    private YamlConfig() {
    }

    static List<Entry> read(Path path) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(Problem.ofFile(file, "cannot read the file: it does not exist or is not a file"));
        }
        List<Entry> entries = new ArrayList<>();
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(Problem.ofFile(file, "the file is " + Files.size(path) + " bytes, expected a "
                        + "configuration of at most " + MAX_BYTES + " bytes"));
            }
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "cannot read the file: " + Problem.reason(e)));
        }
        String text;
        try {
            // Strictly UTF-8 first, so that a Latin-1 byte is named with its place, not as a YAML error.
            text = Text.decode(file, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "cannot read the file: " + Problem.reason(e)));
        }
        try (JsonParser parser = YAML.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(Problem.ofFile(file, "expected a mapping of keys to values"));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = parser.currentLocation().getLineNr();
                parser.nextToken();
                JsonNode value = YAML.readTree(parser);
                entries.add(new Entry(key, value, line));
            }
            // One document only: a second one ("---" and more) would be ignored silently.
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new InputException(new Problem(file, parser.currentLocation().getLineNr(), 0, "found a second "
                        + "YAML document, expected one mapping of keys to values"));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String what = e.getOriginalMessage() == null ? "" : Problem.firstLine(e.getOriginalMessage());
            java.util.regex.Matcher twice = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(what);
            if (twice.find()) {
                throw new InputException(new Problem(file, Math.max(0, line), 0, "found the key '" + twice.group(1)
                        + "' twice in one entry, expected each key once"));
            }
            throw new InputException(new Problem(file, Math.max(0, line), 0, "not readable as YAML: " + what));
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "not readable as YAML: " + Problem.reason(e)));
        }
        return entries;
    }
}
