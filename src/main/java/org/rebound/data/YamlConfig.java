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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

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
        try (JsonParser parser = YAML.getFactory().createParser(path.toFile())) {
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
        } catch (IOException e) {
            throw new InputException(Problem.ofFile(file, "not readable as YAML: " + Problem.firstLine(e.getMessage())));
        }
        return entries;
    }
}
